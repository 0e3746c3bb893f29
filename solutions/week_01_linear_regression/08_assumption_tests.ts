/**
 * Kata 01.08 — Assumption tests
 *
 * Each assumption behind a linear model's standard errors and p-values has a test aimed at it:
 * Breusch–Pagan for constant variance (A4), Durbin–Watson and Breusch–Godfrey for uncorrelated
 * errors (A5), Jarque–Bera for normal errors (A6), Ramsey's RESET for the linear form (A1), and
 * variance inflation factors for how close the design is to losing full rank (A3). Most are
 * an auxiliary regression read off as n·R² or an F ratio; their conventions are pinned to R
 * (lmtest, car) so the numbers can be checked against it.
 *
 * Theory: theory/week_01_linear_regression.md#assumption-tests
 *
 * Implement (a design matrix X never holds the constant column; `intercept: true`, the
 * default, adds it):
 * - `durbinWatson(residuals)`: Σ_{t≥2}(e_t − e_{t−1})² / Σ_{t≥1} e_t².
 * - `jarqueBera(residuals)`: skewness S and kurtosis K from biased (1/n) central moments, K not
 *   excess; statistic n/6·(S² + (K − 3)²/4); p-value from χ²(2).
 *   Both statistics are free of the residuals' scale, so they must not depend on it in floating
 *   point either: squares (and fourth powers) of residuals near 1e-170 underflow to 0 and near
 *   1e170 overflow, so divide by the largest |e| (or |e − ē|) before squaring.
 * - `breuschPagan(residuals, Z, { studentized = true })`: regress e² on a constant plus the
 *   columns of Z. Studentized (Koenker, R lmtest::bptest default): n·R². Original
 *   (studentized false): ESS/2 of the regression of e²/mean(e²) on the same design, with
 *   mean(e²) = Σe²/n. df = number of columns of Z; p-value from χ²(df).
 * - `varianceInflationFactors(X)`: one per column, 1/(1 − R²_j) with R²_j the centered R² of
 *   column j regressed on a constant plus the other columns (R car::vif).
 * - `resetTest(X, y, { power = 3, intercept = true })`: Ramsey RESET as R
 *   lmtest::resettest(type = "fitted"): refit with ŷ², …, ŷ^power added and F-test them;
 *   df1 = the number of powers added, df2 = n − p − df1 (p counts the original coefficients,
 *   constant included). A power that adds no direction is dropped, as R's `lm` drops aliased
 *   columns: taking the powers in order ŷ², ŷ³, …, one whose part outside the span of the design
 *   and the powers kept before it is at most 1e-7 of its own norm (R `lm.fit`'s tolerance) is
 *   left out and not counted in df1. This happens when ŷ takes few distinct values (two: every
 *   power; three: from ŷ³ on) or when the design already gives every group of equal ŷ its own
 *   mean. The norms are those of the powers of standardised fitted values, (ŷ − mean)/sd with
 *   an intercept and ŷ/rms(ŷ) without, which span the same space as the raw powers. Then df1
 *   and df2 are those of R `anova(lm(y ~ X), lm(y ~ X + powers))`; lmtest::resettest keeps the
 *   nominal df1 = power − 1 even so. When no power is kept (fitted values all equal to rounding
 *   included) nothing can be tested and the result is statistic 0, pValue 1, df1 0,
 *   df2 n − p: no error.
 * - `breuschGodfrey(residuals, X, { order = 1, intercept = true })`: R lmtest::bgtest: regress
 *   the OLS residuals e_t of the fit on X on that same design (constant included when
 *   `intercept`) and e_{t−1}, …, e_{t−order} (missing lags set to 0); statistic n·Σê²/Σe², p-value
 *   from χ²(order).
 * helpers/least_squares.ts (`fitLeastSquares`) fits the auxiliary regressions and
 * helpers/distributions.ts (`chiSquaredSurvival`, `fSurvival`) gives the p-values. Every p-value
 * is an upper-tail probability that keeps its relative accuracy far into the tail: 1e-98 must
 * not come out as 0, as 1 − CDF would make it.
 *
 * Errors: empty input throws EmptyInputError, as do too few rows for the auxiliary regression;
 * mismatched lengths ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; residuals that
 * are all zero, squared residuals that are all equal, an exact linear fit (RESET), and a
 * `power` (default 3) below 2 or an `order` (default 1) below 1 or either not an integer
 * InvalidArgumentError; a design without full column rank once the constant is added
 * RankDeficiencyError (for varianceInflationFactors: a column whose residual sum of squares on
 * the constant and the others is at most 1e-24 of its centred sum of squares, rounding's level). RESET needs n ≥ p + power rows, counted before any power is dropped
 * (EmptyInputError). Every message starts with the function called. Rounding decides what
 * counts as equal in RESET: fitted values whose root-mean-square spread (about their mean with
 * an intercept, about 0 without) is at most 1e-12 times the root mean square of y are all
 * equal, as a fit with RSS ≤ 1e-24·Σy² is exact. Every statistic here is scale-free in the
 * residuals (and VIF in each column), so values near 10^±200 give the same answer as at scale 1
 * (divide by the largest |value| before squaring), never NaN, ∞, 0 or a false rank deficiency.
 * No function changes its input arrays.
 *
 * @example
 * durbinWatson([1, -1, 1, -1]); // 3: (4 + 4 + 4) / 4
 * jarqueBera([-1, 0, 1]).kurtosis; // 1.5: m4 = 2/3 over m2² = (2/3)²
 * varianceInflationFactors([[1, 11], [2, 9], [3, 9], [4, 11]]); // [1, 1]: centred columns orthogonal
 */
