/**
 * Decoy for kata 01.08 — Breusch–Pagan with df = columns + 1.
 *
 * @misconception The degrees of freedom count every coefficient of the auxiliary regression,
 * the constant included, although the constant is not one of the restrictions being tested.
 * @expectMessage 'not the constant'
 */
import { chiSquaredSurvival } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  breuschPagan as solutionBreuschPagan,
  type BreuschPaganResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function breuschPagan(
  residuals: readonly number[],
  Z: MatrixInput,
  options: { studentized?: boolean } = {},
): BreuschPaganResult {
  const result = solutionBreuschPagan(residuals, Z, options);
  const df = result.df + 1;
  return { ...result, df, pValue: chiSquaredSurvival(result.statistic, df) };
}
