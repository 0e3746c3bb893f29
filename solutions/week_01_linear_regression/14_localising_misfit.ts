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
import { fSurvival } from '../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
} from '../../helpers/errors';
import { columnScales, powerOfTwoScaleOf } from '../../helpers/least_squares';
import {
  checkCount,
  checkMatrix,
  checkNoOverflow,
  checkOptions,
  checkSameLength,
  checkVector,
  normOf,
  type MatrixInput,
} from '../../helpers/validation';

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

/** Harrell's range for knot counts: 3 is the least a restricted cubic spline needs. */
const MAX_KNOTS = 10;
/** Hmisc::rcspline.eval refuses to place default knots with fewer values than this. */
const MIN_VALUES_FOR_KNOTS = 6;
/** An RSS at most this fraction of Σy² is an exact fit to rounding (as in kata 01.08's RESET). */
const EXACT_FIT = 1e-24;

interface Prepared {
  readonly rows: number[][];
  readonly targets: number[];
  readonly design: number[][];
  /** Column j's index in the design (shifted by one when the constant leads). */
  readonly column: number;
  readonly intercept: boolean;
  readonly p: number;
}

function prepare(
  name: string,
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions | undefined,
): Prepared {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const intercept = checkOptions(name, options).intercept ?? true;
  const width = rows[0]!.length;
  const index = checkCount(name, 'j', j, { min: 0, max: width - 1 });
  const design = intercept ? rows.map((row) => [1, ...row]) : rows;
  return {
    rows,
    targets,
    design,
    column: index + (intercept ? 1 : 0),
    intercept,
    p: width + (intercept ? 1 : 0),
  };
}

