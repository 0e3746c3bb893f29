/**
 * Decoy for kata 02.05 — validation curves scored by mean absolute error.
 *
 * @misconception The curves report mean |y − ŷ| instead of mean (y − ŷ)². On skewed targets
 * the two rank settings differently (the median wins under MAE, the mean under MSE), so the
 * curve can point at another setting than the squared-error analysis behind it.
 * @expectMessage 'looks like mean absolute errors'
 */
import type { Fitter } from '../../../helpers/fitters';
import {
  validationCurve as reference,
  type TrainValidationData,
  type ValidationCurve,
} from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export * from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

const mae = (y: readonly number[], predicted: readonly number[]): number =>
  y.reduce((sum, value, i) => sum + Math.abs(value - predicted[i]!), 0) / y.length;

export function validationCurve(
  data: TrainValidationData,
  values: readonly number[],
  makeFitter: (value: number) => Fitter,
): ValidationCurve {
  reference(data, values, makeFitter); // the solution's validation
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const value of values) {
    const predict = makeFitter(value)(data.trainX, data.trainY);
    trainError.push(mae(data.trainY, predict(data.trainX)));
    validationError.push(mae(data.validationY, predict(data.validationX)));
  }
  return { values: values.slice(), trainError, validationError };
}
