/**
 * Alternative for kata 01.01 — median by selection, metrics in one loop
 *
 * @method The median is found by Hoare's quickselect on a copy (expected linear time, no full
 * sort), and each metric accumulates its sums in a single indexed loop instead of map/reduce.
 */
import {
  checkMatrix,
  checkNoOverflow,
  checkRepresentable,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import type { BaselineComparison, ConstantModel } from '../../01_baselines_and_metrics';

export type { BaselineComparison, ConstantModel, Verdict } from '../../01_baselines_and_metrics';

const constant = (value: number): ConstantModel => ({
  value,
  predict: (X) => checkMatrix('predict', 'X', X).map(() => value),
});

/** The k-th smallest value (0-based) of `values`, which it reorders. */
function select(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        [values[i], values[j]] = [values[j]!, values[i]!];
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

export function fitMeanBaseline(yTrain: readonly number[]): ConstantModel {
  const y = checkVector('fitMeanBaseline', 'yTrain', yTrain);
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) sum += y[i]!;
  return constant(sum / y.length);
}

export function fitMedianBaseline(yTrain: readonly number[]): ConstantModel {
  const y = checkVector('fitMedianBaseline', 'yTrain', yTrain); // a copy: select reorders it
  const n = y.length;
  const upper = select(y, n >> 1);
  if (n % 2 === 1) return constant(upper);
  // After selecting the upper middle, the lower middle is the largest value left of it.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i += 1) lower = Math.max(lower, y[i]!);
  return constant((lower + upper) / 2);
}

function pair(name: string, yTrue: readonly number[], yPred: readonly number[]) {
  const t = checkVector(name, 'yTrue', yTrue);
  const p = checkVector(name, 'yPred', yPred);
  checkSameLength(name, 'targets', t.length, 'predictions', p.length);
  return { t, p, n: t.length };
}

/**
 * Σ(t − p)² as scale² · sum, with every value divided by the largest |value| first (not a
 * power of two, as the reference uses): squares of data near 10^±200 then stay in range.
 */
function scaledSquares(t: readonly number[], p: readonly number[]) {
  let scale = 0;
  for (let i = 0; i < t.length; i += 1) scale = Math.max(scale, Math.abs(t[i]!), Math.abs(p[i]!));
  if (scale === 0) return { scale: 1, sum: 0 };
  let sum = 0;
  for (let i = 0; i < t.length; i += 1) sum += (t[i]! / scale - p[i]! / scale) ** 2;
  return { scale, sum };
}
/** The mean squared error, refused where it leaves double precision. */
function mse(name: string, what: string, t: readonly number[], p: readonly number[]): number {
  const { scale, sum } = scaledSquares(t, p);
  return checkRepresentable(name, what, scale * (scale * (sum / t.length)), sum > 0);
}
export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p } = pair('meanSquaredError', yTrue, yPred);
  return mse('meanSquaredError', 'the mean squared error', t, p);
}
export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('rootMeanSquaredError', yTrue, yPred);
  const { scale, sum } = scaledSquares(t, p);
  return checkRepresentable(
    'rootMeanSquaredError',
    'the root mean squared error',
    scale * Math.sqrt(sum / n),
    sum > 0,
  );
}
export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('meanAbsoluteError', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += Math.abs(t[i]! - p[i]!);
  return sum / n;
}

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('rSquared', yTrue, yPred);
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += t[i]!;
  mean /= n;
  const total = scaledSquares(
    t,
    t.map(() => mean),
  );
  const residual = scaledSquares(t, p);
  if (total.sum === 0) return residual.sum === 0 ? 1 : 0;
  if (residual.sum === 0) return 1;
  const unit = residual.scale / total.scale;
  const ratio = (residual.sum / total.sum) * unit * unit;
  checkNoOverflow('rSquared', 'R²', [ratio]);
  return 1 - ratio;
}
export function compareWithBaseline(
  yTest: readonly number[],
  modelPredictions: readonly number[],
  baselinePredictions: readonly number[],
): BaselineComparison {
  const name = 'compareWithBaseline';
  const t = checkVector(name, 'yTest', yTest);
  const m = checkVector(name, 'modelPredictions', modelPredictions);
  const b = checkVector(name, 'baselinePredictions', baselinePredictions);
  checkSameLength(name, 'targets', t.length, 'model predictions', m.length);
  checkSameLength(name, 'targets', t.length, 'baseline predictions', b.length);
  const modelMSE = mse(name, "the model's mean squared error", t, m);
  const baselineMSE = mse(name, "the baseline's mean squared error", t, b);
  return { modelMSE, baselineMSE, verdict: modelMSE < baselineMSE ? 'accept' : 'reject' };
}
