/**
 * Decoy for kata 02.08 — the test error reported as the excess risk.
 *
 * @misconception The curve reports E[(y₀ − x₀ᵀβ̂)²] = σ² + ‖β̂ − β‖², the test error, under the
 * name of the excess risk, so every point sits σ² too high and the bias and variance terms of
 * the theory no longer add up to it.
 * @expectMessage 'report the excess risk ‖β̂ − β‖², not the test error'
 */
import {
  doubleDescentCurve as reference,
  type DoubleDescentOptions,
  type DoubleDescentPoint,
} from '../../../solutions/week_02_bias_variance/08_double_descent';

export * from '../../../solutions/week_02_bias_variance/08_double_descent';

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  const noise = options.noiseSd ** 2;
  return reference(options).map((point) => ({
    ...point,
    meanExcessRisk: point.meanExcessRisk + noise,
    medianExcessRisk: point.medianExcessRisk + noise,
  }));
}
