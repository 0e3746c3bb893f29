/**
 * Decoy for kata 02.05 — a holdout split that takes the last rows as they come.
 *
 * @misconception The validation part is the last ceil(f·n) rows of the file and the seed is
 * ignored: on data sorted by time, customer or x the model is validated on a different
 * population than it was trained on.
 * @expectMessage 'shuffle the row indices'
 */
import type { Matrix } from '../../../helpers/fitters';
import {
  holdoutSplit as reference,
  type HoldoutSplit,
} from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export * from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export function holdoutSplit(
  X: Matrix,
  y: number[],
  options: { validationFraction: number; seed: string | number },
): HoldoutSplit {
  const { validationIndices: shuffled } = reference(X, y, options); // validation, sizes
  const n = y.length;
  const validationIndices = Array.from(
    { length: shuffled.length },
    (_, k) => n - shuffled.length + k,
  );
  const trainIndices = Array.from({ length: n - shuffled.length }, (_, k) => k);
  return {
    trainX: trainIndices.map((i) => X[i]!),
    trainY: trainIndices.map((i) => y[i]!),
    validationX: validationIndices.map((i) => X[i]!),
    validationY: validationIndices.map((i) => y[i]!),
    trainIndices,
    validationIndices,
  };
}
