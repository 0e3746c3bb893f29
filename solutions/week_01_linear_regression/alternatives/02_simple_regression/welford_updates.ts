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
import { checkSameLength, checkVector } from '../../../../helpers/validation';
import type { BivariateSummary, SimpleRegressionFit } from '../../02_simple_regression';

export type { BivariateSummary, SimpleRegressionFit } from '../../02_simple_regression';

interface Moments {
  n: number;
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
  const m: Moments = { n: 0, meanX: 0, meanY: 0, sxx: 0, syy: 0, sxy: 0 };
  x.forEach((xi, i) => {
    const yi = y[i] as number;
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
  const m = moments('bivariateSummary', x, y);
  return {
    n: m.n,
    meanX: m.meanX,
    meanY: m.meanY,
    varianceX: m.sxx / (m.n - 1),
    varianceY: m.syy / (m.n - 1),
    covariance: m.sxy / (m.n - 1),
    correlation: m.sxy / Math.sqrt(m.sxx) / Math.sqrt(m.syy),
  };
}

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const m = moments('simpleLinearRegression', x, y);
  const slope = m.sxy / m.sxx;
  const intercept = m.meanY - slope * m.meanX;
  const fitted = x.map((value) => intercept + slope * value);
  const residuals = y.map((value, i) => value - (fitted[i] as number));
  let rss = 0;
  for (const e of residuals) rss += e * e;
  return {
    slope,
    intercept,
    correlation: m.sxy / Math.sqrt(m.sxx) / Math.sqrt(m.syy),
    rSquared: 1 - rss / m.syy,
    fitted,
    residuals,
    rss,
    predict: (xNew) =>
      checkVector('predict', 'xNew', xNew).map((value) => intercept + slope * value),
  };
}
