/**
 * Decoy for kata 01.09 — the screen's Cook's distance with (1 − h) instead of (1 − h)².
 *
 * @misconception The screen computes Cook's distance as e²h/(p·s²·(1 − h)), one factor (1 − h)
 * short, so the high-leverage rows it exists to catch look less influential than they are.
 * @expectMessage 'looks like Cook’s distance with (1 − h) where (1 − h)² belongs'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import {
  screenAssumptions as solutionScreen,
  type AssumptionScreen,
  type ScreenedFailureMode,
} from '../../../solutions/week_01_linear_regression/09_failure_modes';
import { maxOf } from '../../../helpers/validation';

export * from '../../../solutions/week_01_linear_regression/09_failure_modes';

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  const screen = solutionScreen(X, y, options);
  const fit = fitLeastSquares(
    'screenAssumptions',
    X.map((row) => [1, ...row]),
    [...y],
  );
  const p = (X[0] ?? []).length + 1;
  const s2 = fit.rss / (X.length - p);
  const cooks = fit.residuals.map((e, i) => {
    const h = fit.leverage[i]!;
    return (e * e * h) / (p * s2 * (1 - h));
  });
  const maxCooksDistance = maxOf(cooks);
  const flagged: ScreenedFailureMode[] = screen.flagged.filter((mode) => mode !== 'highLeverage');
  if (maxCooksDistance > (options.cooksThreshold ?? 1)) {
    const at = flagged.indexOf('multicollinearity');
    flagged.splice(at === -1 ? flagged.length : at, 0, 'highLeverage');
  }
  return {
    ...screen,
    flagged,
    maxCooksDistance,
    mostInfluentialRow: cooks.indexOf(maxCooksDistance),
  };
}
