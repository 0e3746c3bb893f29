/**
 * Decoy for kata 01.15 — Bartlett weights 1 − l/L, which drop lag L.
 *
 * @misconception The weights are taken as 1 − l/L, so the last lag kept gets weight 0 and lag L
 * silently becomes lag L − 1; Newey and West's are 1 − l/(L + 1), so lag L keeps 1/(L + 1).
 * @expectMessage 'looks like 1 − l/L'
 */
export * from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export function bartlettWeights(lag: number): number[] {
  return Array.from({ length: lag + 1 }, (_, l) => (lag === 0 ? 1 : 1 - l / lag));
}
