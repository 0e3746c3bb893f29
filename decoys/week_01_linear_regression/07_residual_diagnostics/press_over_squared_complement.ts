/**
 * Decoy for kata 01.07 — PRESS residual over (1 − h)².
 *
 * @misconception The PRESS residual is divided by (1 − h)², mixing it up with Cook's
 * distance, instead of e/(1 − h), the leave-one-out prediction error.
 * @expectMessage 'looks like e/(1 − h)²'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  influenceMeasures,
  pressResiduals as solutionPress,
  type DiagnosticOptions,
  type PressResult,
} from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export * from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export function pressResiduals(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): PressResult {
  const press = solutionPress(X, y, options);
  let leverage: number[];
  try {
    leverage = influenceMeasures(X, y, options).leverage;
  } catch {
    return press;
  }
  const residuals = press.residuals.map((value, i) => value / (1 - leverage[i]!));
  return { residuals, statistic: residuals.reduce((sum, value) => sum + value * value, 0) };
}
