/**
 * Decoy for kata 01.09 — RESET's rank error let through the screen.
 *
 * @misconception The screen calls resetTest and lets its RankDeficiencyError escape when ŷ takes
 * two values, so the screen fails with another function's error where R would report F = 0.
 * @expectMessage 'should handle this data itself'
 */
import { resetTest } from '../../../solutions/week_01_linear_regression/08_assumption_tests';
import {
  screenAssumptions as solutionScreen,
  type AssumptionScreen,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: Parameters<typeof solutionScreen>[2] = {},
): AssumptionScreen {
  const screen = solutionScreen(X, y, options);
  if (screen.notApplicable.length > 0) resetTest(X, y);
  return screen;
}
