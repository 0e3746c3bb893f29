/**
 * Decoy for kata 02.03 — every replicate's fitter gets the same design array.
 *
 * @misconception The fixed design is passed to the fitter as it is, once validated: the
 * replicates share one array, so a fitter that writes into its rows (centres a column, appends a
 * feature) changes the design every later replicate is fitted on.
 * @expectMessage 'was not given a fresh copy of trainX'
 */
import { InvalidArgumentError, NonFiniteValueError } from '../../../helpers/errors';
import { checkPredictions, type Fitter } from '../../../helpers/fitters';
import { createRng } from '../../../helpers/random';
import { checkMatrix, checkNumber, type MatrixInput } from '../../../helpers/validation';

export type { Fitter } from '../../../helpers/fitters';

export interface BiasVarianceOptions {
  /** The true regression function f, evaluated on one row. */
  readonly trueFunction: (row: number[]) => number;
  /** σ, the standard deviation of the noise (not its variance). */
  readonly noiseSd: number;
  /** The fixed design: every replicate draws fresh noise on these rows. */
  readonly trainX: MatrixInput;
  readonly testX: MatrixInput;
  readonly fit: Fitter;
  /** R, the number of training sets. */
  readonly replicates: number;
  readonly seed: string | number;
}

export interface BiasVarianceDecomposition {
  /** Mean over test x of (f̄(x) − f(x))². */
  readonly bias2: number;
  /** Mean over test x of the spread of the R predictions around f̄(x), divided by R. */
  readonly variance: number;
  /** σ²: the error no model can remove. */
  readonly noise: number;
  /** Mean over x and r of (ŷ_r(x) − f(x))², plus σ². */
  readonly expectedTestMSE: number;
}

const NAME = 'biasVarianceDecomposition';

function checkFunction(name: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new InvalidArgumentError(NAME, `requires ${name} to be a function (got ${typeof value})`);
  }
}

function evaluateTruth(trueFunction: (row: number[]) => number, rows: number[][]): number[] {
  return rows.map((row, index) => {
    const value = trueFunction(row.slice());
    if (!Number.isFinite(value)) {
      throw new NonFiniteValueError(
        NAME,
        `requires trueFunction to return finite values (got ${value} at row ${index})`,
      );
    }
    return value;
  });
}

export function biasVarianceDecomposition(options: BiasVarianceOptions): BiasVarianceDecomposition {
  const { trueFunction, fit, seed } = options;
  checkFunction('trueFunction', trueFunction);
  checkFunction('fit', fit);
  const noiseSd = checkNumber(NAME, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkNumber(NAME, 'replicates', options.replicates, { integer: true, min: 1 });
  const trainRows = checkMatrix(NAME, 'trainX', options.trainX);
  const testRows = checkMatrix(NAME, 'testX', options.testX);
  const trainTruth = evaluateTruth(trueFunction, trainRows);
  const testTruth = evaluateTruth(trueFunction, testRows);
  const m = testRows.length;
  const rng = createRng(seed);

  // predictions[r][i] = ŷ_r(x_i). R × m numbers: the experiment's whole record.
  const predictions: number[][] = [];
  for (let r = 0; r < replicates; r += 1) {
    const y = trainTruth.map((f) => f + noiseSd * rng.normal());
    // The validated design itself, shared by every replicate: nothing copies it for the fitter.
    const predictor = fit(trainRows, y);
    const predicted: unknown = predictor(testRows.map((row) => row.slice()));
    predictions.push(checkPredictions(NAME, predicted, m, `replicate ${r}`));
  }

  let bias2 = 0;
  let variance = 0;
  let meanSquaredError = 0;
  for (let i = 0; i < m; i += 1) {
    const truth = testTruth[i]!;
    let average = 0;
    for (const row of predictions) average += row[i]!;
    average /= replicates;
    let spread = 0;
    let squaredError = 0;
    for (const row of predictions) {
      const value = row[i]!;
      spread += (value - average) ** 2;
      squaredError += (value - truth) ** 2;
    }
    // Square each point's bias before averaging over x: (mean bias)² would let biases of
    // opposite sign cancel.
    bias2 += (average - truth) ** 2;
    // Divide by R (not R − 1): the convention under which the decomposition is an identity.
    variance += spread / replicates;
    meanSquaredError += squaredError / replicates;
  }
  const noise = noiseSd ** 2;
  return {
    bias2: bias2 / m,
    variance: variance / m,
    noise,
    expectedTestMSE: meanSquaredError / m + noise,
  };
}