import { chiSquaredSurvival, fSurvival } from '../../helpers/distributions';
import { EmptyInputError, InvalidArgumentError, RankDeficiencyError } from '../../helpers/errors';
import { columnScales, fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import { withInterceptColumn } from '../../helpers/linalg';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
  checkOptions,
} from '../../helpers/validation';

export interface JarqueBeraResult {
  readonly statistic: number;
  readonly pValue: number;
  /** m3 / m2^(3/2) with biased (1/n) central moments. */
  readonly skewness: number;
  /** m4 / m2², not excess: 3 for normal data. */
  readonly kurtosis: number;
}

export interface BreuschPaganResult {
  readonly statistic: number;
  readonly pValue: number;
  /** Number of columns of Z: the constant of the auxiliary regression is not counted. */
  readonly df: number;
}

export interface ResetTestResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly df1: number;
  readonly df2: number;
}

export interface BreuschGodfreyResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly df: number;
}

function sumOfSquares(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value * value, 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Σ(v − v̄)²: the centred total sum of squares. */
function centredSumOfSquares(values: readonly number[]): number {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0);
}

function requireNonZero(functionName: string, residuals: readonly number[]): void {
  if (residuals.every((value) => value === 0)) {
    throw new InvalidArgumentError(
      functionName,
      `requires residuals that are not all zero (got ${residuals.length} zeros)`,
    );
  }
}

/** The rows with a leading 1 when `intercept` (fresh rows), else the rows themselves. */
function withConstant(rows: number[][], intercept: boolean): number[][] {
  return intercept ? withInterceptColumn(rows) : rows;
}

