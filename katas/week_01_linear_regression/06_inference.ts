/**
 * Kata 01.06 — Inference
 *
 * A fitted line is an estimate; inference says how far to trust it. With p coefficients (the
 * intercept counted) the residuals keep n − p degrees of freedom, so s² = RSS/(n − p) is the
 * unbiased estimate of the error variance, the standard errors are sqrt(s²·diag((XᵀX)⁻¹)), each
 * t = b/se is compared with Student's t on n − p degrees of freedom, and the overall F test
 * compares the model with the intercept-only model. Each number leans on an assumption:
 * unbiased coefficients on exogeneity, valid standard errors on homoscedastic uncorrelated
 * errors, exact t and F distributions on normal errors.
 *
 * Theory: theory/week_01_linear_regression.md#inference
 *
 * Implement (conventions of R `lm` and statsmodels OLS, docs/api/week_01_linear_regression.md):
 * - `fitOLS(X, y, { intercept = true })`: X holds the predictors only; with `intercept` the
 *   constant column is prepended and its coefficient comes first. Every field of `OLSFit`
 *   below. R² is centered (1 − RSS/Σ(y − ȳ)²) with an intercept and uncentered (1 − RSS/Σy²)
 *   without; adjusted R² is 1 − (1 − R²)(n − k)/(n − p) with k = 1 with an intercept and 0
 *   without; F compares with the intercept-only model (the zero model without an intercept)
 *   on dfModel = p − k and dfResidual = n − p degrees of freedom. `conditionNumber` is
 *   σmax/σmin of the design as fitted (constant column included, unscaled).
 * - `fitPolynomial(x, y, degree, options)`: the same fit on the powers x¹ … x^degree (x⁰ too
 *   with an intercept), formed inside.
 * - `confidenceIntervals(fit, level)`: b ± t(1 − (1 − level)/2; n − p)·se, one per coefficient,
 *   read from `fit.coefficients`, `fit.standardErrors` and `fit.dfResidual` (a fit object may
 *   come from elsewhere, so those are checked too).
 * p-values (t and F) are upper-tail probabilities that keep their relative accuracy far into the
 * tail: 1e-98 must not come out as 0, as 1 − CDF would make it. No function changes its inputs.
 * A perfect fit (RSS = 0) is reported, not refused: standard errors 0, t = ±Infinity (0 for a
 * coefficient that is exactly 0), p-values 0 (1), F = Infinity; never NaN.
 *
 * Errors (helpers/errors.ts, helpers/validation.ts): empty input EmptyInputError; as many rows
 * as coefficients or fewer (no residual degrees of freedom) EmptyInputError; mismatched
 * lengths ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a design without full
 * column rank RankDeficiencyError naming the dependent columns of the fitted design (constant
 * column = 0); constant targets (R² undefined), a non-integer or non-positive degree, a level
 * outside (0, 1) or a non-boolean `intercept` InvalidArgumentError. `confidenceIntervals` also
 * throws InvalidArgumentError for a fit whose `dfResidual` is not a positive integer (0 or 2.5,
 * say), NonFiniteValueError for a non-finite coefficient or standard error, and
 * ShapeMismatchError when the two arrays differ in length. Messages start with the name of the
 * function called.
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` solves by
 * Householder QR (redone in double-double when the problem is ill-conditioned) and returns
 * diag((XᵀX)⁻¹) without inverting XᵀX, and the factor R of X = QR, whose singular values are
 * those of X; `fitPolynomialAccurate` forms the powers itself, in extended precision.
 * helpers/distributions.ts has `studentTTwoSidedPValue`, `fSurvival` and `studentTQuantile`;
 * helpers/linalg.ts has `singularValues`.
 *
 * @example
 * const fit = fitOLS([[1], [2], [3], [4], [5]], [2, 4, 5, 4, 5]);
 * fit.coefficients; // [2.2, 0.6]
 * fit.sigma; // sqrt(2.4 / 3) = 0.894…
 * fit.rSquared; // 0.6
 * fit.fStatistic; // 4.5, the square of the slope's t = 0.6 / sqrt(0.08)
 * confidenceIntervals(fit, 0.95)[1]; // { lower: 0.6 − 3.182…·0.283, upper: 0.6 + 3.182…·0.283 }
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export interface OLSOptions {
  /** Prepend the constant column (default true). */
  readonly intercept?: boolean;
}

/** An ordinary least-squares fit with the inference R `summary.lm` prints. */
export interface OLSFit {
  /** Least-squares estimates, the intercept first when there is one. */
  readonly coefficients: number[];
  /** sqrt of the diagonal of s²(XᵀX)⁻¹, s² = RSS/(n − p). */
  readonly standardErrors: number[];
  /** coefficient / standard error. */
  readonly tValues: number[];
  /** Two-sided Student-t p-values on n − p degrees of freedom. */
  readonly pValues: number[];
  /** ŷ = Xb. */
  readonly fitted: number[];
  /** y − ŷ. */
  readonly residuals: number[];
  /** Residual sum of squares Σ(y − ŷ)². */
  readonly rss: number;
  /** Residual standard deviation sqrt(RSS/(n − p)). */
  readonly sigma: number;
  /** Centered with an intercept, uncentered (against Σy²) without. */
  readonly rSquared: number;
  /** 1 − (1 − R²)(n − k)/(n − p), k = 1 with an intercept and 0 without. */
  readonly adjustedRSquared: number;
  /** Overall F against the intercept-only model (the zero model without an intercept). */
  readonly fStatistic: number;
  /** P(F(dfModel, dfResidual) > fStatistic). */
  readonly fPValue: number;
  /** p − k. */
  readonly dfModel: number;
  /** n − p. */
  readonly dfResidual: number;
  /** σmax/σmin of the design actually fitted (constant column included, unscaled). */
  readonly conditionNumber: number;
  /** Whether the constant column was fitted. */
  readonly intercept: boolean;
}

/** A two-sided confidence interval for one coefficient. */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
}

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  // TODO: validate, prepend the constant column when options.intercept is not false, solve
  // with fitLeastSquaresAccurate, then s² = RSS/(n − p), standard errors, t, p, R², adjusted R², F and
  // the condition number of the design as fitted.
  throw new NotImplementedError('01.06', 'fitOLS');
}

export function fitPolynomial(
  x: readonly number[],
  y: readonly number[],
  degree: number,
  options?: OLSOptions,
): OLSFit {
  // TODO: the columns x¹ … x^degree (and the constant), then the same fit as fitOLS.
  throw new NotImplementedError('01.06', 'fitPolynomial');
}

export function confidenceIntervals(fit: OLSFit, level: number): ConfidenceInterval[] {
  // TODO: b ± t(1 − (1 − level)/2; n − p)·se for each coefficient.
  throw new NotImplementedError('01.06', 'confidenceIntervals');
}
