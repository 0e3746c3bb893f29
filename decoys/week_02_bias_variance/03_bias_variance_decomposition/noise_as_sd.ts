/**
 * Decoy for kata 02.03 — the noise term as σ instead of σ².
 *
 * @misconception The irreducible error is reported as noiseSd, the standard deviation, where the
 * decomposition adds the variance σ² of a fresh test target.
 * @expectMessage 'noise is σ² = noiseSd²'
 */
import {
  biasVarianceDecomposition as reference,
  type BiasVarianceDecomposition,
  type BiasVarianceOptions,
} from '../../../solutions/week_02_bias_variance/03_bias_variance_decomposition';

export * from '../../../solutions/week_02_bias_variance/03_bias_variance_decomposition';

export function biasVarianceDecomposition(options: BiasVarianceOptions): BiasVarianceDecomposition {
  const correct = reference(options);
  const noise = options.noiseSd;
  return { ...correct, noise, expectedTestMSE: correct.expectedTestMSE - correct.noise + noise };
}
