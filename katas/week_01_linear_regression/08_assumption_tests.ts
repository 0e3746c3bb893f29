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
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

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

export function durbinWatson(residuals: readonly number[]): number {
  // TODO: squared successive differences over the sum of squares of every residual.
  throw new NotImplementedError('01.08', 'durbinWatson');
}

export function jarqueBera(residuals: readonly number[]): JarqueBeraResult {
  // TODO: biased central moments m2, m3, m4; S = m3/m2^1.5, K = m4/m2²; n/6·(S² + (K − 3)²/4).
  throw new NotImplementedError('01.08', 'jarqueBera');
}

export function breuschPagan(
  residuals: readonly number[],
  Z: MatrixInput,
  options: { studentized?: boolean } = {},
): BreuschPaganResult {
  // TODO: regress e² on [1, Z]; Koenker n·R², or the original ESS/2 of e²/mean(e²).
  throw new NotImplementedError('01.08', 'breuschPagan');
}

export function varianceInflationFactors(X: MatrixInput): number[] {
  // TODO: for each column, 1/(1 − R²) of that column regressed on a constant and the others.
  throw new NotImplementedError('01.08', 'varianceInflationFactors');
}

export function resetTest(
  X: MatrixInput,
  y: readonly number[],
  options: { power?: number; intercept?: boolean } = {},
): ResetTestResult {
  // TODO: fit, add ŷ², …, ŷ^power, compare the two residual sums of squares with an F test.
  throw new NotImplementedError('01.08', 'resetTest');
}

export function breuschGodfrey(
  residuals: readonly number[],
  X: MatrixInput,
  options: { order?: number; intercept?: boolean } = {},
): BreuschGodfreyResult {
  // TODO: regress the residuals on the design and their own lags (0 where missing); n·R².
  throw new NotImplementedError('01.08', 'breuschGodfrey');
}
