/**
 * Decoy for kata 01.04 — "normal equations" that never form XᵀX.
 *
 * @misconception solveNormalEquations solves the least-squares problem by QR instead of forming
 * XᵀX and factoring it, so it cannot show the digits the normal equations lose.
 * @expectMessage 'XᵀX was not formed and factored'
 */
import {
  solveHouseholderQR,
  type DesignRows,
} from '../../../solutions/week_01_linear_regression/04_least_squares';
import { RankDeficiencyError } from '../../../helpers/errors';

export * from '../../../solutions/week_01_linear_regression/04_least_squares';

export function solveNormalEquations(X: DesignRows, y: readonly number[]): number[] {
  try {
    return solveHouseholderQR(X, y);
  } catch (error) {
    if (error instanceof RankDeficiencyError) {
      throw new RankDeficiencyError(
        'solveNormalEquations',
        error.message.replace(/^solveHouseholderQR /, ''),
        error.columns,
      );
    }
    throw error;
  }
}
