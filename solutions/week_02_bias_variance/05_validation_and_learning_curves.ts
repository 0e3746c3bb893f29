/**
 * Kata 02.05 — Validation and learning curves
 *
 * Training error cannot choose a model: it only falls as capacity grows. A holdout split sets
 * rows aside before anything is fitted, and two curves read off it tell you what to change.
 * A validation curve sweeps one hyperparameter (here the polynomial degree of kata 02.02; any
 * setting a fitter takes works alike) and plots training and validation error against it; a
 * learning curve fixes the model and plots both errors against the number of training rows,
 * fitted on nested prefixes of one shuffled order, so that each point adds rows to the last
 * instead of drawing a new random subset.
 *
 * Theory: theory/week_02_bias_variance.md#validation-and-learning-curves
 *
 * Implement (errors are mean squared errors, mean((y − ŷ)²); a `Fitter` from helpers/fitters.ts
 * takes training rows and targets and returns a predictor; no function modifies the arrays it
 * is given):
 * - `holdoutSplit(X, y, { validationFraction, seed })`: shuffle the row indices 0 … n − 1 once
 *   with `createRng(seed).shuffle`; the first ceil(validationFraction · n) of that order are the
 *   validation rows, the rest the training rows, both kept in that order (scikit-learn's
 *   `ShuffleSplit` layout). Both parts must be non-empty. Returns the rows, the targets and the
 *   indices of each part.
 * - `validationCurve(data, values, makeFitter)`: for each hyperparameter value, in the order
 *   given, fit `makeFitter(value)` on the training part of `data` and record the training MSE
 *   (on the rows it was fitted on) and the validation MSE; `values` is returned as given.
 * - `learningCurve(data, trainSizes, fit, { seed })`: shuffle the training row indices
 *   0 … n − 1 once (`createRng(seed).shuffle`); for each size m, fit on exactly the first m
 *   rows of that order and record the training MSE on those m rows and the MSE on the whole
 *   validation part. Returns `trainSizes` as given and the order, so the nesting can be
 *   checked.
 *
 * Errors: EmptyInputError for empty data or an empty list of values or sizes;
 * ShapeMismatchError for mismatched rows and targets, rows of unequal width (ragged, or
 * training and validation parts that differ), or a predictor that returns the wrong number of
 * values; NonFiniteValueError for NaN or ±Infinity; InvalidArgumentError for a fraction outside
 * (0, 1), a split that leaves either part empty, or train sizes that are not strictly
 * increasing integers between 1 and the number of training rows. Messages start with the name
 * of the function called.
 *
 * @example
 * const split = holdoutSplit(X, y, { validationFraction: 0.25, seed: 1 });
 * const curve = learningCurve(split, [10, 20, 40], leastSquaresFitter({ degree: 3 }), { seed: 2 });
 * curve.trainError; // rises with m; curve.validationError falls towards the noise level
 */
import { InvalidArgumentError, ShapeMismatchError } from '../../helpers/errors';
import type { Fitter, Matrix } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  checkOptions,
  checkFunction,
} from '../../helpers/validation';

/** Training and validation parts of one data set. */
export interface TrainValidationData {
  readonly trainX: Matrix;
  readonly trainY: number[];
  readonly validationX: Matrix;
  readonly validationY: number[];
}

export interface HoldoutSplit extends TrainValidationData {
  /** Row indices of the original data, in shuffled order. */
  readonly trainIndices: number[];
  readonly validationIndices: number[];
}

export interface ValidationCurve {
  readonly values: number[];
  readonly trainError: number[];
  readonly validationError: number[];
}

export interface LearningCurve {
  readonly trainSizes: number[];
  readonly trainError: number[];
  readonly validationError: number[];
  /** The shuffled order of the training rows: size m was fitted on rows order[0 … m − 1]. */
  readonly order: number[];
}

/** Validated copies of both parts. */
function checkData(functionName: string, data: TrainValidationData): TrainValidationData {
  checkOptions(functionName, data, 'data');
  const trainX = checkMatrix(functionName, 'trainX', data.trainX);
  const trainY = checkVector(functionName, 'trainY', data.trainY);
  checkSameLength(functionName, 'training rows', trainX.length, 'training targets', trainY.length);
  const validationX = checkMatrix(functionName, 'validationX', data.validationX);
  const validationY = checkVector(functionName, 'validationY', data.validationY);
  checkSameLength(
    functionName,
    'validation rows',
    validationX.length,
    'validation targets',
    validationY.length,
  );
  const width = trainX[0]!.length;
  const validationWidth = validationX[0]!.length;
  if (width !== validationWidth) {
    throw new ShapeMismatchError(
      functionName,
      `requires training and validation rows of the same width (got ${width} and ${validationWidth})`,
    );
  }
  return { trainX, trainY, validationX, validationY };
}

