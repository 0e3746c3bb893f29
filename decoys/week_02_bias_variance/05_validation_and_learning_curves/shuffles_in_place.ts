/**
 * Decoy for kata 02.05 — the caller's rows shuffled in place.
 *
 * @misconception holdoutSplit shuffles X and y themselves (together, so they stay paired) and
 * then splits them; the split is right, and the caller's file has been reordered under it.
 * @expectMessage 'changed during the call'
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
  const split = reference(X, y, options);
  const order = [...split.validationIndices, ...split.trainIndices];
  const rows = order.map((i) => X[i]!);
  const targets = order.map((i) => y[i]!);
  rows.forEach((row, k) => (X[k] = row));
  targets.forEach((value, k) => (y[k] = value));
  return split;
}