function requireResidualDf(name: string, n: number, p: number): void {
  if (n <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than fitted coefficients (got ${n} rows and ${p} coefficients)`,
    );
  }
}

/** Σ values², refused when it overflows or underflows to a false 0. */
function sumOfSquares(name: string, what: string, values: readonly number[]): number {
  const norm = normOf(values);
  const squares = norm * norm;
  if (!Number.isFinite(squares) || (squares === 0 && norm > 0)) {
    throw new NonFiniteValueError(
      name,
      `cannot represent ${what}: the data leave double precision (‖e‖ = ${norm}); rescale y`,
    );
  }
  return squares;
}

interface LeastSquares {
  readonly coefficients: number[];
  readonly residuals: number[];
}

/**
 * Least squares by Householder QR, for coefficients and residuals only (the plots need no
 * standard errors beyond b_j's, which FWL gives): columns and y scaled by powers of two (exact)
 * so that data at 10^±200 neither overflow nor underflow, then Qᵀy, back substitution, and the
 * residuals as Q applied to the part of Qᵀy that the columns leave. A column whose |R_kk| is at
 * most max(n, p)·ε of its own norm is, to rounding, a combination of the columns before it
 * (kata 01.04's rank test): RankDeficiencyError, naming the design's columns, 0-based.
 * helpers/least_squares.ts would do as well; this skips the refinement and the inverse that the
 * plots do not need, which keeps the Monte Carlo specs inside their time budget.
 */
function leastSquares(
  name: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
): LeastSquares {
  const n = design.length;
  const p = design[0]!.length;
  const scales = columnScales(design);
  const yScale = powerOfTwoScaleOf(targets);
  const a = new Float64Array(n * p);
  design.forEach((row, i) => {
    for (let j = 0; j < p; j += 1) a[j * n + i] = row[j]! / scales[j]!;
  });
  const r = Float64Array.from(targets, (value) => value / yScale);
  const diagonal = new Float64Array(p);
  const betas = new Float64Array(p);
  const dependent: number[] = [];
  const reflect = (k: number, beta: number, offset: number): void => {
    let dot = 0;
    for (let i = k; i < n; i += 1) dot += a[k * n + i]! * a[offset + i]!;
    const scale = beta * dot;
    for (let i = k; i < n; i += 1) a[offset + i] = a[offset + i]! - scale * a[k * n + i]!;
  };
  const reflectTarget = (k: number): void => {
    let dot = 0;
    for (let i = k; i < n; i += 1) dot += a[k * n + i]! * r[i]!;
    const scale = betas[k]! * dot;
    for (let i = k; i < n; i += 1) r[i] = r[i]! - scale * a[k * n + i]!;
  };
  for (let k = 0; k < p; k += 1) {
    let columnSquares = 0;
    for (let i = 0; i < n; i += 1) columnSquares += a[k * n + i]! ** 2;
    let squares = 0;
    for (let i = k; i < n; i += 1) squares += a[k * n + i]! ** 2;
    const norm = Math.sqrt(squares);
    if (norm <= Math.max(n, p) * Number.EPSILON * Math.sqrt(columnSquares)) {
      dependent.push(k);
      continue;
    }
    const head = a[k * n + k]!;
    // Reflect onto −sign(head)·‖x‖·e_k so that head − alpha adds two numbers of one sign.
    const alpha = head > 0 ? -norm : norm;
    a[k * n + k] = head - alpha;
    let vv = 0;
    for (let i = k; i < n; i += 1) vv += a[k * n + i]! ** 2;
    betas[k] = 2 / vv;
    diagonal[k] = alpha;
    for (let j = k + 1; j < p; j += 1) reflect(k, betas[k]!, j * n);
    reflectTarget(k);
  }
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (column${dependent.length > 1 ? 's' : ''} ${dependent.join(', ')} of the fitted design depend${dependent.length > 1 ? '' : 's'} on the others; got ${n} rows and ${p} columns)`,
      dependent,
    );
  }
  const solution = new Float64Array(p);
  for (let k = p - 1; k >= 0; k -= 1) {
    let sum = r[k]!;
    for (let j = k + 1; j < p; j += 1) sum -= a[j * n + k]! * solution[j]!;
    solution[k] = sum / diagonal[k]!;
  }
  // Residual = Q·[0; (Qᵀy)_{p…n−1}]: the reflections again, in reverse order.
  for (let k = 0; k < p; k += 1) r[k] = 0;
  for (let k = p - 1; k >= 0; k -= 1) reflectTarget(k);
  return {
    coefficients: Array.from(solution, (c, j) => (c / scales[j]!) * yScale),
    residuals: Array.from(r, (e) => e * yScale),
  };
}

const columnOf = (rows: readonly number[][], j: number): number[] => rows.map((row) => row[j]!);

