/**
 * Decoy for kata 01.14 — partial residuals e + b_j·x_j with an intercept (the textbook form).
 *
 * @misconception The component is not centred at mean(x_j), so the values differ from R's
 * residuals(fit, type = "partial") by the constant b_j·mean(x_j) whenever the model has an
 * intercept.
 * @expectMessage 'looks like the component was not centred'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  componentPlusResidualData as solutionComponentPlusResidualData,
  type ComponentPlusResidualData,
  type PartialPlotOptions,
} from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export * from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export function componentPlusResidualData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): ComponentPlusResidualData {
  const data = solutionComponentPlusResidualData(X, y, j, options);
  return {
    ...data,
    partialResiduals: data.partialResiduals.map((value) => value + data.slope * data.centre),
    centre: 0,
  };
}
