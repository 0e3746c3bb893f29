/**
 * Decoy for kata 01.09 — the screen uses the original Breusch–Pagan test.
 *
 * @misconception The screen flags heteroscedasticity with the original (non-studentized)
 * Breusch–Pagan statistic, which assumes normal errors: heavy tails alone then look like
 * changing variance.
 * @expectMessage 'looks like the original (non-studentized) Breusch–Pagan'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import { breuschPagan } from '../../../solutions/week_01_linear_regression/08_assumption_tests';
import {
  screenAssumptions as solutionScreen,
  type AssumptionScreen,
  type ScreenedFailureMode,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

const ORDER: readonly ScreenedFailureMode[] = [
  'nonlinearity',
  'heteroscedasticity',
  'autocorrelation',
  'heavyTails',
  'highLeverage',
  'multicollinearity',
];

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  const screen = solutionScreen(X, y, options);
  const residuals = fitLeastSquares(
    'screenAssumptions',
    X.map((row) => [1, ...row]),
    [...y],
  ).residuals;
  const breuschPaganPValue = breuschPagan(residuals, X, { studentized: false }).pValue;
  const flags = new Set(screen.flagged);
  if (breuschPaganPValue < (options.alpha ?? 0.05)) flags.add('heteroscedasticity');
  else flags.delete('heteroscedasticity');
  return { ...screen, breuschPaganPValue, flagged: ORDER.filter((mode) => flags.has(mode)) };
}
