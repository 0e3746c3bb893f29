/**
 * Decoy for kata 02.06 — the variance over replicates divided by R − 1.
 *
 * @misconception The spread of the R predictions is divided by R − 1 although the R replicates
 * are the whole population the decomposition is taken over, so bias² + variance + noise no
 * longer equals the directly computed expected test error.
 * @expectMessage 'the variance divided by R (not R − 1)'
 */
import {
  ridgeBiasVariance as reference,
  type RidgeBiasVarianceOptions,
  type RidgeBiasVariancePoint,
} from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function ridgeBiasVariance(options: RidgeBiasVarianceOptions): RidgeBiasVariancePoint[] {
  const R = options.replicates;
  return reference(options).map((point) => ({
    ...point,
    variance: (point.variance * R) / (R - 1),
  }));
}
