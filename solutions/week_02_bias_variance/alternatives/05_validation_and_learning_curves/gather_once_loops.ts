/**
 * Alternative for kata 02.05 — one gather of the shuffled rows, loops and compensated sums
 *
 * @method holdoutSplit places every row by its position in the shuffled order (an inverse
 * permutation) instead of slicing the order; learningCurve gathers the training rows into
 * shuffled order once and grows each prefix by appending the new rows to the previous one,
 * and every MSE is a Kahan-compensated loop instead of a plain reduce.
 */
import {
  EmptyInputError,
  InvalidArgumentError,
  ShapeMismatchError,
} from '../../../../helpers/errors';
import type { Fitter, Matrix } from '../../../../helpers/fitters';
import { createRng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import type {
  HoldoutSplit,
  LearningCurve,
  TrainValidationData,
  ValidationCurve,
} from '../../05_validation_and_learning_curves';

export * from '../../05_validation_and_learning_curves';

function parts(name: string, data: TrainValidationData): TrainValidationData {
  const trainX = checkMatrix(name, 'trainX', data.trainX);
  const trainY = checkVector(name, 'trainY', data.trainY);
  const validationX = checkMatrix(name, 'validationX', data.validationX);
  const validationY = checkVector(name, 'validationY', data.validationY);
  checkSameLength(name, 'training rows', trainX.length, 'training targets', trainY.length);
  checkSameLength(
    name,
    'validation rows',
    validationX.length,
    'validation targets',
    validationY.length,
  );
  checkSameLength(
    name,
    'training width',
    trainX[0]!.length,
    'validation width',
    validationX[0]!.length,
  );
  return { trainX, trainY, validationX, validationY };
}

/** Mean of (y − ŷ)², summed with Kahan compensation. */
function meanSquaredError(name: string, predicted: number[], y: readonly number[]): number {
  if (predicted.length !== y.length) {
    throw new ShapeMismatchError(
      name,
      `requires one prediction per row (got ${predicted.length} for ${y.length})`,
    );
  }
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < y.length; i += 1) {
    const term = (y[i]! - predicted[i]!) ** 2 - carry;
    const next = sum + term;
    carry = next - sum - term;
    sum = next;
  }
  return sum / y.length;
}

export function holdoutSplit(
  X: Matrix,
  y: number[],
  options: { validationFraction: number; seed: string | number },
): HoldoutSplit {
  const name = 'holdoutSplit';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const fraction = checkNumber(name, 'validationFraction', options.validationFraction);
  if (!(fraction > 0 && fraction < 1)) {
    throw new InvalidArgumentError(name, `requires 0 < validationFraction < 1 (got ${fraction})`);
  }
  const n = rows.length;
  const k = Math.ceil(fraction * n);
  if (k >= n) {
    throw new InvalidArgumentError(name, `leaves no training row (n = ${n}, fraction ${fraction})`);
  }
  const order = createRng(options.seed).shuffle(Array.from({ length: n }, (_, i) => i));
  // position[i] = where row i landed in the order; rows then go straight to their slot.
  const position = new Array<number>(n);
  order.forEach((row, slot) => (position[row] = slot));
  const validationIndices = new Array<number>(k);
  const trainIndices = new Array<number>(n - k);
  for (let i = 0; i < n; i += 1) {
    const slot = position[i]!;
    if (slot < k) validationIndices[slot] = i;
    else trainIndices[slot - k] = i;
  }
  return {
    trainX: trainIndices.map((i) => rows[i]!),
    trainY: trainIndices.map((i) => targets[i]!),
    validationX: validationIndices.map((i) => rows[i]!),
    validationY: validationIndices.map((i) => targets[i]!),
    trainIndices,
    validationIndices,
  };
}

export function validationCurve(
  data: TrainValidationData,
  values: readonly number[],
  makeFitter: (value: number) => Fitter,
): ValidationCurve {
  const name = 'validationCurve';
  const { trainX, trainY, validationX, validationY } = parts(name, data);
  const settings = checkVector(name, 'values', values);
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const value of settings) {
    const predict = makeFitter(value)(trainX, trainY);
    trainError.push(meanSquaredError(name, predict(trainX), trainY));
    validationError.push(meanSquaredError(name, predict(validationX), validationY));
  }
  return { values: settings, trainError, validationError };
}

export function learningCurve(
  data: TrainValidationData,
  trainSizes: readonly number[],
  fit: Fitter,
  options: { seed: string | number },
): LearningCurve {
  const name = 'learningCurve';
  const { trainX, trainY, validationX, validationY } = parts(name, data);
  if (!Array.isArray(trainSizes) || trainSizes.length === 0) {
    throw new EmptyInputError(name, 'requires at least one train size');
  }
  const sizes = checkVector(name, 'trainSizes', trainSizes);
  let previous = 0;
  for (const size of sizes) {
    checkNumber(name, 'train size', size, { integer: true, min: 1 });
    if (size <= previous || size > trainX.length) {
      throw new InvalidArgumentError(
        name,
        `requires strictly increasing sizes of at most ${trainX.length} (got ${size} after ${previous})`,
      );
    }
    previous = size;
  }
  const order = createRng(options.seed).shuffle(Array.from({ length: trainX.length }, (_, i) => i));
  const X: Matrix = [];
  const y: number[] = [];
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const size of sizes) {
    // Grow the prefix: the rows of the last size stay, the next ones of the order join them.
    while (X.length < size) {
      const row = order[X.length]!;
      X.push(trainX[row]!.slice());
      y.push(trainY[row]!);
    }
    const predict = fit(
      X.map((row) => row.slice()),
      y.slice(),
    );
    trainError.push(meanSquaredError(name, predict(X), y));
    validationError.push(meanSquaredError(name, predict(validationX), validationY));
  }
  return { trainSizes: sizes, trainError, validationError, order };
}
