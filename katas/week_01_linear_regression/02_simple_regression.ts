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
import { NotImplementedError } from '../../helpers/errors';

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

export function bivariateSummary(x: readonly number[], y: readonly number[]): BivariateSummary {
  // TODO: centre first, then Sxx, Syy, Sxy.
  throw new NotImplementedError('01.02', 'bivariateSummary');
}

export function simpleLinearRegression(
  x: readonly number[],
  y: readonly number[],
): SimpleRegressionFit {
  // TODO: slope = Sxy / Sxx, intercept = ȳ − slope·x̄.
  throw new NotImplementedError('01.02', 'simpleLinearRegression');
}
