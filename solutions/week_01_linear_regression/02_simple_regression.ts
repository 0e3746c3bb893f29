/**
 * Kata 01.02 — Simple regression in closed form
 *
 * With one predictor, least squares has a closed form: slope = Sxy / Sxx and
 * intercept = ȳ − slope·x̄, where Sxx = Σ(x − x̄)² and Sxy = Σ(x − x̄)(y − ȳ). The slope is the
 * correlation rescaled, slope = r·sy/sx, and the centred R² equals r². Anscombe's quartet
 * (helpers/datasets/anscombe.ts) is four datasets with the same line, the same r and the same
 * R² to the published precision, and residuals that tell them apart at a glance.
 *
 * Theory: theory/week_01_linear_regression.md#simple-regression-and-anscombes-quartet
 *
 * Implement:
 * - `bivariateSummary(x, y)`: n, the means, the sample variances and covariance (divisor
 *   n − 1) and Pearson's correlation r.
 * - `simpleLinearRegression(x, y)`: slope, intercept, r, the centred R² (1 − RSS/Σ(y − ȳ)²),
 *   fitted values, residuals y − ŷ, RSS, and `predict(xNew)` for new x values. The sums of
 *   squares must be about the means and computed stably (the means first, then the centred
 *   products; or updated point by point): the one-pass Σx² − n·x̄² cancels catastrophically
 *   when the mean is large compared with the spread. A stable method keeps the slope to a
 *   relative error of about n·(|x̄|/sx)·ε even under a common offset of 10⁹.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks), each message starting with
 * the name of the function called: fewer than two points EmptyInputError; x and y of different
 * lengths ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; constant x
 * RankDeficiencyError with `columns` [1] (the slope column of the design [1, x] is a multiple of
 * the intercept column); constant y InvalidArgumentError (r is 0/0). Both functions raise the
 * constant-x and constant-y errors, and constancy is judged on the data (every value equal),
 * not on a computed Sxx or Syy being 0: three copies of 0.1 average to 0.10000000000000002.
 * `predict(xNew)` checks xNew the same way, its messages starting with `predict`: an empty
 * xNew EmptyInputError, NaN or ±Infinity NonFiniteValueError. Data near 10^±200 get the
 * right answer wherever it is a double (the slope, r and R² are: scale x and y before
 * squaring), and NonFiniteValueError saying the data overflow where it is not (a variance or
 * an RSS of values near 10^±200 is near 10^±400). No function changes its inputs.
 *
 * @example
 * const fit = simpleLinearRegression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
 * fit.slope; // 0.6  (Sxy = 6, Sxx = 10)
 * fit.intercept; // 2.2
 * fit.rSquared; // 0.6
 * fit.predict([6]); // [5.8]
 */
import { EmptyInputError, InvalidArgumentError, RankDeficiencyError } from '../../helpers/errors';
import { powerOfTwoScaleOf } from '../../helpers/least_squares';
import { checkNoOverflow, checkSameLength, checkVector, scaleBack } from '../../helpers/validation';

export interface BivariateSummary {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Sample variances and covariance, divisor n − 1. */
  readonly varianceX: number;
  readonly varianceY: number;
  readonly covariance: number;
  /** Pearson's r = Sxy / sqrt(Sxx·Syy). */
  readonly correlation: number;
}

export interface SimpleRegressionFit {
  readonly slope: number;
  readonly intercept: number;
  /** Pearson's r between x and y. */
  readonly correlation: number;
  /** Centred: 1 − RSS / Σ(y − ȳ)². */
  readonly rSquared: number;
  readonly fitted: number[];
  /** y − ŷ, in the order of the data. */
  readonly residuals: number[];
  /** Residual sum of squares Σ(y − ŷ)². */
  readonly rss: number;
  /** intercept + slope·x for each new x. */
  predict(xNew: readonly number[]): number[];
}

/**
 * Sums of squares and cross-products about the means, in scaled units: x and y each divided
 * by a power of two (exact, so nothing changes at ordinary scales), which keeps the squares
 * of data near 10^±200 from overflowing or underflowing. In the data's units Sxx = sxx·scaleX²,
 * Sxy = sxy·scaleX·scaleY, x̄ = meanX·scaleX, and so on.
 */
