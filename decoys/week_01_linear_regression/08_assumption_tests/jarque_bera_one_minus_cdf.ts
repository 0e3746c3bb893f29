/**
 * Decoy for kata 01.08 — the Jarque–Bera p-value formed as 1 − CDF.
 *
 * @misconception p = 1 − P(χ²₂ ≤ JB): exact to 1e-16 in absolute terms, but far in the tail the
 * CDF rounds to 1 and a p-value of 1e-98 becomes 0.
 * @expectMessage 'which looks like 1 − CDF'
 */
import { regularizedGammaP } from '../../../helpers/distributions';
import {
  jarqueBera as solutionJarqueBera,
  type JarqueBeraResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function jarqueBera(residuals: readonly number[]): JarqueBeraResult {
  const result = solutionJarqueBera(residuals);
  return { ...result, pValue: 1 - regularizedGammaP(1, result.statistic / 2) };
}
