/**
 * Kata 01.12 — Prediction intervals vs confidence intervals for the mean
 *
 * At a new point x₀ a fitted line answers two different questions. Where is the mean
 * E[y | x₀] = x₀ᵀβ? Its estimate ŷ₀ = x₀ᵀb is uncertain only through b, so its standard error
 * s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) shrinks towards 0 as n grows. Where will one new observation
 * y₀ = x₀ᵀβ + ε₀ fall? That adds the new error itself: s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀), never below
 * s however large n is. Both intervals use Student t on n − p degrees of freedom, exact under
 * normal errors (A6). The interval for the mean is an average of many errors and the central
 * limit theorem rescues it when A6 fails; the prediction interval is about a single error, and
 * its tails stay those of the error distribution at any n.
 *
 * Theory: theory/week_01_linear_regression.md#prediction-intervals
 *
 * Implement (R `predict(lm(…), newdata, interval = "confidence" or "prediction", level,
 * se.fit = TRUE)`; Kutner et al. §2.4–2.5, ISLR §3.2.2):
 * - `predictWithIntervals(X, y, newX, { level = 0.95, intercept = true })`: fit y on X by least
 *   squares, X holding the predictors only (with `intercept` the constant column is prepended
 *   to X and to every row of newX, as R's formula does), then at each row x₀ of newX:
 *   `predicted` ŷ₀ = x₀ᵀb; `seMean` = s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀) (R's `se.fit`); `sePrediction` =
 *   s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀); `confidence` = ŷ₀ ± t·seMean, for E[y | x₀]; `prediction` =
 *   ŷ₀ ± t·sePrediction, for a new y₀. Here s² = RSS/(n − p) with p counting every fitted
 *   coefficient (the intercept too), and t = t(1 − (1 − level)/2; n − p). The result also holds
 *   `residualScale` s (R's `residual.scale`), `dfResidual` n − p (R's `df`) and `criticalValue`
 *   t. Arrays have one entry per row of newX, in its order.
 * A perfect fit (RSS = 0) gives zero-width intervals, never NaN. Data at any scale (10^±200) give
 * finite answers or a NonFiniteValueError saying they overflow. No function changes its inputs.
 *
 * Errors (helpers/errors.ts, helpers/validation.ts): empty X, y or newX EmptyInputError; as many
 * rows as fitted coefficients or fewer (no residual degrees of freedom) EmptyInputError; y of
 * another length than X, or a row of X or newX of another width than X's first row,
 * ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a design without full column rank
 * RankDeficiencyError naming the dependent columns of the fitted design (constant column = 0);
 * a level outside (0, 1) or a non-boolean `intercept` InvalidArgumentError. Messages start with
 * `predictWithIntervals`.
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` returns b, the
 * residuals and the factor R of X = QR, and XᵀX = RᵀR, so x₀ᵀ(XᵀX)⁻¹x₀ = ‖R⁻ᵀx₀‖²: one forward
 * substitution, no inverse; helpers/distributions.ts has `studentTQuantile`; helpers/validation.ts
 * has `normOf`, a norm whose squares cannot overflow.
 *
 * @example
 * // Anscombe's set I; R: predict(lm(y1 ~ x1, anscombe), data.frame(x1 = 9), se.fit = TRUE,
 * // interval = "confidence") and interval = "prediction"
 * const at9 = predictWithIntervals(x1.map((v) => [v]), y1, [[9]]);
 * at9.predicted; // [7.50091], at x̄ = 9
 * at9.seMean; // [0.37285] = s/√11 with s = 1.23660
 * at9.confidence[0]; // { lower: 6.65746, upper: 8.34435 }
 * at9.prediction[0]; // { lower: 4.57913, upper: 10.42269 }: 7.50091 ± 2.26216·s·sqrt(1 + 1/11)
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export interface PredictionIntervalOptions {
  /** Coverage probability of both intervals, strictly between 0 and 1 (default 0.95, R's). */
  readonly level?: number;
  /** Prepend the constant column to X and to newX (default true). */
  readonly intercept?: boolean;
}

/** A two-sided interval at one new point. */
export interface IntervalAtPoint {
  readonly lower: number;
  readonly upper: number;
}

/** R `predict.lm` with `se.fit = TRUE`, for both kinds of interval at once. */
export interface PredictionIntervals {
  /** ŷ₀ = x₀ᵀb at each row of newX (R's `fit`). */
  readonly predicted: number[];
  /** s·sqrt(x₀ᵀ(XᵀX)⁻¹x₀): the standard error of ŷ₀ as an estimate of E[y | x₀] (R's `se.fit`). */
  readonly seMean: number[];
  /** s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀): the standard error of ŷ₀ as a forecast of a new y₀. */
  readonly sePrediction: number[];
  /** ŷ₀ ± t·seMean: the interval for the mean E[y | x₀] (R's `interval = "confidence"`). */
  readonly confidence: IntervalAtPoint[];
  /** ŷ₀ ± t·sePrediction: the interval for a new y₀ (R's `interval = "prediction"`). */
  readonly prediction: IntervalAtPoint[];
  /** s = sqrt(RSS/(n − p)) (R's `residual.scale`). */
  readonly residualScale: number;
  /** n − p, p counting the intercept (R's `df`). */
  readonly dfResidual: number;
  /** t(1 − (1 − level)/2; n − p), the multiplier of both standard errors. */
  readonly criticalValue: number;
}

export function predictWithIntervals(
  X: MatrixInput,
  y: readonly number[],
  newX: MatrixInput,
  options?: PredictionIntervalOptions,
): PredictionIntervals {
  // TODO: validate; prepend the constant column to X and newX when options.intercept is not
  // false; fit with fitLeastSquaresAccurate; s² = RSS/(n − p); then for each new row x₀ the
  // quadratic form x₀ᵀ(XᵀX)⁻¹x₀ = ‖R⁻ᵀx₀‖², the two standard errors and the two intervals.
  throw new NotImplementedError('01.12', 'predictWithIntervals');
}
