/**
 * Decoy for kata 01.09 — RESET without powers counted as a test that passed.
 *
 * @misconception When ŷ takes two values every power of ŷ is collinear with the design, so
 * resetTest keeps no power (df1 = 0, p = 1); the screen reads that p = 1 as "no curvature found"
 * and reports RESET as applied, where it could not be run at all.
 * @expectMessage 'RESET cannot be run'
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
  return { ...screen, notApplicable: [], resetPValue: resetTest(X, y).pValue };
}
