/**
 * Decoy for kata 01.09 — regressorRho reported but not applied.
 *
 * @misconception The option is echoed in the truth while X keeps its independent N(0, 1) rows,
 * so the data never show the case where autocorrelated errors meet autocorrelated regressors.
 * @expectMessage 'regressorRho'
 */
import {
  simulateAutocorrelation as solutionSimulate,
  type AutocorrelationTruth,
  type SimulatedRegression,
  type SimulationOptions,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function simulateAutocorrelation(
  options: SimulationOptions & { rho?: number; regressorRho?: number },
): SimulatedRegression<AutocorrelationTruth> {
  const independent = solutionSimulate({ ...options, regressorRho: 0 });
  const asked = solutionSimulate(options);
  return {
    ...independent,
    truth: { ...independent.truth, regressorRho: asked.truth.regressorRho },
  };
}
