/**
 * Kata 01.13 — Interpretation and the general linear hypothesis
 *
 * A coefficient means what the coding of its column makes it mean. A factor with k levels
 * enters a model with an intercept as k − 1 columns: under treatment coding each coefficient is
 * a level's difference from the reference level, under sum coding a level's deviation from the
 * mean of the level means. The fitted values are the same; the coefficients answer different
 * questions. k indicator columns beside the intercept are the dummy trap: they add up to the
 * constant column. A question about several coefficients at once is one test of H₀: Rβ = r,
 * F = (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r)/(q·s²) on (q, n − p) degrees of freedom: for dropped
 * columns it is the nested-model F test, and for q = 1 it is t².
 *
 * Theory: theory/week_01_linear_regression.md#interpretation-and-the-general-linear-hypothesis
 *
 * Implement (conventions of R `contrasts`/`model.matrix`, `anova(small, large)` and
 * `car::linearHypothesis(fit, R, rhs)`):
 * - `contrastMatrix(levels, { coding = 'treatment', reference })`: one row per level, in the
 *   order given. 'treatment' (R `contr.treatment`): k − 1 columns, the identity with the
 *   reference level's row all 0; default reference the first level (R's base = 1). 'sum'
 *   (R `contr.sum`): k − 1 columns, the identity with the reference level's row all −1;
 *   default reference the last level, as R (R cannot move it; the lab can). 'indicator':
 *   k columns, the identity (one dummy per level, R's `contrasts = FALSE`); it has no reference
 *   level, so passing one is refused. The columns follow the other levels in order.
 * - `encodeFactor(values, { coding = 'treatment', reference, levels })`: for each value, the
 *   row of the contrast matrix of its level. `levels` fixes the level order; by default the
 *   distinct values sorted by UTF-16 code unit (JavaScript's default sort; R's `factor()`
 *   sorts in the locale's collation, which agrees on lower-case ASCII labels). Returns the
 *   rows (one fresh array per value, never one array shared by the values of a level), the
 *   level order and one name per column: the level whose dummy or contrast it is.
 * - `linearHypothesisTest(X, y, R, r, { intercept = true })`: fits y on X by least squares,
 *   with the constant column prepended as column 0 when `intercept`, and tests Rβ = r. R is
 *   q × p over that fitted design, with q ≤ p linearly independent rows; r has q entries.
 * - `nestedFTest(Xsmall, Xlarge, y, { intercept = true })`: the F test of the small model
 *   against the large one, F = ((RSS_small − RSS_large)/(p_large − p_small)) /
 *   (RSS_large/(n − p_large)); both models get the constant column when `intercept`. The
 *   small model's columns must lie in the span of the large model's (relative residual of each
 *   regressed on the large design at most 1e-8): otherwise the models are not nested.
 * s² = RSS/(n − p) of the larger model; p counts the intercept. p-values are P(F(q, n − p) > F),
 * computed as upper tails that keep their relative accuracy far out (2e-130 must not come out
 * as 0, as 1 − CDF would make it). No function changes its inputs.
 *
 * Errors (helpers/errors.ts, helpers/validation.ts), messages starting with the function
 * called: empty levels, values or data EmptyInputError; as many rows as fitted coefficients or
 * fewer EmptyInputError; mismatched rows, an R whose width is not p, or an r whose length is
 * not q ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a fitted design without full
 * column rank (the dummy trap) RankDeficiencyError; InvalidArgumentError for: levels that are
 * not strings, fewer than two levels, a repeated level, an unknown coding or reference, a
 * reference with 'indicator', a value outside `levels`, more rows of R than p or rows that are
 * linearly dependent, a small model that is not nested in the large one or has at least as
 * many columns, a perfect fit of the (larger) model (‖y − Xb‖ ≤ 1e-10·‖y‖: no error variance
 * is left, F would be ∞ or 0/0), and a non-boolean `intercept`; a sum of squares (rss,
 * sumOfSquares, rssSmall, rssLarge) beyond double precision NonFiniteValueError, never ∞ or a
 * false 0 (y near 10^±200 has sums of squares near 10^±400; F itself is a ratio and fits).
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` returns the
 * coefficients, the residuals and the factor R of X = QR, so (XᵀX)⁻¹ = R⁻¹R⁻ᵀ without forming
 * XᵀX; helpers/distributions.ts has `fSurvival`.
 *
 * @example
 * contrastMatrix(['a', 'b', 'c']); // [[0, 0], [1, 0], [0, 1]]
 * contrastMatrix(['a', 'b', 'c'], { coding: 'sum' }); // [[1, 0], [0, 1], [-1, -1]]
 * encodeFactor(['b', 'a', 'c']).columns; // [[1, 0], [0, 0], [0, 1]], columnNames ['b', 'c']
 * // y ~ g + x in R, g = encodeFactor(…).columns: does g matter, given x?
 * linearHypothesisTest(X, y, [[0, 1, 0, 0], [0, 0, 1, 0]], [0, 0]); // { statistic, pValue, … }
 * nestedFTest(xOnly, X, y); // the same F: the columns of g dropped
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

/** How a factor's levels become columns. */
export type FactorCoding = 'treatment' | 'sum' | 'indicator';

