/**
 * Decoy for kata 02.05 — learning curves on random subsets.
 *
 * @misconception Each training size draws its own random subset of the training rows, so
 * between two points both the amount of data and the luck of the draw change, and at small
 * sizes the curve wiggles with the draw.
 * @expectMessage 'looks like learning curves on random subsets'
 */
import type { Fitter } from '../../../helpers/fitters';
import { createRng } from '../../../helpers/random';
import {
  learningCurve as reference,
  type LearningCurve,
  type TrainValidationData,
} from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export * from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export function learningCurve(
  data: TrainValidationData,
  trainSizes: readonly number[],
  fit: Fitter,
  options: { seed: string | number },
): LearningCurve {
  // The reference validates and returns the order; its fits are discarded.
  const curve = reference(data, trainSizes, () => (X) => X.map(() => 0), options);
  const mse = (predict: (X: number[][]) => number[], X: number[][], y: number[]): number =>
    predict(X).reduce((sum, value, i) => sum + (y[i]! - value) ** 2, 0) / y.length;
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const size of trainSizes) {
    const subset = createRng(`${String(options.seed)}/${size}`)
      .shuffle(data.trainX.map((_, i) => i))
      .slice(0, size);
    const X = subset.map((i) => data.trainX[i]!);
    const y = subset.map((i) => data.trainY[i]!);
    const predict = fit(X, y);
    trainError.push(mse(predict, X, y));
    validationError.push(mse(predict, data.validationX, data.validationY));
  }
  return { ...curve, trainError, validationError };
}