export function addedVariableData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): AddedVariableData {
  const name = 'addedVariableData';
  const { design, targets, column, p } = prepare(name, X, y, j, options);
  const n = targets.length;
  requireResidualDf(name, n, p);
  const others = design.map((row) => row.filter((_, k) => k !== column));
  const xColumn = columnOf(design, column);
  // With no other columns (one column, no intercept) the residuals are x_j and y themselves.
  const xResiduals = leastSquares(name, others, xColumn).residuals;
  const yResiduals = leastSquares(name, others, targets).residuals;
  // x_j in the span of the others leaves nothing to plot: the design is rank deficient. The
  // cut-off is the QR rank test's (kata 01.04): a sine below max(n, p)·ε.
  const xNorm = normOf(xResiduals);
  if (xNorm <= Math.max(n, p) * Number.EPSILON * normOf(xColumn)) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (column ${column} of the fitted design is a combination of the others; got ${n} rows and ${p} columns)`,
      [column],
    );
  }
  // Frisch–Waugh–Lovell: the slope of ỹ on x̃ is b_j. Divided by ‖x̃‖ first so nothing overflows.
  const direction = xResiduals.map((value) => value / xNorm);
  const slope = direction.reduce((sum, u, i) => sum + u * yResiduals[i]!, 0) / xNorm;
  const residuals = yResiduals.map((value, i) => value - slope * xResiduals[i]!);
  // The plot's own regression would divide by n − 1: it does not see the p − 1 other columns.
  const standardError = normOf(residuals) / Math.sqrt(n - p) / xNorm;
  checkNoOverflow(name, 'the slope and its standard error', [slope, standardError]);
  return { xResiduals, yResiduals, slope, standardError, residuals };
}

export function componentPlusResidualData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): ComponentPlusResidualData {
  const name = 'componentPlusResidualData';
  const { design, rows, targets, column, intercept, p } = prepare(name, X, y, j, options);
  requireResidualDf(name, targets.length, p);
  const fit = leastSquares(name, design, targets);
  const x = columnOf(rows, column - (intercept ? 1 : 0));
  const slope = fit.coefficients[column]!;
  // R centres the term only when an intercept can absorb the constant it removes.
  const centre = intercept ? x.reduce((sum, value) => sum + value / x.length, 0) : 0;
  const partialResiduals = fit.residuals.map((e, i) => e + slope * (x[i]! - centre));
  checkNoOverflow(name, 'the partial residuals', partialResiduals);
  return { x, partialResiduals, slope, centre };
}

function readKnotCount(name: string, options: DefaultKnotOptions | undefined): number {
  const knotCount = checkOptions(name, options).knotCount ?? 5;
  return checkCount(name, 'knotCount', knotCount, { min: 3, max: MAX_KNOTS });
}

/** R quantile(type = 7) of sorted values: (1 − h)·x_lo + h·x_hi at index (n − 1)·prob. */
function quantileType7(sorted: readonly number[], prob: number): number {
  const index = (sorted.length - 1) * prob;
  const lo = Math.floor(index);
  const h = index - lo;
  const low = sorted[lo]!;
  return (1 - h) * low + h * sorted[Math.min(lo + 1, sorted.length - 1)]!;
}

function requireIncreasing(name: string, what: string, knots: readonly number[]): void {
  for (let i = 1; i < knots.length; i += 1) {
    if (!(knots[i]! > knots[i - 1]!)) {
      throw new InvalidArgumentError(
        name,
        `requires ${what} to be strictly increasing (got ${knots.join(', ')})`,
      );
    }
  }
}

function knotsOf(name: string, values: readonly number[], knotCount: number): number[] {
  const n = values.length;
  if (n < MIN_VALUES_FOR_KNOTS) {
    throw new EmptyInputError(
      name,
      `requires at least ${MIN_VALUES_FOR_KNOTS} values of x to place default knots (got ${n})`,
    );
  }
  const sorted = values.slice().sort((a, b) => a - b);
  // sorted[−1] is undefined, so the first value always counts.
  const distinct = sorted.filter((value, i) => value !== sorted[i - 1]).length;
  if (distinct < knotCount + 3) {
    throw new InvalidArgumentError(
      name,
      `requires at least knotCount + 3 = ${knotCount + 3} distinct values of x for ${knotCount} knots (got ${distinct})`,
    );
  }
  const outer = knotCount === 3 ? 0.1 : knotCount > 6 ? 0.025 : 0.05;
  // R seq(outer, 1 − outer, length.out = k): from + i·by, the last exactly 1 − outer.
  const by = (1 - 2 * outer) / (knotCount - 1);
  const probs = Array.from({ length: knotCount }, (_, i) =>
    i === knotCount - 1 ? 1 - outer : outer + i * by,
  );
  const knots = probs.map((prob) => quantileType7(sorted, prob));
  if (n < 100) {
    // Harrell: with few rows the 5% quantiles sit on one or two points; use the 5th from each end.
    knots[0] = sorted[4]!;
    knots[knotCount - 1] = sorted[n - 5]!;
  }
  knots.sort((a, b) => a - b);
  requireIncreasing(name, 'the default knots', knots);
  return knots;
}

export function defaultKnots(x: readonly number[], options: DefaultKnotOptions = {}): number[] {
  const name = 'defaultKnots';
  const values = checkVector(name, 'x', x);
  return knotsOf(name, values, readKnotCount(name, options));
}

/** Rows [x, S_1(x), …, S_{k−2}(x)], every truncated cube divided by (t_k − t_1)² via u/span. */
function basisOf(values: readonly number[], knots: readonly number[]): number[][] {
  const k = knots.length;
  const first = knots[0]!;
  const last = knots[k - 1]!;
  const penultimate = knots[k - 2]!;
  const span = last - first;
  const tail = last - penultimate;
  // (u/span)³·span = u³/span²: the ratio first, so x and the knots at 10^±200 stay finite.
  const cube = (u: number): number => (u > 0 ? (u / span) ** 3 * span : 0);
  return values.map((x) => {
    const beyondPenultimate = cube(x - penultimate);
    const beyondLast = cube(x - last);
    const row = [x];
    for (let j = 0; j < k - 2; j += 1) {
      const t = knots[j]!;
      // The weights are ratios of knot gaps, formed first: a product of two gaps at 10^−200
      // would underflow.
      row.push(
        cube(x - t) +
          ((penultimate - t) / tail) * beyondLast -
          ((last - t) / tail) * beyondPenultimate,
      );
    }
    return row;
  });
}

export function restrictedCubicSplineBasis(
  x: readonly number[],
  knots: readonly number[],
): number[][] {
  const name = 'restrictedCubicSplineBasis';
  const values = checkVector(name, 'x', x);
  const knotValues = checkVector(name, 'knots', knots);
  if (knotValues.length < 3) {
    throw new InvalidArgumentError(
      name,
      `requires at least 3 knots for a restricted cubic spline (got ${knotValues.length})`,
    );
  }
  requireIncreasing(name, 'knots', knotValues);
  const basis = basisOf(values, knotValues);
  basis.forEach((row) => checkNoOverflow(name, 'the basis', row));
  return basis;
}

export function splineTermTest(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: SplineTermTestOptions = {},
): SplineTermTestResult {
  const name = 'splineTermTest';
  const { design, targets, column, p } = prepare(name, X, y, j, options);
  const knotCount = readKnotCount(name, options);
  const n = targets.length;
  const df1 = knotCount - 2;
  const df2 = n - p - df1;
  if (df2 < 1) {
    throw new EmptyInputError(
      name,
      `requires more rows than the spline fit's ${p + df1} coefficients (got ${n} rows)`,
    );
  }
  const linear = leastSquares(name, design, targets);
  const knots = knotsOf(name, columnOf(design, column), knotCount);
  const basis = basisOf(columnOf(design, column), knots);
  basis.forEach((row) => checkNoOverflow(name, 'the spline basis', row));
  const expanded = design.map((row, i) => [
    ...row.slice(0, column),
    ...basis[i]!,
    ...row.slice(column + 1),
  ]);
  const spline = leastSquares(name, expanded, targets);
  const rssLinear = sumOfSquares(
    name,
    'the linear fit’s residual sum of squares',
    linear.residuals,
  );
  const rssSpline = sumOfSquares(
    name,
    'the spline fit’s residual sum of squares',
    spline.residuals,
  );
  // As in RESET: RSS at rounding level of Σy² is an exact fit, and F would be rounding noise.
  if (rssSpline <= EXACT_FIT * normOf(targets) ** 2) {
    throw new InvalidArgumentError(
      name,
      `requires a spline fit that is not exact (rssSpline = ${rssSpline}, at rounding level of Σy²: F is undefined)`,
    );
  }
  // Nested fits: rssLinear ≥ rssSpline up to rounding.
  const statistic = Math.max(0, (rssLinear - rssSpline) / df1 / (rssSpline / df2));
  const pValue = fSurvival(statistic, df1, df2);
  checkNoOverflow(name, 'the coefficients', spline.coefficients);
  return {
    knots,
    coefficients: spline.coefficients,
    rssLinear,
    rssSpline,
    df1,
    df2,
    statistic,
    pValue,
  };
}
