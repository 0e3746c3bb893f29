/**
 * Kata 01.14 — Localising misfit
 *
 * RESET (kata 01.08) says *that* the mean is misspecified; these plots say *where*. The
 * added-variable plot for x_j shows y and x_j each with the other columns regressed out: by the
 * Frisch–Waugh–Lovell theorem its least-squares slope is b_j of the full fit and its residuals
 * are the full fit's. The component-plus-residual plot shows e + b_j·x_j against x_j itself, so
 * a curve in x_j's own effect shows as a curve there and not in the other columns' plots. The
 * remedy spends a stated budget of degrees of freedom: x_j's straight line is replaced by a
 * restricted cubic spline with k knots (k − 1 columns, linear beyond the outer knots), and a
 * nested F test says whether the k − 2 nonlinear columns earn their place.
 *
 * Theory: theory/week_01_linear_regression.md#localising-misfit
 *
 * Implement (a design X never holds the constant column; `intercept: true`, the default, adds
 * it; j is a 0-based column of X, the constant not counted; p counts the coefficients of the
 * linear fit, the constant included):
 * - `addedVariableData(X, y, j, { intercept = true })`: xResiduals = residuals of x_j and
 *   yResiduals = residuals of y, each regressed on the other columns (the constant among them
 *   when `intercept`), as R car::avPlots plots them; slope = Σ xResidualsᵢ·yResidualsᵢ /
 *   Σ xResidualsᵢ², the least-squares line through the origin (the plot's regression has no
 *   constant of its own); residuals = yResiduals − slope·xResiduals; standardError =
 *   √(Σ residualsᵢ²/(n − p)) / √(Σ xResidualsᵢ²), with the full model's n − p degrees of freedom,
 *   so that it is b_j's standard error in the full fit (R summary(lm)).
 * - `componentPlusResidualData(X, y, j, { intercept = true })`: x = column j as given; slope =
 *   b_j of the full fit; partialResiduals = e + b_j·(x_j − centre) with e the full fit's
 *   residuals and centre = mean(x_j) when `intercept`, 0 without: R's convention
 *   (residuals(fit, type = "partial") and car::crPlots centre each term at its mean when the
 *   model has an intercept, and not otherwise). The textbook form e + b_j·x_j differs by the
 *   constant b_j·mean(x_j): the same picture shifted.
 * - `defaultKnots(x, { knotCount = 5 })`: Harrell's default knots (R Hmisc::rcspline.eval,
 *   used by rms::rcs): quantiles of x (R quantile type 7) at knotCount equally spaced
 *   probabilities from `outer` to 1 − `outer`, with outer 0.1 for 3 knots, 0.05 for 4 to 6 and
 *   0.025 for 7 or more (for 5 knots: 0.05, 0.275, 0.5, 0.725, 0.95); when x has fewer than 100
 *   values the outer two knots are the 5th smallest and the 5th largest value instead; the knots
 *   are then sorted. knotCount is an integer from 3 to 10.
 * - `restrictedCubicSplineBasis(x, knots)`: one row per x: [x, S_1(x), …, S_{k−2}(x)], with
 *   t_1 < … < t_k the knots, u₊ = max(u, 0) and
 *   S_j(x) = [(x − t_j)₊³ − (x − t_{k−1})₊³·(t_k − t_j)/(t_k − t_{k−1})
 *            + (x − t_k)₊³·(t_{k−1} − t_j)/(t_k − t_{k−1})] / (t_k − t_1)²,
 *   Harrell's normalisation (Hmisc::rcspline.eval(x, knots, inclx = TRUE), norm = 2, the
 *   columns of rms::rcs), which keeps every column in the units of x. Linear below t_1 and
 *   above t_k.
 * - `splineTermTest(X, y, j, { knotCount = 5, intercept = true })`: refit with column j
 *   replaced, in place, by restrictedCubicSplineBasis(x_j, defaultKnots(x_j, { knotCount }))
 *   and F-test the k − 2 nonlinear columns: df1 = k − 2, df2 = n − p − df1, statistic =
 *   ((rssLinear − rssSpline)/df1)/(rssSpline/df2), pValue its upper F tail (R
 *   anova(lm(y ~ x1 + x2), lm(y ~ rcs(x1, k) + x2))). Returns the knots, the spline fit's
 *   coefficients (the constant first when `intercept`, then the columns of X in order, column j
 *   expanded to its k − 1 basis columns, as R orders lm(y ~ rcs(x1, k) + x2)), rssLinear,
 *   rssSpline, df1, df2, statistic and pValue.
 * helpers/least_squares.ts (`fitLeastSquares`) fits the regressions and
 * helpers/distributions.ts (`fSurvival`) gives the p-value.
 *
 * Errors: empty input, fewer rows than p + 1 (addedVariableData, componentPlusResidualData),
 * df2 below 1 (splineTermTest) or fewer than 6 values (defaultKnots) EmptyInputError; ragged
 * rows or mismatched lengths ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a j
 * that is not an integer column index of X, a knotCount that is not an integer from 3 to 10,
 * fewer than knotCount + 3 distinct values of x (defaultKnots; Hmisc would fall back to the
 * interior distinct values), fewer than 3 knots or knots that are not strictly increasing
 * (including default knots that tie), and an exact spline fit (rssSpline ≤ 1e-24·Σy², where F
 * is rounding noise) InvalidArgumentError; a design without full column rank once the constant
 * is added (and, in splineTermTest, once column j is expanded) RankDeficiencyError; sums of
 * squares (above 1.8e308 or, from a nonzero vector, below 2.2e-308), basis values, slopes or
 * standard errors beyond double precision NonFiniteValueError. Every message starts with the
 * function called. No function changes its input arrays.
 *
 * @example
 * restrictedCubicSplineBasis([0, 2, 4], [0, 1, 2]); // [[0, 0], [2, 1.5], [4, 4.5]]
 * defaultKnots([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { knotCount: 3 }); // [5, 5.5, 6]: n < 100
 * addedVariableData([[1, 0], [2, 1], [3, 0], [4, 1]], [1, 3, 3, 5], 1).slope; // 1 = b_2
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export interface PartialPlotOptions {
  /** Add the constant column to the design (default true). */
  readonly intercept?: boolean;
}

