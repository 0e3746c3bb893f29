/**
 * Decoy for kata 02.01 — the noise variance as the mean squared residual.
 *
 * @misconception The "unbiased" estimate of σ² divides the RSS by n, as if the fit had not
 * absorbed p dimensions of the noise: it is the maximum-likelihood estimate, biased down by
 * (n − p)/n.
 * @expectMessage 'RSS/n, the maximum-likelihood estimate'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  estimateNoiseVariance as reference,
  type NoiseVarianceEstimate,
} from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export * from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export function estimateNoiseVariance(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): NoiseVarianceEstimate {
  const estimate = reference(X, y, options);
  return { ...estimate, unbiased: estimate.rss / y.length };
}
