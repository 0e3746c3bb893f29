/**
 * Decoy for kata 01.09 — exp(strength·x1) used as the standard deviation.
 *
 * @misconception The generator reads Var(ε) = exp(strength·x1) as the standard deviation, so
 * the spread grows twice as fast on the log scale as the process it claims to simulate.
 * @expectMessage 'it is the variance'
 */
import { createRng } from '../../../helpers/random';
import {
  simulateHeteroscedasticity as solutionSimulate,
  type HeteroscedasticityTruth,
  type SimulatedRegression,
  type SimulationOptions,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function simulateHeteroscedasticity(
  options: SimulationOptions & { strength?: number },
): SimulatedRegression<HeteroscedasticityTruth> {
  const reference = solutionSimulate(options); // the solution's validation and X
  const strength = reference.truth.strength;
  const rng = createRng(options.seed);
  const X = reference.X.map(() => [rng.normal(), rng.normal()]);
  const noiseSds = X.map((row) => Math.exp(strength * row[0]!));
  const y = X.map((row, i) => reference.truth.meanFunction(row) + noiseSds[i]! * rng.normal());
  return { X, y, truth: { ...reference.truth, noiseSds } };
}