export function durbinWatson(residuals: readonly number[]): number {
  const e = checkVector('durbinWatson', 'residuals', residuals, 2);
  requireNonZero('durbinWatson', e);
  // In units of a power of two near the largest |e| (exact: differences of scaled values are the
  // scaled differences), squares of residuals near 10^±170 neither overflow nor underflow. One
  // loop and no scaled copy: residual series can be long, and each copy costs as much as the sums.
  const scale = powerOfTwoScaleOf(e);
  let previous = e[0]! / scale;
  let differences = 0;
  let squares = previous * previous;
  for (let t = 1; t < e.length; t += 1) {
    const current = e[t]! / scale;
    differences += (current - previous) ** 2;
    squares += current * current;
    previous = current;
  }
  // The denominator runs over every t, the numerator has one term fewer: that asymmetry is
  // the (e₁² + eₙ²)/Σe² end correction in DW = 2(1 − r₁) − (e₁² + eₙ²)/Σe².
  return differences / squares;
}

export function jarqueBera(residuals: readonly number[]): JarqueBeraResult {
  const e = checkVector('jarqueBera', 'residuals', residuals, 2);
  const n = e.length;
  // Scaling first (by a power of two near the largest |e|, exact) keeps the mean finite near the
  // top of the double range; scaling the deviations again brings the largest near 1, so their
  // fourth powers neither underflow nor overflow. Loops, no scaled copies: series can be long.
  const scale = powerOfTwoScaleOf(e);
  let total = 0;
  for (const value of e) total += value / scale;
  const centre = total / n;
  let largest = 0;
  for (const value of e) largest = Math.max(largest, Math.abs(value / scale - centre));
  // Equal values differ from their computed mean by rounding only: at most about n·ε of the
  // largest, which scaling has brought near 1.
  if (largest <= n * Number.EPSILON) {
    throw new InvalidArgumentError(
      'jarqueBera',
      `requires residuals that are not all equal (got ${n} copies of ${e[0]})`,
    );
  }
  const spread = powerOfTwoScaleOf([largest]);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const value of e) {
    const d = (value / scale - centre) / spread;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  // Biased (1/n) moments: the asymptotic variances 6/n and 24/n behind the statistic are those of
  // the moment estimators, and R (fBasics, tseries) and scipy use the same.
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const skewness = m3 / m2 ** 1.5;
  const kurtosis = m4 / (m2 * m2);
  const statistic = (n / 6) * (skewness ** 2 + (kurtosis - 3) ** 2 / 4);
  return { statistic, pValue: chiSquaredSurvival(statistic, 2), skewness, kurtosis };
}

export function breuschPagan(
  residuals: readonly number[],
  Z: MatrixInput,
  options: { studentized?: boolean } = {},
): BreuschPaganResult {
  const name = 'breuschPagan';
  checkOptions(name, options);
  const e = checkVector(name, 'residuals', residuals);
  const rows = checkMatrix(name, 'Z', Z);
  checkSameLength(name, 'residuals', e.length, 'rows of Z', rows.length);
  const df = rows[0]!.length;
  const n = e.length;
  if (n <= df + 1) {
    throw new EmptyInputError(
      name,
      `requires more rows than auxiliary coefficients (got ${n} rows for a constant plus ${df} columns)`,
    );
  }
  requireNonZero(name, e);
  // Both statistics are scale-free in e; in units of a power of two near its largest |value|
  // (exact), e⁴ of residuals near 10^±200 neither overflows nor underflows.
  const eScale = powerOfTwoScaleOf(e);
  const squared = e.map((value) => (value / eScale) ** 2);
  const totalSquares = centredSumOfSquares(squared);
  if (totalSquares === 0) {
    throw new InvalidArgumentError(
      name,
      `requires squared residuals that are not all equal (got ${n} equal values)`,
    );
  }
  // The auxiliary regression always has its own constant: the test asks whether Var(e) moves
  // with Z, not whether its level is zero; df counts only the columns of Z.
  const auxiliary = fitLeastSquares(name, withConstant(rows, true), squared);
  const explained = centredSumOfSquares(auxiliary.fitted);
  const studentized = options.studentized ?? true;
  // Koenker: n·ESS/TSS = n·R², valid whatever the kurtosis of e. Original: ESS/2 of e²/σ̂², which
  // leans on Var(e²) = 2σ⁴, true only for normal errors.
  const meanSquare = sumOfSquares(e.map((value) => value / eScale)) / n;
  const statistic = studentized
    ? (n * explained) / totalSquares
    : explained / (2 * meanSquare * meanSquare);
  return { statistic, pValue: chiSquaredSurvival(statistic, df), df };
}

