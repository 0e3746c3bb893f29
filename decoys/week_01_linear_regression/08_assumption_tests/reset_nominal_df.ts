/**
 * Decoy for kata 01.08 — RESET keeps the nominal df when powers of ŷ are aliased.
 *
 * @misconception Like lmtest::resettest, the aliased powers are dropped from the fit but still
 * counted: df1 = power − 1 and df2 = n − p − power + 1 whatever was kept, which understates F.
 * @expectMessage 'would be lmtest’s nominal count'
 */
import { fSurvival } from '../../../helpers/distributions';
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
  if (result.df1 === q) return result;
  // Same sums of squares, nominal degrees of freedom.
  const df2 = result.df2 + result.df1 - q;
  const statistic = result.df1 === 0 ? 0 : (result.statistic * result.df1 * df2) / (q * result.df2);
  return { statistic, pValue: fSurvival(statistic, q, df2), df1: q, df2 };
}