/** MSE of a predictor on (X, y); a predictor of the wrong length is an error, not a NaN. */
function scoredError(
  functionName: string,
  predict: (X: Matrix) => number[],
  X: Matrix,
  y: readonly number[],
): number {
  const predictions = checkFunction(functionName, 'the predictor a fitter returned', predict)(X);
  if (!Array.isArray(predictions) || predictions.length !== y.length) {
    throw new ShapeMismatchError(
      functionName,
      `requires the predictor to return one value per row (got ${predictions.length} for ${y.length} rows)`,
    );
  }
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) sum += (y[i]! - predictions[i]!) ** 2;
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
  const fraction = checkNumber(
    name,
    'validationFraction',
    checkOptions(name, options).validationFraction,
  );
  if (fraction <= 0 || fraction >= 1) {
    throw new InvalidArgumentError(
      name,
      `requires validationFraction strictly between 0 and 1 (got ${fraction})`,
    );
  }
  const n = rows.length;
  const validationSize = Math.ceil(fraction * n);
  if (validationSize >= n) {
    throw new InvalidArgumentError(
      name,
      `requires at least one training row and one validation row (got ${n} rows and validationFraction ${fraction})`,
    );
  }
  // Shuffle before splitting: data often arrive sorted (by time, by x, by label), and the
  // last rows of a sorted file are not a sample of the same distribution as the first.
  const order = createRng(options.seed, name).shuffle(Array.from({ length: n }, (_, i) => i));
  const validationIndices = order.slice(0, validationSize);
  const trainIndices = order.slice(validationSize);
  const pick = (indices: number[]): [Matrix, number[]] => [
    indices.map((i) => rows[i]!),
    indices.map((i) => targets[i]!),
  ];
  const [trainX, trainY] = pick(trainIndices);
  const [validationX, validationY] = pick(validationIndices);
  return { trainX, trainY, validationX, validationY, trainIndices, validationIndices };
}

export function validationCurve(
  data: TrainValidationData,
  values: readonly number[],
  makeFitter: (value: number) => Fitter,
): ValidationCurve {
  const name = 'validationCurve';
  const { trainX, trainY, validationX, validationY } = checkData(name, data);
  const settings = checkVector(name, 'values', values);
  checkFunction(name, 'makeFitter', makeFitter);
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const value of settings) {
    // The validation rows never reach the fitter: they only score the model it returns.
    const predict = checkFunction(name, 'makeFitter(value)', makeFitter(value))(trainX, trainY);
    trainError.push(scoredError(name, predict, trainX, trainY));
    validationError.push(scoredError(name, predict, validationX, validationY));
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
  const { trainX, trainY, validationX, validationY } = checkData(name, data);
  const sizes = checkVector(name, 'trainSizes', trainSizes);
  checkFunction(name, 'fit', fit);
  sizes.forEach((size, k) => {
    checkNumber(name, `trainSizes[${k}]`, size, { integer: true, min: 1 });
    if (size > trainX.length) {
      throw new InvalidArgumentError(
        name,
        `requires train sizes of at most the number of training rows (got ${size} and ${trainX.length} rows)`,
      );
    }
    // The first size follows nothing: −∞ lets it through.
    if (size <= (sizes[k - 1] ?? Number.NEGATIVE_INFINITY)) {
      throw new InvalidArgumentError(
        name,
        `requires strictly increasing train sizes (got ${sizes[k - 1]} then ${size})`,
      );
    }
  });
  // One order for the whole curve: the rows at size m are the rows at every smaller size plus
  // new ones, so the curve moves only because data were added, not because the sample changed.
  const order = createRng(checkOptions(name, options).seed, name).shuffle(
    Array.from({ length: trainX.length }, (_, i) => i),
  );
  const trainError: number[] = [];
  const validationError: number[] = [];
  for (const size of sizes) {
    const prefix = order.slice(0, size);
    const X = prefix.map((i) => trainX[i]!);
    const y = prefix.map((i) => trainY[i]!);
    const predict = fit(X, y);
    trainError.push(scoredError(name, predict, X, y));
    validationError.push(scoredError(name, predict, validationX, validationY));
  }
  return { trainSizes: sizes, trainError, validationError, order };
}