export interface ContrastOptions {
  /** 'treatment' (default), 'sum' or 'indicator'. */
  readonly coding?: FactorCoding;
  /**
   * The level coded all 0 ('treatment', default the first level) or all −1 ('sum', default
   * the last level); not allowed with 'indicator'.
   */
  readonly reference?: string;
}

export interface EncodeFactorOptions extends ContrastOptions {
  /** The level order; default the distinct values sorted by UTF-16 code unit. */
  readonly levels?: readonly string[];
}

/** A factor as design columns. */
export interface EncodedFactor {
  /** One row per value: the contrast-matrix row of its level. */
  readonly columns: number[][];
  /** One per column: the level whose dummy or contrast the column is. */
  readonly columnNames: string[];
  /** The levels, in the order the contrast matrix uses. */
  readonly levels: string[];
}

export interface HypothesisOptions {
  /** Prepend the constant column, as column 0 of the fitted design (default true). */
  readonly intercept?: boolean;
}

/** The Wald F test of Rβ = r (R `car::linearHypothesis`). */
export interface LinearHypothesisResult {
  /** b of the unrestricted fit, the intercept first when there is one. */
  readonly coefficients: number[];
  /** Rb − r, one per row of R. */
  readonly value: number[];
  /** (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r): how much the restriction raises the RSS. */
  readonly sumOfSquares: number;
  /** RSS of the unrestricted fit. */
  readonly rss: number;
  /** (sumOfSquares/q)/(rss/(n − p)). */
  readonly statistic: number;
  /** P(F(q, n − p) > statistic). */
  readonly pValue: number;
  /** q, the rows of R. */
  readonly df1: number;
  /** n − p. */
  readonly df2: number;
}

/** The nested-model F test (R `anova(small, large)`). */
export interface NestedFTestResult {
  readonly rssSmall: number;
  readonly rssLarge: number;
  /** ((rssSmall − rssLarge)/df1)/(rssLarge/df2). */
  readonly statistic: number;
  /** P(F(df1, df2) > statistic). */
  readonly pValue: number;
  /** p_large − p_small. */
  readonly df1: number;
  /** n − p_large. */
  readonly df2: number;
}

export function contrastMatrix(levels: readonly string[], options?: ContrastOptions): number[][] {
  // TODO: one row per level; which row is all 0 (or all −1), and how many columns?
  throw new NotImplementedError('01.13', 'contrastMatrix');
}

export function encodeFactor(
  values: readonly string[],
  options?: EncodeFactorOptions,
): EncodedFactor {
  // TODO: the level order first, then each value's row of the contrast matrix.
  throw new NotImplementedError('01.13', 'encodeFactor');
}

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  // TODO: fit, then F = (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r)/(q·s²) on (q, n − p) degrees of freedom.
  throw new NotImplementedError('01.13', 'linearHypothesisTest');
}

export function nestedFTest(
  Xsmall: MatrixInput,
  Xlarge: MatrixInput,
  y: readonly number[],
  options?: HypothesisOptions,
): NestedFTestResult {
  // TODO: fit both, check the small one is nested, compare their residual sums of squares.
  throw new NotImplementedError('01.13', 'nestedFTest');
}
