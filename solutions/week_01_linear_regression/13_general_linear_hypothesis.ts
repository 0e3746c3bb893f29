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
import { fSurvival } from '../../helpers/distributions';
import { EmptyInputError, InvalidArgumentError, ShapeMismatchError } from '../../helpers/errors';
import { fitLeastSquaresAccurate, type LeastSquaresFit } from '../../helpers/least_squares';
import {
  checkMatrix,
  checkNoOverflow,
  checkOptions,
  checkSameLength,
  checkVector,
  type MatrixInput,
  normOf,
} from '../../helpers/validation';

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

const CODINGS: readonly FactorCoding[] = ['treatment', 'sum', 'indicator'];
/** A small model's column counts as inside the large model's span below this relative residual. */
const NESTING_TOLERANCE = 1e-8;
/** A row of R depends on earlier ones when this little of it is left after projecting them out. */
const DEPENDENT_ROW_TOLERANCE = 1e-10;
/** A fit whose residual norm is at most this fraction of ‖y‖ is exact up to rounding. */
const PERFECT_FIT_TOLERANCE = 1e-10;

function checkLabels(functionName: string, name: string, values: unknown): string[] {
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} to be an array of strings (got ${values === null ? 'null' : typeof values})`,
    );
  }
  if (values.length === 0) {
    throw new EmptyInputError(functionName, `requires ${name} to have at least one value (got 0)`);
  }
  const labels: string[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const value: unknown = values[index];
    if (typeof value !== 'string') {
      throw new InvalidArgumentError(
        functionName,
        `requires ${name} to hold strings (got ${index in values ? typeof value : 'a hole'} at index ${index})`,
      );
    }
    labels.push(value);
  }
  return labels;
}

/** The checked level list, coding and reference index (−1 for 'indicator'). */
function readCoding(
  functionName: string,
  levels: readonly string[],
  options: ContrastOptions,
): { coding: FactorCoding; reference: number } {
  if (levels.length < 2) {
    throw new InvalidArgumentError(
      functionName,
      `requires at least two levels: a factor with one level is the constant column (got ${levels.length})`,
    );
  }
  const repeated = levels.find((level, index) => levels.indexOf(level) !== index);
  if (repeated !== undefined) {
    throw new InvalidArgumentError(
      functionName,
      `requires distinct levels (got '${repeated}' twice)`,
    );
  }
  const coding: unknown = options.coding ?? 'treatment';
  if (!CODINGS.includes(coding as FactorCoding)) {
    throw new InvalidArgumentError(
      functionName,
      `requires options.coding to be 'treatment', 'sum' or 'indicator' (got ${String(coding)})`,
    );
  }
  const given: unknown = options.reference;
  const shown = typeof given === 'string' ? `'${given}'` : typeof given;
  if (coding === 'indicator') {
    if (given !== undefined) {
      throw new InvalidArgumentError(
        functionName,
        `requires no options.reference with 'indicator' coding: every level has its own column (got ${shown})`,
      );
    }
    return { coding, reference: -1 };
  }
  if (given === undefined) {
    return { coding: coding as FactorCoding, reference: coding === 'sum' ? levels.length - 1 : 0 };
  }
  const reference = typeof given === 'string' ? levels.indexOf(given) : -1;
  if (reference < 0) {
    throw new InvalidArgumentError(
      functionName,
      `requires options.reference to be one of the levels ${levels.join(', ')} (got ${shown})`,
    );
  }
  return { coding: coding as FactorCoding, reference };
}

function buildContrasts(levels: readonly string[], coding: FactorCoding, reference: number) {
  const kept = levels.flatMap((_, index) => (index === reference ? [] : [index]));
  // The reference row: all 0 under treatment coding (its mean is the intercept), all −1 under
  // sum coding (its effect is minus the sum of the others, so the effects sum to zero).
  const referenceValue = coding === 'sum' ? -1 : 0;
  const matrix = levels.map((_, row) =>
    kept.map((column) => (row === reference ? referenceValue : row === column ? 1 : 0)),
  );
  return { matrix, columnNames: kept.map((index) => levels[index] as string) };
}

export function contrastMatrix(levels: readonly string[], options?: ContrastOptions): number[][] {
  const name = 'contrastMatrix';
  const labels = checkLabels(name, 'levels', levels);
  const { coding, reference } = readCoding(name, labels, checkOptions(name, options));
  return buildContrasts(labels, coding, reference).matrix;
}

export function encodeFactor(
  values: readonly string[],
  options?: EncodeFactorOptions,
): EncodedFactor {
  const name = 'encodeFactor';
  const labels = checkLabels(name, 'values', values);
  const checked = checkOptions(name, options);
  const levels =
    checked.levels === undefined
      ? // Default sort: by UTF-16 code unit, so the order never depends on a locale.
        [...new Set(labels)].sort()
      : checkLabels(name, 'options.levels', checked.levels);
  const { coding, reference } = readCoding(name, levels, checked);
  const { matrix, columnNames } = buildContrasts(levels, coding, reference);
  const columns = labels.map((label, index) => {
    const level = levels.indexOf(label);
    if (level < 0) {
      throw new InvalidArgumentError(
        name,
        `requires every value to be one of options.levels (got '${label}' at index ${index})`,
      );
    }
    return matrix[level]!.slice();
  });
  return { columns, columnNames, levels };
}

function readIntercept(functionName: string, options: HypothesisOptions | undefined): boolean {
  return checkOptions(functionName, options).intercept ?? true;
}

interface CheckedFit {
  readonly fit: LeastSquaresFit;
  readonly design: number[][];
  readonly n: number;
  readonly p: number;
  /** ‖y − Xb‖, formed without squaring (so data at 10^±200 neither over- nor underflow). */
  readonly residualNorm: number;
}

function fitDesign(
  functionName: string,
  name: string,
  X: MatrixInput,
  targets: readonly number[],
  intercept: boolean,
): CheckedFit {
  const rows = checkMatrix(functionName, name, X);
  checkSameLength(functionName, `rows of ${name}`, rows.length, 'targets', targets.length);
  const design = intercept ? rows.map((row) => [1, ...row]) : rows;
  const n = rows.length;
  const p = design[0]!.length;
  if (n <= p) {
    throw new EmptyInputError(
      functionName,
      `requires more rows than fitted coefficients in ${name}, to estimate the error variance (got ${n} rows and ${p} coefficients)`,
    );
  }
  const fit = fitLeastSquaresAccurate(functionName, design, targets);
  return { fit, design, n, p, residualNorm: normOf(fit.residuals) };
}

function refusePerfectFit(
  functionName: string,
  fitted: CheckedFit,
  targets: readonly number[],
): void {
  // Exact data leave residuals of rounding size, not 0: judged relative to ‖y‖.
  if (fitted.residualNorm <= PERFECT_FIT_TOLERANCE * normOf(targets)) {
    throw new InvalidArgumentError(
      functionName,
      `requires a model that does not fit exactly (‖y − Xb‖ = ${fitted.residualNorm} leaves no error variance to compare with, so F would be ∞ or 0/0)`,
    );
  }
}

/** The sum of squares of a vector, refused when it leaves double precision either way. */
function squaredNorm(functionName: string, what: string, norm: number): number {
  const squared = norm * norm;
  checkNoOverflow(functionName, what, [squared]);
  if (norm > 0 && squared === 0) {
    checkNoOverflow(functionName, `${what} (it underflows)`, [Number.NaN]);
  }
  return squared;
}

/** Zᵀ with Z solving R_xᵀZ = Hᵀ (forward substitution): then ZᵀZ = H(XᵀX)⁻¹Hᵀ. */
function whitenRows(hypothesis: readonly (readonly number[])[], factor: number[][]): number[][] {
  const p = factor.length;
  return hypothesis.map((row) => {
    const z = new Array<number>(p).fill(0);
    for (let i = 0; i < p; i += 1) {
      let sum = row[i]!;
      for (let k = 0; k < i; k += 1) sum -= factor[k]![i]! * z[k]!;
      z[i] = sum / factor[i]![i]!;
    }
    return z;
  });
}

/**
 * ‖T⁻ᵀd‖ with ZᵀZ = TᵀT from Gram–Schmidt on the rows `z` (twice, for orthogonality), each
 * row first divided by a power of two near its norm (exact, and d with it); throws when a row
 * depends on the earlier ones.
 */
function whitenedNorm(functionName: string, z: number[][], d: readonly number[]): number {
  const q = z.length;
  const basis: number[][] = [];
  const t: number[][] = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  const scaled = d.slice();
  z.forEach((row, j) => {
    const rowNorm = normOf(row);
    const scale = rowNorm === 0 ? 1 : 2 ** Math.round(Math.log2(rowNorm));
    const v = row.map((value) => value / scale);
    scaled[j] = scaled[j]! / scale;
    for (let pass = 0; pass < 2; pass += 1) {
      basis.forEach((u, k) => {
        let dot = 0;
        for (let i = 0; i < v.length; i += 1) dot += u[i]! * v[i]!;
        t[k]![j] = t[k]![j]! + dot;
        for (let i = 0; i < v.length; i += 1) v[i] = v[i]! - dot * u[i]!;
      });
    }
    const remaining = normOf(v);
    if (!(remaining > DEPENDENT_ROW_TOLERANCE * normOf(row.map((value) => value / scale)))) {
      throw new InvalidArgumentError(
        functionName,
        `requires the rows of R to be linearly independent (row ${j} is a combination of the rows before it${j === 0 ? ', or zero' : ''})`,
      );
    }
    t[j]![j] = remaining;
    basis.push(v.map((value) => value / remaining));
  });
  // Forward substitution Tᵀw = d.
  const w = new Array<number>(q).fill(0);
  for (let j = 0; j < q; j += 1) {
    let sum = scaled[j]!;
    for (let k = 0; k < j; k += 1) sum -= t[k]![j]! * w[k]!;
    w[j] = sum / t[j]![j]!;
  }
  return normOf(w);
}

export function linearHypothesisTest(
  X: MatrixInput,
  y: readonly number[],
  R: MatrixInput,
  r: readonly number[],
  options?: HypothesisOptions,
): LinearHypothesisResult {
  const name = 'linearHypothesisTest';
  const targets = checkVector(name, 'y', y);
  const intercept = readIntercept(name, options);
  const hypothesis = checkMatrix(name, 'R', R);
  const rhs = checkVector(name, 'r', r);
  const fitted = fitDesign(name, 'X', X, targets, intercept);
  const { fit, n, p } = fitted;
  const q = hypothesis.length;
  const width = hypothesis[0]!.length;
  if (width !== p) {
    throw new ShapeMismatchError(
      name,
      `requires R to have one column per fitted coefficient, the intercept included (got ${width} columns and ${p} coefficients)`,
    );
  }
  checkSameLength(name, 'rows of R', q, 'entries of r', rhs.length);
  // More than p rows are refused by whitenedNorm: row p + 1 cannot be independent of the first p.
  const value = hypothesis.map(
    (row, i) => row.reduce((sum, entry, j) => sum + entry * fit.coefficients[j]!, 0) - rhs[i]!,
  );
  checkNoOverflow(name, 'Rb − r', value);
  // (Rb − r)ᵀ[R(XᵀX)⁻¹Rᵀ]⁻¹(Rb − r) = ‖T⁻ᵀ(Rb − r)‖² with R(XᵀX)⁻¹Rᵀ = ZᵀZ = TᵀT: XᵀX is
  // never formed or inverted, only the triangular factor of X = QR is solved against.
  const whitened = whitenedNorm(name, whitenRows(hypothesis, fit.triangularFactor), value);
  refusePerfectFit(name, fitted, targets);
  const df2 = n - p;
  const sigma = fitted.residualNorm / Math.sqrt(df2);
  // Ratios before squares: scale-free, so data at 10^±200 give the same F.
  const statistic = (whitened / sigma) ** 2 / q;
  return {
    coefficients: fit.coefficients,
    value,
    sumOfSquares: squaredNorm(name, 'the sum of squares of the hypothesis', whitened),
    rss: squaredNorm(name, 'the residual sum of squares', fitted.residualNorm),
    statistic,
    pValue: fSurvival(statistic, q, df2),
    df1: q,
    df2,
  };
}

export function nestedFTest(
  Xsmall: MatrixInput,
  Xlarge: MatrixInput,
  y: readonly number[],
  options?: HypothesisOptions,
): NestedFTestResult {
  const name = 'nestedFTest';
  const targets = checkVector(name, 'y', y);
  const intercept = readIntercept(name, options);
  const small = fitDesign(name, 'Xsmall', Xsmall, targets, intercept);
  const large = fitDesign(name, 'Xlarge', Xlarge, targets, intercept);
  if (small.p >= large.p) {
    throw new InvalidArgumentError(
      name,
      `requires Xlarge to have more columns than Xsmall (got ${large.p - (intercept ? 1 : 0)} and ${small.p - (intercept ? 1 : 0)})`,
    );
  }
  // Nested: every column of the small design is a combination of the large design's columns
  // (the constant column, when both have it, is).
  // The constant column is checked too: it lies in the large design whenever both have it.
  small.design[0]!.forEach((_, j) => {
    const column = small.design.map((row) => row[j]!);
    const residual = fitLeastSquaresAccurate(name, large.design, column).residuals;
    if (normOf(residual) > NESTING_TOLERANCE * normOf(column)) {
      throw new InvalidArgumentError(
        name,
        `requires the small model to be nested in the large one (column ${j} of the fitted small design is not a combination of the large design's columns)`,
      );
    }
  });
  refusePerfectFit(name, large, targets);
  const df1 = large.p - small.p;
  const df2 = large.n - large.p;
  // Nested, so RSS_small − RSS_large = ‖ŷ_large − ŷ_small‖² (Pythagoras): no cancellation.
  const gap = normOf(large.fit.fitted.map((value, i) => value - small.fit.fitted[i]!));
  const statistic = ((gap / large.residualNorm) ** 2 * df2) / df1;
  return {
    rssSmall: squaredNorm(name, 'the residual sum of squares of Xsmall', small.residualNorm),
    rssLarge: squaredNorm(name, 'the residual sum of squares of Xlarge', large.residualNorm),
    statistic,
    pValue: fSurvival(statistic, df1, df2),
    df1,
    df2,
  };
}
