/**
 * Alternative for kata 02.03 — one pass over the replicates with Welford's updates
 *
 * @method No R × m table of predictions is kept: each replicate updates, per test point, the
 * running mean f̄ and the running sum of squared deviations M₂ by Welford's recurrences, and the
 * running sum of (ŷ − f)². The variance is M₂/R at the end; the reference stores every
 * prediction and makes two passes over them.
 */
import { InvalidArgumentError, NonFiniteValueError } from '../../../../helpers/errors';
import { checkPredictions } from '../../../../helpers/fitters';
import { createRng } from '../../../../helpers/random';
import { checkMatrix, checkNumber } from '../../../../helpers/validation';
import type {
  BiasVarianceDecomposition,
  BiasVarianceOptions,
} from '../../03_bias_variance_decomposition';

export type {
  BiasVarianceDecomposition,
  BiasVarianceOptions,
  Fitter,
} from '../../03_bias_variance_decomposition';

const NAME = 'biasVarianceDecomposition';

export function biasVarianceDecomposition(options: BiasVarianceOptions): BiasVarianceDecomposition {
  const { trueFunction, fit, seed } = options;
  for (const [name, value] of [
    ['trueFunction', trueFunction],
    ['fit', fit],
  ] as const) {
    if (typeof value !== 'function') {
      throw new InvalidArgumentError(
        NAME,
        `requires ${name} to be a function (got ${typeof value})`,
      );
    }
  }
  const noiseSd = checkNumber(NAME, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkNumber(NAME, 'replicates', options.replicates, { integer: true, min: 1 });
  const trainRows = checkMatrix(NAME, 'trainX', options.trainX);
  const testRows = checkMatrix(NAME, 'testX', options.testX);
  const truth = (rows: number[][]): number[] =>
    rows.map((row, index) => {
      const value = trueFunction([...row]);
      if (!Number.isFinite(value)) {
        throw new NonFiniteValueError(
          NAME,
          `requires trueFunction to return finite values (got ${value} at row ${index})`,
        );
      }
      return value;
    });
  const trainTruth = truth(trainRows);
  const testTruth = truth(testRows);
  const m = testRows.length;
  const rng = createRng(seed);

  const runningMean = new Float64Array(m);
  const runningM2 = new Float64Array(m);
  const squaredError = new Float64Array(m);
  for (let r = 1; r <= replicates; r += 1) {
    const y = trainTruth.map((f) => f + noiseSd * rng.normal());
    const predictor = fit(
      trainRows.map((row) => [...row]),
      y,
    );
    const predictions = checkPredictions(
      NAME,
      predictor(testRows.map((row) => [...row])),
      m,
      `replicate ${r - 1}`,
    );
    predictions.forEach((value, i) => {
      // Welford: the deviation from the old mean times the deviation from the new one.
      const before = value - runningMean[i]!;
      runningMean[i] = runningMean[i]! + before / r;
      runningM2[i] = runningM2[i]! + before * (value - runningMean[i]);
      squaredError[i] = squaredError[i]! + (value - testTruth[i]!) ** 2;
    });
  }

  let bias2 = 0;
  let variance = 0;
  let meanSquaredError = 0;
  for (let i = 0; i < m; i += 1) {
    bias2 += (runningMean[i]! - testTruth[i]!) ** 2;
    variance += runningM2[i]! / replicates;
    meanSquaredError += squaredError[i]! / replicates;
  }
  const noise = noiseSd * noiseSd;
  return {
    bias2: bias2 / m,
    variance: variance / m,
    noise,
    expectedTestMSE: meanSquaredError / m + noise,
  };
}
