/**
 * Decoy for kata 01.15 — the lag rule 0.75·n^(1/3) instead of floor(4·(n/100)^(2/9)).
 *
 * @misconception Stock and Watson's rule of thumb m = 0.75·n^(1/3) is used as the default lag;
 * a fine rule, but not the lab's (statsmodels' default, floor(4·(n/100)^(2/9))), so every
 * default-lag value differs from R's NeweyWest at that lag.
 * @expectMessage 'Stock and Watson'
 */
import {
  neweyWestCovariance as reference,
  type NeweyWestCovariance,
  type NeweyWestOptions,
} from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export * from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export function neweyWestLag(n: number): number {
  return Math.floor(0.75 * Math.cbrt(n));
}

export function neweyWestCovariance(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  return reference(X, y, { ...options, lag: options.lag ?? neweyWestLag(X.length) });
}
