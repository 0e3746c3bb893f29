/**
 * Decoy for kata 01.02 — constancy judged on a computed Sxx or Syy.
 *
 * @misconception A constant x or y is detected by Sxx === 0 (Syy === 0), so three copies of 0.1,
 * whose mean rounds to 0.10000000000000002, leave a tiny non-zero sum and a meaningless slope
 * or correlation instead of the documented error.
 * @expectMessage 'constancy is judged on the data'
 */
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../helpers/errors';
import { checkSameLength, checkVector } from '../../../helpers/validation';
import type {
  BivariateSummary,
  SimpleRegressionFit,
} from '../../../solutions/week_01_linear_regression/02_simple_regression';

export * from '../../../solutions/week_01_linear_regression/02_simple_regression';

function sums(name: string, xIn: readonly number[], yIn: readonly number[]) {
  const x = checkVector(name, 'x', xIn);
  const y = checkVector(name, 'y', yIn);
  checkSameLength(name, 'x values', x.length, 'y values', y.length);
  if (x.length < 2) throw new EmptyInputError(name, `requires at least 2 points (got ${x.length})`);
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  x.forEach((xi, i) => {
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
    sxy += (xi - mx) * (y[i]! - my);
  });
  if (sxx === 0) throw new RankDeficiencyError(name, 'requires x to vary', [1]);
  if (syy === 0) throw new InvalidArgumentError(name, 'requires y to vary');
  return { x, y, n: x.length, mx, my, sxx, syy, sxy };
}

export function bivariateSummary(x: readonly number[], y: readonly number[]): BivariateSummary {
  const s = sums('bivariateSummary', x, y);
  return {
    n: s.n,
    meanX: s.mx,
    meanY: s.my,
    varianceX: s.sxx / (s.n - 1),
    varianceY: s.syy / (s.n - 1),
    covariance: s.sxy / (s.n - 1),
    correlation: s.sxy / Math.sqrt(s.sxx * s.syy),
  };
}

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const s = sums('simpleLinearRegression', x, y);
  const slope = s.sxy / s.sxx;
  const intercept = s.my - slope * s.mx;
  const fitted = s.x.map((v) => intercept + slope * v);
  const residuals = s.y.map((v, i) => v - fitted[i]!);
  const rss = residuals.reduce((a, e) => a + e * e, 0);
  return {
    slope,
    intercept,
    correlation: s.sxy / Math.sqrt(s.sxx * s.syy),
    rSquared: 1 - rss / s.syy,
    fitted,
    residuals,
    rss,
    predict: (xNew) => checkVector('predict', 'xNew', xNew).map((v) => intercept + slope * v),
  };
}
