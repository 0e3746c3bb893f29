/**
 * Decoy for kata 02.02 — p equal to the degree.
 *
 * @misconception The parameter count is the number of powers, so the intercept is not
 * counted and every formula in p (optimism 2pσ²/n, variance σ²p/n) comes out one short.
 * @expectMessage 'p counts the intercept'
 */
import {
  capacitySweep as reference,
  type CapacityPoint,
  type CapacitySweepOptions,
} from '../../../solutions/week_02_bias_variance/02_capacity';

export * from '../../../solutions/week_02_bias_variance/02_capacity';

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  return reference(options).map((point) => ({ ...point, parameters: point.degree }));
}