export interface DefaultKnotOptions {
  /** Number of knots k, an integer from 3 to 10; default 5 (Harrell's usual choice). */
  readonly knotCount?: number;
}

export interface SplineTermTestOptions extends PartialPlotOptions, DefaultKnotOptions {}

export interface AddedVariableData {
  /** Residuals of x_j regressed on the other columns (the constant among them when intercept). */
  readonly xResiduals: number[];
  /** Residuals of y regressed on the same columns. */
  readonly yResiduals: number[];
  /** Least-squares slope through the origin of yResiduals on xResiduals: b_j of the full fit. */
  readonly slope: number;
  /** √(Σ residuals²/(n − p))/√(Σ xResiduals²): b_j's standard error in the full fit. */
  readonly standardError: number;
  /** yResiduals − slope·xResiduals: the full fit's residuals. */
  readonly residuals: number[];
}

export interface ComponentPlusResidualData {
  /** Column j of X, as given. */
  readonly x: number[];
  /** e + b_j·(x_j − centre), R residuals(fit, type = "partial"). */
  readonly partialResiduals: number[];
  /** b_j of the full fit. */
  readonly slope: number;
  /** mean(x_j) with an intercept (R centres the term), 0 without. */
  readonly centre: number;
}

export interface SplineTermTestResult {
  /** The k knots used, increasing (defaultKnots of column j). */
  readonly knots: number[];
  /** The spline fit's coefficients: constant, then X's columns with column j's k − 1 basis columns in its place. */
  readonly coefficients: number[];
  readonly rssLinear: number;
  readonly rssSpline: number;
  /** k − 2: the nonlinear basis columns added. */
  readonly df1: number;
  /** n − p − (k − 2), p counting the linear fit's coefficients. */
  readonly df2: number;
  readonly statistic: number;
  readonly pValue: number;
}

export function addedVariableData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): AddedVariableData {
  // TODO: regress x_j and y on the other columns; the slope through the origin of one set of
  // residuals on the other, and its standard error with the full model's n − p df.
  throw new NotImplementedError('01.14', 'addedVariableData');
}

export function componentPlusResidualData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): ComponentPlusResidualData {
  // TODO: fit the full model; add b_j·(x_j − centre) back to its residuals.
  throw new NotImplementedError('01.14', 'componentPlusResidualData');
}

export function defaultKnots(x: readonly number[], options: DefaultKnotOptions = {}): number[] {
  // TODO: type-7 quantiles at Harrell's probabilities; below 100 values, the 5th from each end.
  throw new NotImplementedError('01.14', 'defaultKnots');
}

export function restrictedCubicSplineBasis(
  x: readonly number[],
  knots: readonly number[],
): number[][] {
  // TODO: [x, S_1(x), …, S_{k−2}(x)], truncated cubes combined so the spline is linear beyond
  // the outer knots, divided by (t_k − t_1)².
  throw new NotImplementedError('01.14', 'restrictedCubicSplineBasis');
}

export function splineTermTest(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: SplineTermTestOptions = {},
): SplineTermTestResult {
  // TODO: replace column j by its spline basis, refit, and F-test the k − 2 nonlinear columns.
  throw new NotImplementedError('01.14', 'splineTermTest');
}
