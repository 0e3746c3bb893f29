/**
 * Kata 01.01 — Baselines and metrics
 *
 * Before any model, a baseline: the best constant prediction, fitted on the training targets
 * alone. The mean minimises squared error and the median minimises absolute error. A model
 * earns its place only by beating its baseline on held-out data, scored with metrics whose
 * conventions are pinned: R² compares the squared error of the predictions with that of the
 * mean *of the targets being scored* (scikit-learn `r2_score`), so the training-mean baseline
 * scores R² ≤ 0 on test data.
 *
 * Theory: theory/week_01_linear_regression.md#baselines-and-metrics
 *
 * Implement:
 * - `fitMeanBaseline(yTrain)` and `fitMedianBaseline(yTrain)`: a `ConstantModel` whose `value`
 *   is the training mean (median: the average of the two middle values for an even count) and
 *   whose `predict(X)` returns that value once per row of X.
 * - `meanSquaredError`, `rootMeanSquaredError`, `meanAbsoluteError`, `rSquared`
 *   (`yTrue`, `yPred`). When `yTrue` is constant, `rSquared` follows scikit-learn: 1 for a
 *   perfect prediction, 0 otherwise.
 * - `compareWithBaseline(yTest, modelPredictions, baselinePredictions)`: both test MSEs and
 *   the verdict `'accept'` when the model's test MSE is strictly below the baseline's, else
 *   `'reject'`.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks): an empty vector throws
 * EmptyInputError, vectors of different lengths ShapeMismatchError, NaN or ±Infinity
 * NonFiniteValueError, each message starting with the name of the function called (`predict`
 * for the method, which checks X the same way, an empty X, rows of different lengths or a NaN,
 * although a baseline ignores the values). Data near 10^±200 get the right answer wherever it
 * is a double (RMSE and R² are: scale before squaring), and NonFiniteValueError saying the data
 * overflow where it is not (an MSE of errors near 10^200 is near 10^400, near 10^-200 it is
 * 10^-400, where 0 would be false; an RMSE of errors near 10^308 exceeds the largest double).
 * No function reorders or changes its inputs.
 *
 * @example
 * fitMeanBaseline([1, 2, 3, 10]).predict([[0], [0]]); // [4, 4]
 * meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.375
 * rSquared([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9486081370449679
 */
import { NotImplementedError } from '../../helpers/errors';

/** A model that predicts one number whatever the features. */
export interface ConstantModel {
  readonly value: number;
  predict(X: readonly (readonly number[])[]): number[];
}

export type Verdict = 'accept' | 'reject';

export interface BaselineComparison {
  readonly modelMSE: number;
  readonly baselineMSE: number;
  readonly verdict: Verdict;
}

export function fitMeanBaseline(yTrain: readonly number[]): ConstantModel {
  // TODO: the mean of the training targets, predicted for every row.
  throw new NotImplementedError('01.01', 'fitMeanBaseline');
}

export function fitMedianBaseline(yTrain: readonly number[]): ConstantModel {
  // TODO: the median of the training targets, predicted for every row.
  throw new NotImplementedError('01.01', 'fitMedianBaseline');
}

export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  // TODO
  throw new NotImplementedError('01.01', 'meanSquaredError');
}

export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  // TODO
  throw new NotImplementedError('01.01', 'rootMeanSquaredError');
}

export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  // TODO
  throw new NotImplementedError('01.01', 'meanAbsoluteError');
}

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  // TODO: 1 − Σ(y − ŷ)² / Σ(y − ȳ)², with ȳ the mean of yTrue.
  throw new NotImplementedError('01.01', 'rSquared');
}

export function compareWithBaseline(
  yTest: readonly number[],
  modelPredictions: readonly number[],
  baselinePredictions: readonly number[],
): BaselineComparison {
  // TODO: accept only a model whose held-out MSE is strictly below its baseline's.
  throw new NotImplementedError('01.01', 'compareWithBaseline');
}
