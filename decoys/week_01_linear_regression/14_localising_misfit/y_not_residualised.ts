/**
 * Decoy for kata 01.14 — only x_j is residualised; y is merely centred.
 *
 * @misconception The vertical axis is taken as y − ȳ. Because x̃_j is orthogonal to the other
 * columns the slope is still b_j, but the plot mixes in every other column's effect and its
 * residuals are not the full fit's.
 * @expectMessage 'looks like y was not residualised on the other columns'
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
  const centre = options.intercept === false ? 0 : y.reduce((sum, v) => sum + v, 0) / y.length;
  const yResiduals = y.map((value) => value - centre);
  const residuals = yResiduals.map((value, i) => value - data.slope * data.xResiduals[i]!);
  return { ...data, yResiduals, residuals };
}
