/**
 * Alternative for kata 01.02 — one pass with Welford's updates
 *
 * @method The means and the centred sums Sxx, Syy, Sxy are accumulated in a single pass, each
 * new point updating them by Welford's recurrences (stable, unlike Σx² − n·x̄²), instead of
 * computing the means first and the centred products in a second pass.
 */
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import { checkRepresentable, checkSameLength, checkVector } from '../../../../helpers/validation';
import type { BivariateSummary, SimpleRegressionFit } from '../../02_simple_regression';

export type { BivariateSummary, SimpleRegressionFit } from '../../02_simple_regression';

interface Moments {
  n: number;
  /** x and y were divided by their largest |value| before the updates; these are the divisors. */
  scaleX: number;
  scaleY: number;
  meanX: number;
  meanY: number;
  sxx: number;
  syy: number;
  sxy: number;
}

function moments(name: string, xIn: readonly number[], yIn: readonly number[]): Moments {
  const x = checkVector(name, 'x', xIn);
  const y = checkVector(name, 'y', yIn);
  checkSameLength(name, 'x values', x.length, 'y values', y.length);
  if (x.length < 2) throw new EmptyInputError(name, `requires at least 2 points (got ${x.length})`);
  if (x.every((value) => value === x[0])) {
    throw new RankDeficiencyError(name, `requires x to vary (every x is ${x[0]})`, [1]);
  }
  if (y.every((value) => value === y[0])) {
    throw new InvalidArgumentError(name, `requires y to vary (every y is ${y[0]})`);
  }
  // Divided by the largest |value| (not a power of two, as the reference): the updates' squares
  // of data near 10^±200 stay in range, and the results are brought back below.
  const scaleX = x.reduce((largest, value) => Math.max(largest, Math.abs(value)), 0);
  const scaleY = y.reduce((largest, value) => Math.max(largest, Math.abs(value)), 0);
  const m: Moments = { n: 0, scaleX, scaleY, meanX: 0, meanY: 0, sxx: 0, syy: 0, sxy: 0 };
  x.forEach((xRaw, i) => {
    const xi = xRaw / scaleX;
    const yi = y[i]! / scaleY;
    m.n += 1;
    const dx = xi - m.meanX; // deviation from the old mean
    const dy = yi - m.meanY;
    m.meanX += dx / m.n;
    m.meanY += dy / m.n;
    // old deviation times new deviation: exact updates of the centred sums
    m.sxx += dx * (xi - m.meanX);
    m.syy += dy * (yi - m.meanY);
    m.sxy += dx * (yi - m.meanY);
  });
  return m;
}

export function bivariateSummary(x: readonly number[], y: readonly number[]): BivariateSummary {
  const name = 'bivariateSummary';
  const m = moments(name, x, y);
  const { scaleX: sx, scaleY: sy } = m;
  const back = (what: string, q: number, a: number, b: number) =>
    checkRepresentable(name, what, a * (b * q), q !== 0);
  return {
    n: m.n,
    meanX: m.meanX * sx,
    meanY: m.meanY * sy,
    varianceX: back('the variance of x', m.sxx / (m.n - 1), sx, sx),
    varianceY: back('the variance of y', m.syy / (m.n - 1), sy, sy),
    covariance: back('the covariance', m.sxy / (m.n - 1), sx, sy),
    correlation: m.sxy / Math.sqrt(m.sxx) / Math.sqrt(m.syy),
  };
}

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const name = 'simpleLinearRegression';
  const m = moments(name, x, y);
  const { scaleX: sx, scaleY: sy } = m;
  const scaledSlope = m.sxy / m.sxx;
  const scaledIntercept = m.meanY - scaledSlope * m.meanX;
  const slope = checkRepresentable(name, 'the slope', (scaledSlope * sy) / sx, scaledSlope !== 0);
  const intercept = scaledIntercept * sy;
  const scaledResiduals = y.map(
    (value, i) => value / sy - (scaledIntercept + scaledSlope * (x[i]! / sx)),
  );
  const residuals = scaledResiduals.map((e) => e * sy);
  const fitted = y.map((value, i) => value - residuals[i]!);
  let scaledRss = 0;
  for (const e of scaledResiduals) scaledRss += e * e;
  const rss = checkRepresentable(name, 'the RSS', sy * (sy * scaledRss), scaledRss > 0);
  return {
    slope,
    intercept,
    correlation: m.sxy / Math.sqrt(m.sxx) / Math.sqrt(m.syy),
    rSquared: 1 - scaledRss / m.syy,
    fitted,
    residuals,
    rss,
    predict: (xNew) =>
      checkVector('predict', 'xNew', xNew).map((value) => intercept + slope * value),
  };
}
