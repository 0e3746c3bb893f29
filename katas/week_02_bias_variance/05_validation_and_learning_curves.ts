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
import { NotImplementedError } from '../../helpers/errors';
import type { Fitter, Matrix } from '../../helpers/fitters';

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

export function holdoutSplit(
  X: Matrix,
  y: number[],
  options: { validationFraction: number; seed: string | number },
): HoldoutSplit {
  // TODO: shuffle the row indices with createRng(options.seed).shuffle, then the first
  // ceil(validationFraction · n) of that order are validation rows and the rest training rows.
  throw new NotImplementedError('02.05', 'holdoutSplit');
}

export function validationCurve(
  data: TrainValidationData,
  values: readonly number[],
  makeFitter: (value: number) => Fitter,
): ValidationCurve {
  // TODO: for each value, fit makeFitter(value) on the training part; score both parts (MSE).
  throw new NotImplementedError('02.05', 'validationCurve');
}

export function learningCurve(
  data: TrainValidationData,
  trainSizes: readonly number[],
  fit: Fitter,
  options: { seed: string | number },
): LearningCurve {
  // TODO: one shuffled order of the training rows; size m fits on its first m rows.
  throw new NotImplementedError('02.05', 'learningCurve');
}
