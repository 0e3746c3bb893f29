/**
 * Decoy for kata 02.04 — bootstrap index drawn as ⌊u·(n − 1)⌋, never the last row.
 *
 * @misconception "An index between 0 and n − 1" is taken as ⌊u·(n − 1)⌋, which spreads the draws
 * over rows 0 … n − 2 and never picks the last training row. With many rows the decomposition
 * barely moves, so only an exact look at which rows are drawn exposes it.
 * @expectMessage 'never picks row n − 1'
 */
import { InvalidArgumentError } from '../../../helpers/errors';
import { checkPredictions, type Fitter } from '../../../helpers/fitters';
import { createRng } from '../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../helpers/validation';

export interface BootstrapOptions {
  /** Number of bootstrap rounds (mlxtend's num_rounds). */
  readonly rounds: number;
  readonly seed: string | number;
}

export interface BootstrapDecomposition {
  /** Mean over test points and rounds of (ŷ − y)². */
  readonly expectedLoss: number;
  /** Mean over test points of (main prediction − y)²: measured against y, so it contains the noise. */
  readonly bias2: number;
  /** Mean over test points and rounds of (ŷ − main prediction)². */
  readonly variance: number;
}

const NAME = 'bootstrapBiasVariance';

export function bootstrapBiasVariance(
  fit: Fitter,
  trainX: MatrixInput,
  trainY: readonly number[],
  testX: MatrixInput,
  testY: readonly number[],
  options: BootstrapOptions,
): BootstrapDecomposition {
  if (typeof fit !== 'function') {
    throw new InvalidArgumentError(NAME, `requires fit to be a function (got ${typeof fit})`);
  }
  const trainRows = checkMatrix(NAME, 'trainX', trainX);
  const trainTargets = checkVector(NAME, 'trainY', trainY);
  const testRows = checkMatrix(NAME, 'testX', testX);
  const testTargets = checkVector(NAME, 'testY', testY);
  checkSameLength(NAME, 'training rows', trainRows.length, 'training targets', trainTargets.length);
  checkSameLength(NAME, 'test rows', testRows.length, 'test targets', testTargets.length);
  const rounds = checkNumber(NAME, 'rounds', options.rounds, { integer: true, min: 1 });
  const n = trainRows.length;
  const m = testRows.length;
  const rng = createRng(options.seed);

  const predictions: number[][] = [];
  for (let r = 0; r < rounds; r += 1) {
    // A bootstrap sample has the size of the training set and keeps each (x, y) pair together.
    // ⌊u·(n − 1)⌋: looks uniform, but the index never reaches n − 1.
    const indices = Array.from({ length: n }, () => Math.floor(rng.uniform() * (n - 1)));
    const predictor = fit(
      indices.map((i) => trainRows[i]!.slice()),
      indices.map((i) => trainTargets[i]!),
    );
    const predicted: unknown = predictor(testRows.map((row) => row.slice()));
    predictions.push(checkPredictions(NAME, predicted, m, `round ${r}`));
  }

  let expectedLoss = 0;
  let bias2 = 0;
  let variance = 0;
  for (let i = 0; i < m; i += 1) {
    const target = testTargets[i]!;
    let main = 0;
    for (const row of predictions) main += row[i]!;
    main /= rounds; // mlxtend: np.mean(all_pred, axis=0) for loss='mse'
    let loss = 0;
    let spread = 0;
    for (const row of predictions) {
      const value = row[i]!;
      loss += (value - target) ** 2;
      spread += (value - main) ** 2;
    }
    expectedLoss += loss / rounds;
    // Against the observed target, not a truth we do not have: this "bias" contains the noise.
    bias2 += (main - target) ** 2;
    variance += spread / rounds;
  }
  return { expectedLoss: expectedLoss / m, bias2: bias2 / m, variance: variance / m };
}
