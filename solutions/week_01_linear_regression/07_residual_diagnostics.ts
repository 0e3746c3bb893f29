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
import { normalQuantile } from '../../helpers/distributions';
import { EmptyInputError } from '../../helpers/errors';
import {
  fitLeastSquaresAccurate,
  type LeastSquaresFit,
  powerOfTwoScaleOf,
} from '../../helpers/least_squares';
import {
  checkMatrix,
  checkNoOverflow,
  scaleBack,
  checkSameLength,
  checkVector,
  type MatrixInput,
  maxOf,
  checkOptions,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

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

/** h this close to 1 is the rounding of an exact 1. */
const UNIT_LEVERAGE_TOLERANCE = 1e-10;
/** RSS at most this fraction of Σy² (residuals below 1e-12 of y's size) is rounding: a perfect fit. */
const EXACT_FIT_RSS_RATIO = 1e-24;

const sumOfSquares = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value * value, 0);
const COOKS_LEVELS = [0.5, 1];
const CONTOUR_POINTS = 101;

interface Analysis {
  readonly n: number;
  readonly p: number;
  /** The fit of y / yScale: residuals, fitted values and RSS in scaled units. */
  readonly fit: LeastSquaresFit;
  /** Leverage with values within rounding of 1 set to exactly 1. */
  readonly leverage: number[];
  /** y / yScale, the targets as fitted. */
  readonly targets: number[];
  /** A power of two (exact): y at 10^±200 is fitted at order one, where RSS neither overflows nor underflows. */
  readonly yScale: number;
}

/** num/den without NaN: 0/0 is 0, x/0 is ±Infinity. */
function safeRatio(numerator: number, denominator: number): number {
  if (denominator !== 0) return numerator / denominator;
  return numerator === 0 ? 0 : Math.sign(numerator) * Number.POSITIVE_INFINITY;
}

function analyse(
  functionName: string,
  X: MatrixInput,
  y: readonly number[],
  options: DiagnosticOptions | undefined,
  extraRows: number,
): Analysis {
  const rows = checkMatrix(functionName, 'X', X);
  const targets = checkVector(functionName, 'y', y);
  checkSameLength(functionName, 'rows', rows.length, 'targets', targets.length);
  // checkOptions refuses an intercept that is not a boolean.
  const intercept = checkOptions(functionName, options).intercept ?? true;
  const design = intercept ? rows.map((row) => [1, ...row]) : rows;
  const n = design.length;
  const p = design[0]!.length;
  if (n < p + extraRows) {
    throw new EmptyInputError(
      functionName,
      `requires at least ${p + extraRows} rows for ${p} fitted coefficients (got ${n})`,
    );
  }
  // Studentized residuals, leverage and Cook's distance are scale-free, so the fit is made in
  // units of a power of two near |y|'s largest (exact); only what has y's units is scaled back.
  const yScale = powerOfTwoScaleOf(targets);
  const scaledTargets = targets.map((value) => value / yScale);
  const computed = fitLeastSquaresAccurate(functionName, design, scaledTargets);
  const leverage = computed.leverage.map((h) => (h >= 1 - UNIT_LEVERAGE_TOLERANCE ? 1 : h));
  // A line that is exact in real arithmetic leaves residuals of rounding size, and s of the same
  // size: their ratios are noise of order 1 (−2.7 at x = 1 for y = 2x + 1 on x = 1…5). The rule
  // for an exact fit is the one RESET and the 01.09 screen use.
  const exact = computed.rss <= EXACT_FIT_RSS_RATIO * sumOfSquares(scaledTargets);
  const fit = exact
    ? { ...computed, residuals: computed.residuals.map(() => 0), rss: 0 }
    : computed;
  return { n, p, fit, leverage, targets: scaledTargets, yScale };
}

/** Values in y's units from scaled ones (exact), refused where they overflow double precision. */
function unscaled(functionName: string, what: string, values: number[], yScale: number): number[] {
  const result = values.map((value) => value * yScale);
  checkNoOverflow(functionName, what, result);
  return result;
}

/** Internally studentized residuals; 0 where h = 1 (the residual is 0 and carries nothing). */
function standardize(analysis: Analysis): number[] {
  const { n, p, fit, leverage } = analysis;
  const s = Math.sqrt(fit.rss / (n - p));
  return fit.residuals.map((e, i) => {
    const h = leverage[i]!;
    return h === 1 ? 0 : safeRatio(e, s * Math.sqrt(1 - h));
  });
}

