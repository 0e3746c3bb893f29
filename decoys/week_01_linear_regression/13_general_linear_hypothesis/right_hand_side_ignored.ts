/**
 * Decoy for kata 01.13 — r ignored: every hypothesis tested as Rβ = 0.
 *
 * @misconception The right-hand side is dropped, so "the slope is 2" is tested as "the slope is
 * 0"; every hypothesis with r = 0 still passes.
 * @expectMessage 'r must be subtracted'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  linearHypothesisTest as solutionTest,
  type HypothesisOptions,
  type LinearHypothesisResult,
} from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export * from '../../../solutions/week_01_linear_regression/13_general_linear_hypothesis';

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  solutionTest(X, y, R, r, options);
  return solutionTest(
    X,
    y,
    R,
    r.map(() => 0),
    options,
  );
}
