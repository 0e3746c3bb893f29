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
import { powerOfTwoScaleOf } from '../../helpers/least_squares';
import {
  checkSameLength,
  checkVector,
  checkMatrix,
  checkNoOverflow,
  scaleBack,
  timesPowerOfTwo,
} from '../../helpers/validation';

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
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
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

/**
 * The sum of squared errors in scaled units: both vectors divided by one power of two (exact),
 * so that differences and squares of data near 10^±200 neither overflow nor underflow. The
 * sum of squared errors is `sum · scale²`.
 */
function scaledSquaredErrors(
  truth: readonly number[],
  predictions: readonly number[],
): { sum: number; scale: number } {
  const scale = powerOfTwoScaleOf([...truth, ...predictions]);
  const sum = truth.reduce((total, t, i) => total + (t / scale - predictions[i]! / scale) ** 2, 0);
  return { sum, scale };
}

/** The mean squared error, refused (NonFiniteValueError) when it lies beyond double precision. */
function squaredErrorMean(
  functionName: string,
  what: string,
  truth: readonly number[],
  predictions: readonly number[],
): number {
  const { sum, scale } = scaledSquaredErrors(truth, predictions);
  return scaleBack(functionName, what, sum / truth.length, scale, scale);
}

export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  const name = 'meanSquaredError';
  return squaredErrorMean(name, 'the mean squared error', ...checkPair(name, yTrue, yPred));
}

export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  // The root is taken in scaled units: an RMSE of errors near 10^200 fits even where the MSE does not.
  const [truth, predictions] = checkPair('rootMeanSquaredError', yTrue, yPred);
  const { sum, scale } = scaledSquaredErrors(truth, predictions);
  return scaleBack(
    'rootMeanSquaredError',
    'the root mean squared error',
    Math.sqrt(sum / truth.length),
    scale,
  );
}

export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  const [truth, predictions] = checkPair('meanAbsoluteError', yTrue, yPred);
  return mean(truth.map((value, i) => Math.abs(value - predictions[i]!)));
}

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  const [truth, predictions] = checkPair('rSquared', yTrue, yPred);
  // The reference is the mean of the targets being scored, never the training mean: R² asks
  // "how much better than predicting this data's own mean?".
  // Each sum of squares in its own scaled units (powers of two, exact): R² is scale-free, and
  // at 10^±200 neither sum may overflow or underflow on the way to their ratio.
  const totalScale = powerOfTwoScaleOf(truth);
  const scaledTruth = truth.map((value) => value / totalScale);
  const scoredMean = mean(scaledTruth);
  const totalSum = scaledTruth.reduce((sum, value) => sum + (value - scoredMean) ** 2, 0);
  const { sum: residualSum, scale: residualScale } = scaledSquaredErrors(truth, predictions);
  if (totalSum === 0) return residualSum === 0 ? 1 : 0; // scikit-learn's force_finite convention
  // RSS/TSS back in the data's units; a ratio below the double range leaves R² = 1, exactly
  // what it rounds to, but one beyond it has no finite R².
  const ratio = timesPowerOfTwo(
    residualSum / totalSum,
    2 * (Math.log2(residualScale) - Math.log2(totalScale)),
  );
  checkNoOverflow('rSquared', 'R² (the residual sum of squares dwarfs the total)', [ratio]);
  return 1 - ratio;
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
  const modelMSE = squaredErrorMean(name, "the model's mean squared error", truth, model);
  const baselineMSE = squaredErrorMean(name, "the baseline's mean squared error", truth, baseline);
  // A tie is a rejection: complexity has to pay for itself.
  return { modelMSE, baselineMSE, verdict: modelMSE < baselineMSE ? 'accept' : 'reject' };
}
