/**
 * Decoy for kata 01.15 — the sandwich (XᵀX)⁻¹·Ŝ·(XᵀX)⁻¹, without the factor n.
 *
 * @misconception Ŝ is the long-run covariance per observation (each Γ_l divided by n), so the
 * meat of the sandwich is nŜ = Σ_t Σ_s w_{|t−s|} g_t g_sᵀ; putting Ŝ itself between the breads
 * makes every variance n times too small.
 * @expectMessage 'n = 5 times too small'
 */
import {
  neweyWestCovariance as reference,
  type NeweyWestCovariance,
  type NeweyWestOptions,
} from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export * from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export function neweyWestCovariance(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  const right = reference(X, y, options);
  const n = X.length;
  return {
    ...right,
    covariance: right.covariance.map((row) => row.map((value) => value / n)),
    standardErrors: right.standardErrors.map((value) => value / Math.sqrt(n)),
  };
}
