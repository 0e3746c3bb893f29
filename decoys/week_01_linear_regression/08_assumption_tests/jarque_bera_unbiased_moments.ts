/**
 * Decoy for kata 01.08 — Jarque–Bera with unbiased moments.
 *
 * @misconception The skewness and kurtosis are standardised by the sample (n − 1) variance
 * instead of the biased (1/n) second moment, so both shrink and the statistic no longer matches
 * R or the asymptotic χ²(2) it is referred to.
 * @expectMessage 'Jarque–Bera uses biased (1/n) moments'
 */
import { chiSquaredSurvival } from '../../../helpers/distributions';
import {
  jarqueBera as solutionJarqueBera,
  type JarqueBeraResult,
} from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function jarqueBera(residuals: readonly number[]): JarqueBeraResult {
  solutionJarqueBera(residuals); // the solution's validation
  const n = residuals.length;
  const centre = residuals.reduce((sum, value) => sum + value, 0) / n;
  const deviations = residuals.map((value) => value - centre);
  const moment = (k: number): number => deviations.reduce((sum, value) => sum + value ** k, 0) / n;
  const sampleVariance = (moment(2) * n) / (n - 1);
  const skewness = moment(3) / sampleVariance ** 1.5;
  const kurtosis = moment(4) / sampleVariance ** 2;
  const statistic = (n / 6) * (skewness ** 2 + (kurtosis - 3) ** 2 / 4);
  return { statistic, pValue: chiSquaredSurvival(statistic, 2), skewness, kurtosis };
}
