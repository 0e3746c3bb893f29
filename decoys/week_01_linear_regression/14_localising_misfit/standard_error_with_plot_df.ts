/**
 * Decoy for kata 01.14 — the added-variable standard error with the plot's own degrees of freedom.
 *
 * @misconception The added-variable plot is treated as a simple regression through the origin,
 * so its RSS is divided by n − 1 instead of the full model's n − p: the p − 1 other columns that
 * were fitted on the way are forgotten and the standard error comes out too small.
 * @expectMessage 'looks like the standard error used the added-variable plot's own degrees of freedom'
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
  const n = data.residuals.length;
  const rss = data.residuals.reduce((sum, e) => sum + e * e, 0);
  const sxx = data.xResiduals.reduce((sum, x) => sum + x * x, 0);
  return { ...data, standardError: Math.sqrt(rss / (n - 1) / sxx) };
}
