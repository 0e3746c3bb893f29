/**
 * Decoy for kata 02.02 — the training error divided by n − p.
 *
 * @misconception The training MSE is reported as RSS/(n − p), the unbiased estimate of σ²,
 * which hides exactly the optimism of the training error that the capacity sweep is about.
 * @expectMessage 'the training MSE is the mean of the squared training residuals, RSS/n'
 */
import {
  capacitySweep as reference,
  type CapacityPoint,
  type CapacitySweepOptions,
} from '../../../solutions/week_02_bias_variance/02_capacity';

export * from '../../../solutions/week_02_bias_variance/02_capacity';

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  const n = options.trainX.length;
  return reference(options).map((point) => ({
    ...point,
    trainMSE: (point.trainMSE * n) / (n - point.parameters),
  }));
}
