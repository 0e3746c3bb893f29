/**
 * Decoy for kata 01.08 — RESET adds every power of ŷ, aliased or not.
 *
 * @misconception All of ŷ², …, ŷ^power go into the augmented fit, so when ŷ takes few distinct
 * values the design loses full rank and the test throws RankDeficiencyError where R's lm would
 * drop the aliased powers.
 * @expectMessage 'looks like every power of ŷ was added'
 */
import { RankDeficiencyError } from '../../../helpers/errors';
import type { MatrixInput } from '../../../helpers/validation';
import {
  resetTest as solutionReset,
  type ResetTestResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function resetTest(
  X: MatrixInput,
  y: readonly number[],
  options: { power?: number; intercept?: boolean } = {},
): ResetTestResult {
  const result = solutionReset(X, y, options);
  const q = (options.power ?? 3) - 1;
  if (result.df1 < q) {
    throw new RankDeficiencyError(
      'resetTest',
      'requires a design of full column rank (an added power of ŷ depends on the others)',
      [result.df2 + result.df1],
    );
  }
  return result;
}
