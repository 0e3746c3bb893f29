/**
 * Decoy for kata 01.02 — one-pass sums of squares.
 *
 * @misconception Sxx and Sxy are computed in one pass as Σx² − n·x̄² and Σxy − n·x̄ȳ, which
 * cancels catastrophically when the mean is large compared with the spread.
 * @expectMessage 'one-pass formula'
 */
import { bivariateSummary } from '../../../solutions/week_01_linear_regression/02_simple_regression';
import type { SimpleRegressionFit } from '../../../solutions/week_01_linear_regression/02_simple_regression';

export * from '../../../solutions/week_01_linear_regression/02_simple_regression';

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const summary = bivariateSummary(x, y); // the solution's validation and r
  const n = x.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const yi = y[i]!;
    sx += xi;
    sy += yi;
    sxx += xi * xi;
    sxy += xi * yi;
    syy += yi * yi;
  });
  const meanX = sx / n;
  const meanY = sy / n;
  const slope = (sxy - n * meanX * meanY) / (sxx - n * meanX * meanX);
  const intercept = meanY - slope * meanX;
  const line = (value: number): number => intercept + slope * value;
  const fitted = x.map(line);
  const residuals = y.map((value, i) => value - fitted[i]!);
  const rss = residuals.reduce((sum, e) => sum + e * e, 0);
  return {
    slope,
    intercept,
    correlation: summary.correlation,
    rSquared: 1 - rss / (syy - n * meanY * meanY),
    fitted,
    residuals,
    rss,
    predict: (xNew) => xNew.map(line),
  };
}
