/**
 * Kata 01.07 — Residual diagnostics
 *
 * The residuals are the model's errors made visible, but raw residuals mislead: a point far
 * out in x pulls the line towards itself and hides its own error. The hat diagonal h (leverage)
 * measures that pull, Var(eᵢ) = σ²(1 − hᵢ), so residuals are compared on a common scale once
 * studentized: internally with the full-fit s (R `rstandard`), externally with s(i) from the
 * fit without observation i (R `rstudent`, a t statistic on n − p − 1 df). Cook's distance and
 * DFFITS combine residual and leverage into the influence of a point on the fit, and PRESS
 * residuals eᵢ/(1 − hᵢ) are the leave-one-out prediction errors, for free. R's `plot.lm` shows
 * four panels built from these numbers.
 *
 * Theory: theory/week_01_linear_regression.md#residual-diagnostics
 *
 * Implement (X holds the predictors only; `intercept` (default true) prepends the constant
 * column, and p counts it; with `intercept: false` the design is X itself and p its column
 * count, in every formula below, Cook's contours included):
 * - `influenceMeasures(X, y, options)`: leverage hᵢ (sums to p), studentizedInternal
 *   eᵢ/(s·sqrt(1 − hᵢ)), studentizedExternal eᵢ/(s(i)·sqrt(1 − hᵢ)) with
 *   s(i)² = (RSS − eᵢ²/(1 − hᵢ))/(n − p − 1), cooksDistance rᵢ²·hᵢ/(p(1 − hᵢ)) with r internal,
 *   dffits tᵢ·sqrt(hᵢ/(1 − hᵢ)) with t external.
 * - `pressResiduals(X, y, options)`: eᵢ/(1 − hᵢ) and the PRESS statistic Σ of their squares.
 * - `ppoints(n)`: R's plotting positions (i − a)/(n + 1 − 2a), i = 1 … n, a = 3/8 for n ≤ 10,
 *   else 1/2; n must be a positive integer.
 * - `diagnosticPlotData(X, y, options)`: the data of the four `plot.lm` panels, each array in
 *   row order unless said otherwise: residuals vs fitted; normal Q-Q (the standardized residuals
 *   sorted ascending, `sample`, against qnorm(ppoints(n)), `theoretical`, with `observation[k]`
 *   the 0-based row whose residual is `sample[k]`: sample[k] = standardized[observation[k]], ties
 *   in row order); scale-location (sqrt|standardized residual| vs fitted); residuals vs leverage
 *   with Cook's distance contours r = ±sqrt(D·p·(1 − h)/h) at D = 0.5 and 1 (in that order), on
 *   101 evenly spaced leverages from max h/100 to max h. "Standardized" means internally
 *   studentized, as in R. No function changes its input arrays.
 *
 * Leverage 1 (a point that alone determines one direction of the fit, like the single x = 19 of
 * Anscombe's fourth set; any h within 1e-10 of 1): its residual is exactly 0 and its leave-one-out
 * fit is not identified. R reports NaN there; this lab never returns NaN, so such a point gets
 * leverage exactly 1, studentized residuals 0 (the data hold no information about its error),
 * and cooksDistance, dffits and its PRESS residual +Infinity (its influence is unbounded). A
 * 0/0 elsewhere (a perfect fit, s = 0 or s(i) = 0 with a zero residual) is 0; a nonzero
 * residual over a zero scale is ±Infinity. A fit is perfect when RSS ≤ 1e-24·Σy² (residuals
 * below 1e-12 of y's size are rounding, as in kata 01.08's RESET): its residuals count as 0.
 * The fit without row i is perfect when RSS(i) = RSS − eᵢ²/(1 − hᵢ) ≤ 1e-12·sqrt(Σy²·RSS),
 * the rounding of that difference: then s(i) = 0.
 *
 * Errors: empty input EmptyInputError; fewer than p + 2 rows for influenceMeasures (s(i) needs
 * n − p − 1 ≥ 1) or p + 1 rows for the others EmptyInputError; mismatched lengths
 * ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a rank-deficient design
 * RankDeficiencyError; an n for ppoints that is not a positive integer (0, 2.5 or NaN, say) or
 * a non-boolean `intercept` InvalidArgumentError; a result beyond double precision (the PRESS
 * statistic of y near 10^±200 is near 10^±400) NonFiniteValueError saying the data overflow.
 * Everything that is a double at y × 10^±200 is right there: the scale-free measures are the
 * same as at scale 1 (fit y in scaled units). Messages start with the name of the function called.
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` returns the
 * residuals and the hat diagonal from its QR factors (in double-double when the problem is
 * ill-conditioned); helpers/distributions.ts has `normalQuantile`.
 *
 * @example
 * const X = [[1], [2], [3], [4], [5]];
 * const y = [2, 4, 5, 4, 5]; // fitted line 2.2 + 0.6x, s² = 0.8
 * influenceMeasures(X, y).leverage; // [0.6, 0.3, 0.2, 0.3, 0.6]
 * influenceMeasures(X, y).cooksDistance[0]; // 1.5
 * pressResiduals(X, y).residuals[0]; // −0.8 / (1 − 0.6) = −2
 * ppoints(5)[0]; // (1 − 3/8) / (5 + 1/4) = 0.119…
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export interface DiagnosticOptions {
  /** Prepend the constant column (default true); p counts it. */
  readonly intercept?: boolean;
}

