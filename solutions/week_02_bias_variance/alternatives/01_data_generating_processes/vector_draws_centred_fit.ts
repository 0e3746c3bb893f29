/**
 * Alternative for kata 02.01 — whole-vector draws and a centred fit
 *
 * @method The noise of a sample is drawn as one vector, `rng.normalVector(n, 0, noiseSd)`,
 * after the truth of every row has been evaluated (the reference adds noise row by row); the noise
 * variance comes from the Frisch–Waugh–Lovell route: with an intercept, X and y are centred and
 * fitted without a constant column (the same residuals), instead of fitting [1, X].
 */
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
} from '../../../../helpers/errors';
import { fitLeastSquares } from '../../../../helpers/least_squares';
import { checkSeed, createRng, type Rng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
  checkRepresentable,
} from '../../../../helpers/validation';
import type {
  DataGeneratingProcess,
  DataGeneratingProcessOptions,
  DataSet,
  NoiseVarianceEstimate,
} from '../../01_data_generating_processes';

export type {
  DataGeneratingProcess,
  DataGeneratingProcessOptions,
  DataSet,
  NoiseVarianceEstimate,
} from '../../01_data_generating_processes';

const CREATE = 'createDataGeneratingProcess';

function requireFunction(name: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new InvalidArgumentError(
      CREATE,
      `requires ${name} to be a function (got ${typeof value})`,
    );
  }
}

export function createDataGeneratingProcess(
  options: DataGeneratingProcessOptions,
): DataGeneratingProcess {
  const { trueFunction, xDistribution } = options;
  requireFunction('trueFunction', trueFunction);
  if (xDistribution !== undefined) requireFunction('xDistribution', xDistribution);
  const noiseSd = checkNumber(CREATE, 'noiseSd', options.noiseSd, { min: 0 });

  const truthOf = (method: string, rows: number[][]): number[] =>
    rows.map((row, index) => {
      const value = trueFunction([...row]);
      if (!Number.isFinite(value)) {
        throw new NonFiniteValueError(
          method,
          `requires trueFunction to return finite values (got ${value} at row ${index})`,
        );
      }
      return value;
    });

  // The whole noise vector at once: normalVector(n, 0, σ) is 0 + σ·z for each z in order.
  const sample = (method: string, rows: number[][], rng: Rng): DataSet => {
    const trueValues = truthOf(method, rows);
    const noise = rng.normalVector(rows.length, 0, noiseSd);
    return { X: rows, y: trueValues.map((f, i) => f + noise[i]!), trueValues };
  };

  const random = (method: string, n: number, seed: string | number): DataSet => {
    const size = checkNumber(method, 'n', n, { integer: true, min: 1 });
    if (xDistribution === undefined) {
      throw new InvalidArgumentError(method, 'requires an xDistribution to draw rows (got none)');
    }
    const rng = createRng(seed, method);
    const drawn: number[][] = [];
    for (let i = 0; i < size; i += 1) drawn.push(xDistribution(rng));
    return sample(method, checkMatrix(method, 'the drawn rows', drawn), rng);
  };

  return {
    noiseSd,
    sampleFixedDesign: (X, seed) =>
      sample(
        'sampleFixedDesign',
        checkMatrix('sampleFixedDesign', 'X', X),
        createRng(seed, 'sampleFixedDesign'),
      ),
    sampleRandomDesign: (n, seed) => random('sampleRandomDesign', n, seed),
    sampleTrainAndTest(nTrain, nTest, seed) {
      const method = 'sampleTrainAndTest';
      checkNumber(method, 'nTrain', nTrain, { integer: true, min: 1 });
      checkNumber(method, 'nTest', nTest, { integer: true, min: 1 });
      checkSeed(method, seed); // the stream names below would turn any seed into a string
      return {
        train: random(method, nTrain, `${String(seed)}/train`),
        test: random(method, nTest, `${String(seed)}/test`),
      };
    },
  };
}

export function estimateNoiseVariance(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): NoiseVarianceEstimate {
  const name = 'estimateNoiseVariance';
  const rows = checkMatrix(name, 'X', X);
  const observed = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', observed.length);
  // y divided by its largest |value|: the estimates have y²'s units and are scaled back (and
  // refused beyond double precision) by summarise.
  const scale = observed.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  const targets = observed.map((v) => v / scale);
  const summarise = (rss: number, n: number, parameters: number) =>
    summariseInUnits(rss, n, parameters, scale);
  const intercept = options.intercept ?? true;
  const n = rows.length;
  const columns = rows[0]!.length;
  const parameters = columns + (intercept ? 1 : 0);
  if (n <= parameters) {
    throw new EmptyInputError(
      name,
      `requires more rows than fitted parameters (got ${n} rows and ${parameters} parameters)`,
    );
  }
  if (!intercept) {
    return summarise(fitLeastSquares(name, rows, targets).rss, n, parameters);
  }
  // Frisch–Waugh–Lovell: the intercept's share of the fit is the column means, so the residuals
  // of y on [1, X] are those of centred y on centred X.
  const means = Array.from({ length: columns }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const meanY = targets.reduce((s, v) => s + v, 0) / n;
  const centred = rows.map((row) => row.map((value, j) => value - means[j]!));
  return summarise(
    fitLeastSquares(
      name,
      centred,
      targets.map((value) => value - meanY),
    ).rss,
    n,
    parameters,
  );
}

function summariseInUnits(
  scaledRss: number,
  n: number,
  parameters: number,
  scale: number,
): NoiseVarianceEstimate {
  const back = (what: string, value: number) =>
    checkRepresentable('estimateNoiseVariance', what, scale * (scale * value), value !== 0);
  return {
    rss: back('the RSS', scaledRss),
    parameters,
    unbiased: back('the unbiased estimate', scaledRss / (n - parameters)),
    maximumLikelihood: back('the maximum-likelihood estimate', scaledRss / n),
  };
}
