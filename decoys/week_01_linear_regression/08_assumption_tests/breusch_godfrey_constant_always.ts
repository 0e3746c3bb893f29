/**
 * Decoy for kata 01.08 — Breusch–Godfrey that always adds the constant.
 *
 * @misconception `intercept: false` is ignored: the auxiliary regression gets a constant column
 * anyway, so residuals of a fit through the origin are tested against the wrong design.
 * @expectMessage 'with intercept: false the auxiliary regression'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  breuschGodfrey as solutionBreuschGodfrey,
  type BreuschGodfreyResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function breuschGodfrey(
  residuals: readonly number[],
  X: MatrixInput,
  options: { order?: number; intercept?: boolean } = {},
): BreuschGodfreyResult {
  return solutionBreuschGodfrey(residuals, X, { ...options, intercept: true });
}
