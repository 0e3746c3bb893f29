/**
 * Decoy for kata 02.05 — the learning curve's training error scored on every training row.
 *
 * @misconception At size m the training error is computed on all the training rows, most of
 * which the model never saw, so it is a second validation error and the gap between the two
 * curves, the variance the curve exists to show, disappears.
 * @expectMessage 'not on every training row'
 */
import type { Fitter } from '../../../helpers/fitters';
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
  const trainError: number[] = [];
  const scored: Fitter = (X, y) => {
    const predict = fit(X, y);
    const all = predict(data.trainX);
    trainError.push(
      all.reduce((sum, value, i) => sum + (data.trainY[i]! - value) ** 2, 0) / all.length,
    );
    return predict;
  };
  return { ...reference(data, trainSizes, scored, options), trainError };
}
