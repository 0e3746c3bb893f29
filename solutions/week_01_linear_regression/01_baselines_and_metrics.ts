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
 * NonFiniteValueError, each message starting with the name of the function called. No
 * function reorders or changes its inputs.
 *
 * @example
 * fitMeanBaseline([1, 2, 3, 10]).predict([[0], [0]]); // [4, 4]
 * meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.375
 * rSquared([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9486081370449679
 */
import { checkSameLength, checkVector, checkMatrix } from '../../helpers/validation';

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

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function constantModel(value: number): ConstantModel {
  // The features are ignored on purpose: that is what makes it a baseline.
  return { value, predict: (X) => checkMatrix('predict', 'X', X).map(() => value) };
}

export function fitMeanBaseline(yTrain: readonly number[]): ConstantModel {
  return constantModel(mean(checkVector('fitMeanBaseline', 'yTrain', yTrain)));
}

export function fitMedianBaseline(yTrain: readonly number[]): ConstantModel {
  const sorted = checkVector('fitMedianBaseline', 'yTrain', yTrain).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Any value between the two middle ones minimises absolute error; their average is the convention.
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return constantModel(median);
}

/** Validated copies of a pair of target and prediction vectors. */
function checkPair(
  functionName: string,
  yTrue: readonly number[],
  yPred: readonly number[],
): [number[], number[]] {
  const truth = checkVector(functionName, 'yTrue', yTrue);
  const predictions = checkVector(functionName, 'yPred', yPred);
  checkSameLength(functionName, 'targets', truth.length, 'predictions', predictions.length);
  return [truth, predictions];
}

function squaredErrorMean(truth: readonly number[], predictions: readonly number[]): number {
  return mean(truth.map((value, i) => (value - (predictions[i] as number)) ** 2));
}

export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  return squaredErrorMean(...checkPair('meanSquaredError', yTrue, yPred));
}

export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  return Math.sqrt(squaredErrorMean(...checkPair('rootMeanSquaredError', yTrue, yPred)));
}

export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  const [truth, predictions] = checkPair('meanAbsoluteError', yTrue, yPred);
  return mean(truth.map((value, i) => Math.abs(value - (predictions[i] as number))));
}

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  const [truth, predictions] = checkPair('rSquared', yTrue, yPred);
  // The reference is the mean of the targets being scored, never the training mean: R² asks
  // "how much better than predicting this data's own mean?".
  const scoredMean = mean(truth);
  const residualSum = truth.reduce(
    (sum, value, i) => sum + (value - (predictions[i] as number)) ** 2,
    0,
  );
  const totalSum = truth.reduce((sum, value) => sum + (value - scoredMean) ** 2, 0);
  if (totalSum === 0) return residualSum === 0 ? 1 : 0; // scikit-learn's force_finite convention
  return 1 - residualSum / totalSum;
}

export function compareWithBaseline(
  yTest: readonly number[],
  modelPredictions: readonly number[],
  baselinePredictions: readonly number[],
): BaselineComparison {
  const name = 'compareWithBaseline';
  const truth = checkVector(name, 'yTest', yTest);
  const model = checkVector(name, 'modelPredictions', modelPredictions);
  const baseline = checkVector(name, 'baselinePredictions', baselinePredictions);
  checkSameLength(name, 'targets', truth.length, 'model predictions', model.length);
  checkSameLength(name, 'targets', truth.length, 'baseline predictions', baseline.length);
  const modelMSE = squaredErrorMean(truth, model);
  const baselineMSE = squaredErrorMean(truth, baseline);
  // A tie is a rejection: complexity has to pay for itself.
  return { modelMSE, baselineMSE, verdict: modelMSE < baselineMSE ? 'accept' : 'reject' };
}