export function influenceMeasures(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): InfluenceMeasures {
  const analysis = analyse('influenceMeasures', X, y, options, 2);
  const { n, p, fit, leverage } = analysis;
  const studentizedInternal = standardize(analysis);
  // RSS(i) is a difference of two numbers the size of the RSS, rounded at about ε·‖y‖·‖e‖: where
  // the fit without row i is exact, that rounding would become s(i) ≈ 1e-8 and t(i) ≈ 1e8. Below
  // 1e-12·‖y‖·‖e‖ it counts as 0, which at RSS = 1e-24·Σy² is the full fit's own rule.
  const deletedRoundingLevel = 1e-12 * Math.sqrt(sumOfSquares(analysis.targets) * fit.rss);
  const studentizedExternal = fit.residuals.map((e, i) => {
    const h = leverage[i]!;
    if (h === 1) return 0;
    // Deleting row i removes e²/(1 − h) from the RSS (the PRESS identity) and one df.
    const deletedRss = fit.rss - (e * e) / (1 - h);
    const deleted = deletedRss <= deletedRoundingLevel ? 0 : deletedRss / (n - p - 1);
    return safeRatio(e, Math.sqrt(deleted) * Math.sqrt(1 - h));
  });
  const cooksDistance = studentizedInternal.map((r, i) => {
    const h = leverage[i]!;
    return h === 1 ? Number.POSITIVE_INFINITY : (r * r * h) / (p * (1 - h));
  });
  const dffits = studentizedExternal.map((t, i) => {
    const h = leverage[i]!;
    return h === 1 ? Number.POSITIVE_INFINITY : t * Math.sqrt(h / (1 - h));
  });
  return { leverage, studentizedInternal, studentizedExternal, cooksDistance, dffits };
}

export function pressResiduals(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): PressResult {
  const name = 'pressResiduals';
  const { fit, leverage, yScale } = analyse(name, X, y, options, 1);
  const scaledResiduals = fit.residuals.map((e, i) => {
    const h = leverage[i]!;
    return h === 1 ? Number.POSITIVE_INFINITY : e / (1 - h);
  });
  const residuals = scaledResiduals.map((value) => value * yScale);
  checkNoOverflow(
    name,
    'the PRESS residuals',
    residuals.filter((_, i) => leverage[i] !== 1),
  );
  const scaledStatistic = scaledResiduals.reduce((sum, value) => sum + value * value, 0);
  // +∞ from a unit leverage is the answer; otherwise a sum near 10^±400 is refused.
  const statistic = Number.isFinite(scaledStatistic)
    ? scaleBack(name, 'the PRESS statistic', scaledStatistic, yScale, yScale)
    : scaledStatistic;
  return { residuals, statistic };
}

export function ppoints(n: number): number[] {
  checkCount('ppoints', 'n', n, { min: 1, max: LIMITS.rows });
  const a = n <= 10 ? 3 / 8 : 1 / 2;
  return Array.from({ length: n }, (_, i) => (i + 1 - a) / (n + 1 - 2 * a));
}

export function diagnosticPlotData(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): DiagnosticPlotData {
  const name = 'diagnosticPlotData';
  const analysis = analyse(name, X, y, options, 1);
  const { n, p, fit, leverage, yScale } = analysis;
  const fitted = unscaled(name, 'the fitted values', fit.fitted, yScale);
  const residuals = unscaled(name, 'the residuals', fit.residuals, yScale);
  const standardized = standardize(analysis);

  const observation = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => standardized[a]! - standardized[b]!,
  );
  const theoretical = ppoints(n).map(normalQuantile);

  const maxLeverage = maxOf(leverage);
  const grid = Array.from(
    { length: CONTOUR_POINTS },
    (_, k) => maxLeverage / 100 + ((maxLeverage - maxLeverage / 100) * k) / (CONTOUR_POINTS - 1),
  );
  const cooksContours = COOKS_LEVELS.map((level) => {
    // D = r²h/(p(1 − h)) solved for r; p counts the intercept, as in the distance itself.
    const upper = grid.map((h) => Math.sqrt((level * p * (1 - h)) / h));
    return { level, leverage: grid, upper, lower: upper.map((r) => -r) };
  });

  return {
    residualsVsFitted: { fitted, residuals },
    normalQQ: {
      theoretical,
      sample: observation.map((i) => standardized[i]!),
      observation,
    },
    scaleLocation: {
      fitted,
      sqrtAbsStandardized: standardized.map((r) => Math.sqrt(Math.abs(r))),
    },
    residualsVsLeverage: { leverage, standardized, cooksContours },
  };
}