export function varianceInflationFactors(X: MatrixInput): number[] {
  const name = 'varianceInflationFactors';
  const rows = checkMatrix(name, 'X', X);
  const k = rows[0]!.length;
  if (rows.length <= k) {
    throw new EmptyInputError(
      name,
      `requires more rows than columns (got ${rows.length} rows and ${k} columns)`,
    );
  }
  // VIFs do not change when a column is rescaled; each is divided by a power of two near its
  // largest |value| (exact), so that columns near 10^±200 have sums of squares in range.
  const scales = columnScales(rows);
  const scaled = rows.map((row) => row.map((value, j) => value / scales[j]!));
  return Array.from({ length: k }, (_, j) => {
    const target = scaled.map((row) => row[j]!);
    const others = scaled.map((row) => {
      const design = [1];
      for (let column = 0; column < k; column += 1) if (column !== j) design.push(row[column]!);
      return design;
    });
    // With the constant, 1/(1 − R²_j) = TSS_j / RSS_j: centred, so a column's mean never counts
    // as collinearity.
    const total = centredSumOfSquares(target);
    const residual = fitLeastSquares(name, others, target).rss;
    // A constant column, or one the others reproduce to rounding, has no finite VIF: name it.
    // (Regressing a constant on a design with the constant column leaves an exactly zero residual,
    // so the second test alone catches it too; the first says what it is for.)
    if (total === 0 || residual <= 1e-24 * total) {
      throw new RankDeficiencyError(
        name,
        `requires columns that are not a linear combination of the constant and the other columns (column ${j} is; got ${rows.length} rows and ${k} columns)`,
        [j],
      );
    }
    return total / residual;
  });
}

/**
 * Relative size below which an added power counts as a combination of the columns before it:
 * R's lm.fit tolerance (its QR declares a column aliased below 1e-7 of its norm).
 */
const ALIASED_POWER_TOLERANCE = 1e-7;

/** Nothing to test: no power of ŷ leaves the span of the design, so F = 0 on 0 df and p = 1. */
function noPowerLeft(dfResidual: number): ResetTestResult {
  return { statistic: 0, pValue: 1, df1: 0, df2: dfResidual };
}

