/**
 * Decoy for kata 01.07 — Cook's contours with p not counting the intercept.
 *
 * @misconception The residuals-vs-leverage contours solve D = r²h/(p(1 − h)) with p the number
 * of predictors, so the drawn D = 0.5 and 1 curves sit where the distance is really lower.
 * @expectMessage 'looks like p without the intercept in the contour'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  diagnosticPlotData as solutionPlotData,
  type DiagnosticOptions,
  type DiagnosticPlotData,
} from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export * from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export function diagnosticPlotData(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): DiagnosticPlotData {
  const data = solutionPlotData(X, y, options);
  const p = Math.round(data.residualsVsLeverage.leverage.reduce((sum, h) => sum + h, 0));
  const shrink = Math.sqrt((p - 1) / p);
  return {
    ...data,
    residualsVsLeverage: {
      ...data.residualsVsLeverage,
      cooksContours: data.residualsVsLeverage.cooksContours.map((contour) => ({
        ...contour,
        upper: contour.upper.map((r) => r * shrink),
        lower: contour.lower.map((r) => r * shrink),
      })),
    },
  };
}