interface CentredSums {
  readonly n: number;
  readonly x: number[];
  readonly y: number[];
  readonly scaleX: number;
  readonly scaleY: number;
  readonly meanX: number;
  readonly meanY: number;
  readonly sxx: number;
  readonly syy: number;
  readonly sxy: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Validated sums of squares and cross-products about the means. Two passes: the means first,
 * then the centred products, so a large common offset never meets a subtraction of two huge,
 * nearly equal numbers (the one-pass Σx² − n·x̄² does exactly that).
 */
function centredSums(functionName: string, xIn: unknown, yIn: unknown): CentredSums {
  const xData = checkVector(functionName, 'x', xIn);
  const yData = checkVector(functionName, 'y', yIn);
  checkSameLength(functionName, 'x values', xData.length, 'y values', yData.length);
  if (xData.length < 2) {
    throw new EmptyInputError(functionName, `requires at least 2 points (got ${xData.length})`);
  }
  // Constancy is tested on the data, not on Sxx: the mean of equal values can round away from
  // them (three copies of 0.1 average to 0.10000000000000002), leaving a tiny non-zero Sxx.
  if (xData.every((value) => value === xData[0])) {
    throw new RankDeficiencyError(
      functionName,
      `requires x to vary: with constant x the slope column of [1, x] is a multiple of the intercept column (got every x equal to ${xData[0]})`,
      [1],
    );
  }
  if (yData.every((value) => value === yData[0])) {
    throw new InvalidArgumentError(
      functionName,
      `requires y to vary: the correlation of a constant is 0/0 (got every y equal to ${yData[0]})`,
    );
  }
  const scaleX = powerOfTwoScaleOf(xData);
  const scaleY = powerOfTwoScaleOf(yData);
  const x = xData.map((value) => value / scaleX);
  const y = yData.map((value) => value / scaleY);
  const meanX = mean(x);
  const meanY = mean(y);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  x.forEach((xi, i) => {
    const dx = xi - meanX;
    const dy = y[i]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  });
  return { n: x.length, x, y, scaleX, scaleY, meanX, meanY, sxx, syy, sxy };
}

export function bivariateSummary(x: readonly number[], y: readonly number[]): BivariateSummary {
  const name = 'bivariateSummary';
  const s = centredSums(name, x, y);
  const { scaleX, scaleY } = s;
  return {
    n: s.n,
    meanX: s.meanX * scaleX,
    meanY: s.meanY * scaleY,
    // Variances of data near 10^±200 are near 10^±400: beyond double precision, refused.
    varianceX: scaleBack(name, 'the variance of x', s.sxx / (s.n - 1), scaleX, scaleX),
    varianceY: scaleBack(name, 'the variance of y', s.syy / (s.n - 1), scaleY, scaleY),
    covariance: scaleBack(name, 'the covariance', s.sxy / (s.n - 1), scaleX, scaleY),
    correlation: s.sxy / Math.sqrt(s.sxx * s.syy),
  };
}

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  const name = 'simpleLinearRegression';
  const s = centredSums(name, x, y);
  // The two normal equations, solved by hand: Σe = 0 puts the line through (x̄, ȳ), and
  // Σ(x − x̄)e = 0 gives the slope. Solved in scaled units, then brought back.
  const scaledSlope = s.sxy / s.sxx;
  const scaledIntercept = s.meanY - scaledSlope * s.meanX;
  const fitted = s.x.map((value) => (scaledIntercept + scaledSlope * value) * s.scaleY);
  const residuals = s.y.map((value, i) => (value - fitted[i]! / s.scaleY) * s.scaleY);
  const scaledRss = s.y.reduce((sum, value, i) => {
    const e = value - fitted[i]! / s.scaleY;
    return sum + e * e;
  }, 0);
  // The slope has the units of y/x, so it is often a double where x² or y² is not.
  const slope = scaleBack(name, 'the slope', scaledSlope, s.scaleY, 1 / s.scaleX);
  const intercept = scaledIntercept * s.scaleY;
  const line = (value: number): number => intercept + slope * value;
  checkNoOverflow(name, 'the fitted values', fitted);
  checkNoOverflow(name, 'the residuals', residuals);
  return {
    slope,
    intercept,
    correlation: s.sxy / Math.sqrt(s.sxx * s.syy),
    // Centred: the competitor is ȳ, the model with the intercept alone, never the zero line.
    rSquared: 1 - scaledRss / s.syy,
    fitted,
    residuals,
    // An RSS of y near 10^±200 is near 10^±400: beyond double precision, refused.
    rss: scaleBack(name, 'the residual sum of squares', scaledRss, s.scaleY, s.scaleY),
    predict: (xNew) => checkVector('predict', 'xNew', xNew).map(line),
  };
}
