/**
 * Decoy for kata 01.09 — the screen's Cook's distance with p not counting the intercept.
 *
 * @misconception The screen divides Cook's distance by the number of predictors instead of p,
 * the number of fitted coefficients with the intercept, so it flags influence too readily.
 * @expectMessage 'looks like p without the intercept in Cook’s distance'
 */
import {
  screenAssumptions as solutionScreen,
  type AssumptionScreen,
  type ScreenedFailureMode,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  const screen = solutionScreen(X, y, options);
  const p = (X[0] ?? []).length + 1;
  const maxCooksDistance = (screen.maxCooksDistance * p) / (p - 1);
  const flagged: ScreenedFailureMode[] = screen.flagged.filter((mode) => mode !== 'highLeverage');
  if (maxCooksDistance > (options.cooksThreshold ?? 1)) {
    const at = flagged.indexOf('multicollinearity');
    flagged.splice(at === -1 ? flagged.length : at, 0, 'highLeverage');
  }
  return { ...screen, flagged, maxCooksDistance };
}
