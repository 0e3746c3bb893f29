/**
 * Decoy for kata 02.04 — inputs and targets resampled independently.
 *
 * @misconception The bootstrap draws row indices for X and, separately, for y, breaking every
 * (x, y) pair: the refits learn from data in which x tells nothing about y.
 * @expectMessage 'each bootstrap row must keep its own target'
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
  const rng = createRng(`${String(options.seed)}/targets`);
  // The reference draws the rows; the targets are drawn again, on their own.
  const unpaired: Fitter = (X, _y) =>
    fit(
      X,
      rng.sampleIndicesWithReplacement(trainY.length).map((i) => trainY[i]!),
    );
  return reference(
    typeof fit === 'function' ? unpaired : fit,
    trainX,
    trainY,
    testX,
    testY,
    options,
  );
}
