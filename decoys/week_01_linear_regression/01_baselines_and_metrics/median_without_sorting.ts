/**
 * Decoy for kata 01.01 — median without sorting.
 *
 * @misconception The median is taken as the middle of the targets in the order they arrived,
 * without sorting them first.
 * @expectMessage 'sort first'
 */
import type { ConstantModel } from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';
import { fitMeanBaseline } from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export * from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export function fitMedianBaseline(yTrain: readonly number[]): ConstantModel {
  fitMeanBaseline(yTrain); // the solution's validation, so the error specs still pass
  const middle = Math.floor(yTrain.length / 2);
  const value =
    yTrain.length % 2 === 1 ? yTrain[middle]! : (yTrain[middle - 1]! + yTrain[middle]!) / 2;
  return { value, predict: (X) => X.map(() => value) };
}
