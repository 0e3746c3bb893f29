/**
 * Decoy for kata 01.14 — the added-variable line fitted with a constant of its own.
 *
 * @misconception The plot's line is drawn as car draws it, lsfit(x̃, ỹ) with an intercept. With
 * a constant in the model the residuals average 0 and nothing changes; without one they need not,
 * and the slope is no longer b_j.
 * @expectMessage 'looks like the plot's line was fitted with a constant of its own'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  addedVariableData as solutionAddedVariableData,
  type AddedVariableData,
  type PartialPlotOptions,
} from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export * from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export function addedVariableData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): AddedVariableData {
  const data = solutionAddedVariableData(X, y, j, options);
  const n = data.xResiduals.length;
  const xBar = data.xResiduals.reduce((sum, v) => sum + v, 0) / n;
  const yBar = data.yResiduals.reduce((sum, v) => sum + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  data.xResiduals.forEach((x, i) => {
    sxy += (x - xBar) * (data.yResiduals[i]! - yBar);
    sxx += (x - xBar) ** 2;
  });
  const slope = sxy / sxx;
  const intercept = yBar - slope * xBar;
  const residuals = data.yResiduals.map(
    (value, i) => value - intercept - slope * data.xResiduals[i]!,
  );
  const rss = residuals.reduce((sum, e) => sum + e * e, 0);
  const p =
    (X as readonly (readonly number[])[])[0]!.length + (options.intercept === false ? 0 : 1);
  return { ...data, slope, residuals, standardError: Math.sqrt(rss / (n - p) / sxx) };
}