/** R `influence.measures` quantities, one value per observation. */
export interface InfluenceMeasures {
  /** Diagonal of the hat matrix; sums to p. */
  readonly leverage: number[];
  /** e / (s·sqrt(1 − h)) (R rstandard). */
  readonly studentizedInternal: number[];
  /** e / (s(i)·sqrt(1 − h)), leave-one-out s (R rstudent). */
  readonly studentizedExternal: number[];
  /** r² h / (p (1 − h)), r internal (R cooks.distance). */
  readonly cooksDistance: number[];
  /** t·sqrt(h / (1 − h)), t external (R dffits). */
  readonly dffits: number[];
}

export interface PressResult {
  /** e / (1 − h) = y − ŷ(i): the error predicting observation i from the fit without it. */
  readonly residuals: number[];
  /** Σ of the squared PRESS residuals. */
  readonly statistic: number;
}

/** Points (h, ±r) on which Cook's distance equals `level`. */
export interface CooksContour {
  readonly level: number;
  readonly leverage: number[];
  readonly upper: number[];
  readonly lower: number[];
}

/** The data behind R's four `plot.lm` panels. */
export interface DiagnosticPlotData {
  readonly residualsVsFitted: { readonly fitted: number[]; readonly residuals: number[] };
  /** Sorted standardized residuals against qnorm(ppoints(n)); `observation` is each one's row. */
  readonly normalQQ: {
    readonly theoretical: number[];
    readonly sample: number[];
    readonly observation: number[];
  };
  readonly scaleLocation: { readonly fitted: number[]; readonly sqrtAbsStandardized: number[] };
  readonly residualsVsLeverage: {
    readonly leverage: number[];
    readonly standardized: number[];
    readonly cooksContours: CooksContour[];
  };
}

export function influenceMeasures(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): InfluenceMeasures {
  // TODO: fit once (fitLeastSquaresAccurate gives residuals and leverage), then every measure from
  // e, h, s and s(i) — no refitting needed. Decide what leverage 1 returns (never NaN).
  throw new NotImplementedError('01.07', 'influenceMeasures');
}

export function pressResiduals(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): PressResult {
  // TODO: e / (1 − h) and the sum of their squares.
  throw new NotImplementedError('01.07', 'pressResiduals');
}

export function ppoints(n: number): number[] {
  // TODO: (i − a)/(n + 1 − 2a) for i = 1 … n, a = 3/8 when n ≤ 10, else 1/2.
  throw new NotImplementedError('01.07', 'ppoints');
}

export function diagnosticPlotData(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): DiagnosticPlotData {
  // TODO: the four plot.lm panels from the fit, the standardized residuals and the leverage.
  throw new NotImplementedError('01.07', 'diagnosticPlotData');
}
