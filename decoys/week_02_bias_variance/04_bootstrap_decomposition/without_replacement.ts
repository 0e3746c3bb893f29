/**
 * Decoy for kata 02.04 — bootstrap samples drawn without replacement.
 *
 * @misconception Each round refits on a shuffle of the n training rows, so every round sees the
 * same data: the "bootstrap" variance measures nothing but the fitter's reaction to row order.
 * @expectMessage 'all rows present means sampling without replacement'
 */
import type { Fitter } from '../../../helpers/fitters';
import { createRng } from '../../../helpers/random';
import type { MatrixInput } from '../../../helpers/validation';
import {
  bootstrapBiasVariance as reference,
  type BootstrapDecomposition,
  type BootstrapOptions,
} from '../../../solutions/week_02_bias_variance/04_bootstrap_decomposition';

export * from '../../../solutions/week_02_bias_variance/04_bootstrap_decomposition';

export function bootstrapBiasVariance(
  fit: Fitter,
  trainX: MatrixInput,
  trainY: readonly number[],
  testX: MatrixInput,
  testY: readonly number[],
  options: BootstrapOptions,
): BootstrapDecomposition {
  const rows = trainX as number[][];
  const rng = createRng(`${String(options.seed)}/shuffle`);
  // Rounds refit on permutations: the reference's rounds, with its draws replaced by a shuffle.
  const permuted: Fitter = (_X, _y) => {
    const order = rng.shuffle(rows.map((_, i) => i));
    return fit(
      order.map((i) => rows[i]!.slice()),
      order.map((i) => trainY[i]!),
    );
  };
  return reference(
    typeof fit === 'function' ? permuted : fit,
    trainX,
    trainY,
    testX,
    testY,
    options,
  );
}
