/**
 * Decoy for kata 01.09 — AR(1) errors started from N(0, 1).
 *
 * @misconception The first error is drawn like an innovation, N(0, 1), instead of from the
 * stationary N(0, 1/(1 − rho²)), so the early rows are less noisy than the rest and the errors
 * are not identically distributed.
 * @expectMessage 'stationary distribution'
 */
import { createRng } from '../../../helpers/random';
import {
  simulateAutocorrelation as solutionSimulate,
  type AutocorrelationTruth,
  type SimulatedRegression,
  type SimulationOptions,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function simulateAutocorrelation(
  options: SimulationOptions & { rho?: number },
): SimulatedRegression<AutocorrelationTruth> {
  const reference = solutionSimulate(options); // the solution's validation
  const { rho } = reference.truth;
  const n = reference.X.length;
  const rng = createRng(options.seed);
  const X = Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
  const errors = new Array<number>(n);
  errors[0] = rng.normal();
  for (let t = 1; t < n; t += 1) errors[t] = rho * errors[t - 1]! + rng.normal();
  const y = X.map((row, t) => reference.truth.meanFunction(row) + errors[t]!);
  return { X, y, truth: { ...reference.truth, errors } };
}
