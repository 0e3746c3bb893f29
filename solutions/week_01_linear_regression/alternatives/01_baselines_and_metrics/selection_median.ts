/**
 * Alternative for kata 01.01 — median by selection, metrics in one loop
 *
 * @method The median is found by Hoare's quickselect on a copy (expected linear time, no full
 * sort), and each metric accumulates its sums in a single indexed loop instead of map/reduce.
 */
import { checkSameLength, checkVector } from '../../../../helpers/validation';
import type { BaselineComparison, ConstantModel } from '../../01_baselines_and_metrics';

export type { BaselineComparison, ConstantModel, Verdict } from '../../01_baselines_and_metrics';

const constant = (value: number): ConstantModel => ({
  value,
  predict: (X) => X.map(() => value),
});

/** The k-th smallest value (0-based) of `values`, which it reorders. */
function select(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        [values[i], values[j]] = [values[j] as number, values[i] as number];
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

export function fitMeanBaseline(yTrain: readonly number[]): ConstantModel {
  const y = checkVector('fitMeanBaseline', 'yTrain', yTrain);
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) sum += y[i] as number;
  return constant(sum / y.length);
}

export function fitMedianBaseline(yTrain: readonly number[]): ConstantModel {
  const y = checkVector('fitMedianBaseline', 'yTrain', yTrain); // a copy: select reorders it
  const n = y.length;
  const upper = select(y, n >> 1);
  if (n % 2 === 1) return constant(upper);
  // After selecting the upper middle, the lower middle is the largest value left of it.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i += 1) lower = Math.max(lower, y[i] as number);
  return constant((lower + upper) / 2);
}

function pair(name: string, yTrue: readonly number[], yPred: readonly number[]) {
  const t = checkVector(name, 'yTrue', yTrue);
  const p = checkVector(name, 'yPred', yPred);
  checkSameLength(name, 'targets', t.length, 'predictions', p.length);
  return { t, p, n: t.length };
}

function sumOfSquares(t: readonly number[], p: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < t.length; i += 1) sum += ((t[i] as number) - (p[i] as number)) ** 2;
  return sum;
}

export function meanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('meanSquaredError', yTrue, yPred);
  return sumOfSquares(t, p) / n;
}

export function rootMeanSquaredError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('rootMeanSquaredError', yTrue, yPred);
  return Math.sqrt(sumOfSquares(t, p) / n);
}

export function meanAbsoluteError(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('meanAbsoluteError', yTrue, yPred);
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += Math.abs((t[i] as number) - (p[i] as number));
  return sum / n;
}

export function rSquared(yTrue: readonly number[], yPred: readonly number[]): number {
  const { t, p, n } = pair('rSquared', yTrue, yPred);
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += t[i] as number;
  mean /= n;
  const total = sumOfSquares(
    t,
    t.map(() => mean),
  );
  const residual = sumOfSquares(t, p);
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
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
  const modelMSE = sumOfSquares(t, m) / t.length;
  const baselineMSE = sumOfSquares(t, b) / t.length;
  return { modelMSE, baselineMSE, verdict: modelMSE < baselineMSE ? 'accept' : 'reject' };
}
