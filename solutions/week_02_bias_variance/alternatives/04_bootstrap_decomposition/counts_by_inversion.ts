/**
 * Alternative for kata 02.04 — bootstrap counts from an inverted uniform, rows in training order
 *
 * @method Each draw's index is ⌈(1 − u)·n⌉ − 1 (uniform on 0 … n − 1, like ⌊u·n⌋, but a
 * different map from the stream), the draws of a round become a count per training row, and
 * the fitter gets each row as many times as it was counted, in training order (the reference
 * hands it the rows in the order drawn); the main prediction and the loss are running sums.
 */
import { InvalidArgumentError } from '../../../../helpers/errors';
import { checkPredictions, type Fitter } from '../../../../helpers/fitters';
import { createRng, type Rng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type { BootstrapDecomposition, BootstrapOptions } from '../../04_bootstrap_decomposition';

export type { BootstrapDecomposition, BootstrapOptions } from '../../04_bootstrap_decomposition';

const NAME = 'bootstrapBiasVariance';

/** How many times each of n rows is drawn in n independent uniform draws. */
function bootstrapCounts(rng: Rng, n: number): number[] {
  const counts = new Array<number>(n).fill(0);
  for (let draw = 0; draw < n; draw += 1) {
    // 1 − u lies in (0, 1], so the ceiling lies in 1 … n and every row has probability 1/n.
    const index = Math.ceil((1 - rng.uniform()) * n) - 1;
    counts[index] = counts[index]! + 1;
  }
  return counts;
}

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
  const m = testRows.length;
  const rng = createRng(options.seed);

  const sum = new Float64Array(m);
  const losses = new Float64Array(m);
  const all: number[][] = [];
  for (let r = 0; r < rounds; r += 1) {
    const counts = bootstrapCounts(rng, trainRows.length);
    const rows: number[][] = [];
    const targets: number[] = [];
    counts.forEach((count, i) => {
      for (let k = 0; k < count; k += 1) {
        rows.push([...trainRows[i]!]);
        targets.push(trainTargets[i]!);
      }
    });
    const predictor = fit(rows, targets);
    const predicted = checkPredictions(
      NAME,
      predictor(testRows.map((row) => [...row])),
      m,
      `round ${r}`,
    );
    all.push(predicted);
    predicted.forEach((value, i) => {
      sum[i] = sum[i]! + value;
      losses[i] = losses[i]! + (value - testTargets[i]!) ** 2;
    });
  }

  let expectedLoss = 0;
  let bias2 = 0;
  let variance = 0;
  for (let i = 0; i < m; i += 1) {
    const main = sum[i]! / rounds;
    expectedLoss += losses[i]! / rounds;
    bias2 += (main - testTargets[i]!) ** 2;
    // Deviations from the main prediction, not Σŷ² − R·m² (which cancels catastrophically).
    let spread = 0;
    for (const row of all) spread += (row[i]! - main) ** 2;
    variance += spread / rounds;
  }
  return { expectedLoss: expectedLoss / m, bias2: bias2 / m, variance: variance / m };
}
