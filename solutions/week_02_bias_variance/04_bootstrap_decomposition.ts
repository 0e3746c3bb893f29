/**
 * Kata 02.04 — Bias–variance without a known truth: the bootstrap
 *
 * On real data there is no f(x) and no second training set, so mlxtend's `bias_variance_decomp`
 * makes both up: it refits the model on bootstrap resamples of the one training set and
 * compares the predictions with the observed test targets. The variance term is the spread of
 * the refits, but "bias" is measured against y, not f(x): on average it is the true bias² plus
 * the noise σ² plus how far this one training set pulls the average refit from the procedure's
 * average. On pure-noise targets an unbiased model still shows "bias" ≈ σ². The identity
 * expectedLoss = bias2 + variance holds exactly all the same.
 *
 * Theory: theory/week_02_bias_variance.md#the-bootstrap-decomposition
 *
 * Implement `bootstrapBiasVariance(fit, trainX, trainY, testX, testY, { rounds, seed })` with
 * mlxtend's semantics for `loss='mse'` (mlxtend/evaluate/bias_variance_decomp.py), drawing from
 * one stream `createRng(seed)` (helpers/random.ts):
 * - each round draws n row indices independently and uniformly on 0 … n − 1, with replacement,
 *   so that every row, the last one included, has probability 1/n at every draw
 *   (`rng.sampleIndicesWithReplacement(n)` does this), fits on those rows and their targets
 *   (pairs kept together), and predicts every test row: ŷ_r(x);
 * - main prediction m(x) = mean over rounds of ŷ_r(x);
 * - expectedLoss = mean over test points of the mean over rounds of (ŷ_r(x) − y)²;
 * - bias2 = mean over test points of (m(x) − y)²;
 * - variance = mean over test points of the mean over rounds of (ŷ_r(x) − m(x))² (divides by
 *   the number of rounds), so expectedLoss = bias2 + variance up to rounding.
 * The same seed gives the same numbers. `rounds` is an integer ≥ 1 (one round has variance 0).
 * As in kata 02.03, user code gets copies: the fitter receives fresh copies of its bootstrap
 * rows and targets, and each predictor a fresh copy of testX, so a fitter or predictor that
 * writes into its arguments changes neither the caller's data nor a later round.
 * `Fitter` is the type from helpers/fitters.ts (re-exported by kata 02.03).
 *
 * Errors, each message starting with `bootstrapBiasVariance`: empty or non-finite data
 * (EmptyInputError, NonFiniteValueError), rows of different widths, or trainX and trainY or
 * testX and testY of different lengths (ShapeMismatchError), rounds that is not an integer ≥ 1
 * or a fit that is not a function (InvalidArgumentError), a predictor returning the wrong
 * number of values (ShapeMismatchError) or a non-finite one (NonFiniteValueError).
 *
 * @example
 * bootstrapBiasVariance(leastSquaresFitter({ degree: 3 }), trainX, trainY, testX, testY, {
 *   rounds: 200,
 *   seed: 'experiment-1',
 * }); // { expectedLoss, bias2, variance } with expectedLoss = bias2 + variance
 */
import { InvalidArgumentError } from '../../helpers/errors';
import { checkPredictions, type Fitter } from '../../helpers/fitters';
import { createRng } from '../../helpers/random';
import {
  checkMatrix,
  checkSameLength,
  checkVector,
  type MatrixInput,
  checkOptions,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

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
  const rounds = checkCount(NAME, 'rounds', checkOptions(NAME, options).rounds, {
    min: 1,
    max: LIMITS.replicates,
  });
  const n = trainRows.length;
  const m = testRows.length;
  const rng = createRng(options.seed, NAME);

  const predictions: number[][] = [];
  for (let r = 0; r < rounds; r += 1) {
    // A bootstrap sample has the size of the training set and keeps each (x, y) pair together.
    const indices = rng.sampleIndicesWithReplacement(n);
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