export function resetTest(
  X: MatrixInput,
  y: readonly number[],
  options: { power?: number; intercept?: boolean } = {},
): ResetTestResult {
  const name = 'resetTest';
  checkOptions(name, options);
  const power = checkNumber(name, 'power', options.power ?? 3, { min: 2, integer: true });
  const intercept = options.intercept ?? true;
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets', targets.length);
  const p = rows[0]!.length + (intercept ? 1 : 0);
  // Rows are counted for every power asked for, before any is found aliased: whether a test is
  // possible must not depend on the data's values.
  if (rows.length - p - (power - 1) < 1) {
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients of the augmented fit (got ${rows.length} rows for ${p + power - 1} coefficients)`,
    );
  }
  const design = withConstant(rows, intercept);
  const restricted = fitLeastSquares(name, design, targets);
  // A fit exact to rounding (relative residual norm below 1e-12) leaves nothing to test.
  if (restricted.rss <= 1e-24 * sumOfSquares(targets)) {
    throw new InvalidArgumentError(
      name,
      `requires a linear fit that leaves residuals (got RSS = ${restricted.rss})`,
    );
  }
  // Powers of ŷ itself are nearly collinear with the constant when ŷ sits far from zero. With a
  // constant in the design, (ŷ − c)/s has powers spanning the same space as ŷ², …, ŷ^power
  // together with 1 and ŷ, so standardising first gives the same F, well conditioned; without
  // one only rescaling is allowed.
  const centre = intercept ? mean(restricted.fitted) : 0;
  const spread = Math.sqrt(mean(restricted.fitted.map((value) => (value - centre) ** 2)));
  // ŷ that varies only by rounding (a slope that is 0 in exact arithmetic comes out as 1e-17)
  // would be standardised into pure noise, and F computed on it. Constant fitted values have
  // powers that are multiples of ŷ itself: every power lies in the span of the design.
  if (spread <= 1e-12 * Math.sqrt(sumOfSquares(targets) / targets.length)) {
    return noPowerLeft(rows.length - p);
  }
  // Powers in order ŷ², ŷ³, …: each is kept only if it adds a direction to the design and the
  // powers kept before it (R's lm drops aliased columns the same way, at its tolerance 1e-7).
  // When ŷ takes few distinct values, or the design already spans every function of the groups
  // ŷ separates, the later powers are exact combinations of the earlier columns.
  // Never written in place: each kept power makes new rows.
  let augmented = design;
  let kept = 0;
  for (let k = 2; k <= power; k += 1) {
    const column = restricted.fitted.map((value) => ((value - centre) / spread) ** k);
    const projection = fitLeastSquares(name, augmented, column);
    if (Math.sqrt(projection.rss) <= ALIASED_POWER_TOLERANCE * Math.sqrt(sumOfSquares(column))) {
      continue;
    }
    augmented = augmented.map((row, i) => [...row, column[i]!]);
    kept += 1;
  }
  if (kept === 0) return noPowerLeft(rows.length - p);
  // df as R's anova() of the two nested lm fits counts them: by the powers actually added.
  const df2 = rows.length - p - kept;
  const unrestricted = fitLeastSquares(name, augmented, targets);
  const statistic = (restricted.rss - unrestricted.rss) / kept / (unrestricted.rss / df2);
  return { statistic, pValue: fSurvival(statistic, kept, df2), df1: kept, df2 };
}

export function breuschGodfrey(
  residuals: readonly number[],
  X: MatrixInput,
  options: { order?: number; intercept?: boolean } = {},
): BreuschGodfreyResult {
  const name = 'breuschGodfrey';
  checkOptions(name, options);
  const order = checkNumber(name, 'order', options.order ?? 1, { min: 1, integer: true });
  const intercept = options.intercept ?? true;
  const data = checkVector(name, 'residuals', residuals);
  const rows = checkMatrix(name, 'X', X);
  checkSameLength(name, 'residuals', data.length, 'rows of X', rows.length);
  // The statistic is scale-free in e: in units of a power of two near its largest |value|
  // (exact), Σe² of residuals near 10^±200 neither overflows nor underflows.
  const eScale = powerOfTwoScaleOf(data);
  const e = data.map((value) => value / eScale);
  const p = rows[0]!.length + (intercept ? 1 : 0);
  if (rows.length <= p + order) {
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients of the auxiliary fit (got ${rows.length} rows for ${p + order} coefficients)`,
    );
  }
  requireNonZero(name, e);
  // Keeping the design in the auxiliary regression is what makes the test valid where DW is not
  // (lagged y among the regressors); missing lags are filled with 0 so all n rows stay (R fill = 0).
  const auxiliaryDesign = withConstant(rows, intercept);
  auxiliaryDesign.forEach((row, t) => {
    for (let lag = 1; lag <= order; lag += 1) row.push(t - lag >= 0 ? e[t - lag]! : 0);
  });
  const auxiliary = fitLeastSquares(name, auxiliaryDesign, e);
  // n·Σê²/Σe² (R bgtest): the explained share of the residuals' own sum of squares.
  const statistic = (e.length * sumOfSquares(auxiliary.fitted)) / sumOfSquares(e);
  return { statistic, pValue: chiSquaredSurvival(statistic, order), df: order };
}
