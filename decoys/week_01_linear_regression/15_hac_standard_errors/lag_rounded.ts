/**
 * Decoy for kata 01.15 — the rule-of-thumb lag rounded instead of floored.
 *
 * @misconception 4·(n/100)^(2/9) is rounded to the nearest integer (2.66 → 3 at n = 16), but the
 * rule, and statsmodels' default, take its floor.
 * @expectMessage 'looks rounded'
 */
import {
  neweyWestCovariance as reference,
  type NeweyWestCovariance,
  type NeweyWestOptions,
} from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export * from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export function neweyWestLag(n: number): number {
  return Math.round(4 * (n / 100) ** (2 / 9));
}

export function neweyWestCovariance(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  return reference(X, y, { ...options, lag: options.lag ?? neweyWestLag(X.length) });
}
