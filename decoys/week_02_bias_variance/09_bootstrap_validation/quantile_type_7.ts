/**
 * Decoy for kata 02.09 — percentile ends by R's default quantile (type 7).
 *
 * @misconception "The 2.5% quantile of the replicates" is read off with the quantile rule a
 * library uses by default (R's type 7, numpy's linear), at position (B − 1)·a + 1 with linear
 * interpolation, instead of boot.ci's order statistic (B + 1)·a interpolated in Φ⁻¹.
 * @expectMessage 'quantile type 7'
 */
import {
  bootstrapIntervals as reference,
  type BootstrapIntervals,
  type IntervalOptions,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

function type7(sorted: readonly number[], a: number): number {
  const h = (sorted.length - 1) * a;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

export function bootstrapIntervals(
  replicates: readonly number[],
  estimate: number,
  options?: IntervalOptions,
): BootstrapIntervals {
  const checked = reference(replicates, estimate, options); // validation and extremeEndpoints
  const level = options?.level ?? 0.95;
  const sorted = replicates.slice().sort((x, y) => x - y);
  const lower = type7(sorted, (1 - level) / 2);
  const upper = type7(sorted, (1 + level) / 2);
  return {
    percentile: { lower, upper },
    basic: { lower: 2 * estimate - upper, upper: 2 * estimate - lower },
    extremeEndpoints: checked.extremeEndpoints,
  };
}
