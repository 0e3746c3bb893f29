/**
 * Decoy for kata 01.08 — Jarque–Bera with the excess kurtosis.
 *
 * @misconception The kurtosis is reported as the excess kurtosis K − 3 (scipy's default) and
 * then put into (K − 3)², subtracting 3 twice.
 * @expectMessage 'not the excess kurtosis'
 */
import { chiSquaredSurvival } from '../../../helpers/distributions';
import {
  jarqueBera as solutionJarqueBera,
  type JarqueBeraResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function jarqueBera(residuals: readonly number[]): JarqueBeraResult {
  const result = solutionJarqueBera(residuals);
  const n = residuals.length;
  const kurtosis = result.kurtosis - 3;
  const statistic = (n / 6) * (result.skewness ** 2 + (kurtosis - 3) ** 2 / 4);
  return { ...result, kurtosis, statistic, pValue: chiSquaredSurvival(statistic, 2) };
}
