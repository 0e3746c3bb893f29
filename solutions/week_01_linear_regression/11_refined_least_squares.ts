/**
 * Kata 01.11 — Appendix: least squares to the last digit
 *
 * An appendix to week 01: it comes after the week's verdict (kata 01.10) but stands on kata
 * 01.04's Householder QR alone and needs nothing from 01.05–01.10. Kata 01.04 showed that QR
 * loses about κ(X)·ε of relative accuracy where the normal equations lose κ(X)²·ε. Iterative
 * refinement wins those digits back: compute the residual r = y − Xb, solve the least-squares
 * problem min ‖r − Xδ‖ for a correction with the same factorisation, and set b ← b + δ. The
 * catch is the residual: computed in double precision it is wrong by about ε·|y|, far more
 * than the small residual it is meant to measure, so refinement stalls where it started.
 * Accumulated in twice the precision, with error-free transformations (TwoSum and TwoProduct),
 * it converges to the correctly rounded answer while κ·ε < 1.
 *
 * Theory: theory/week_01_linear_regression.md#least-squares-to-the-last-digit
 *
 * Implement, writing the error-free transformations yourself (Knuth, Dekker; JavaScript has no
 * fused multiply-add), without helpers/double_double.ts:
 * - `twoSum(a, b)`: s = fl(a + b) and the rounding error e, with a + b = s + e exactly
 *   (Knuth's branch-free six operations: no ordering of |a| and |b| assumed).
 * - `twoProduct(a, b)`: p = fl(a·b) and e with a·b = p + e exactly, by Dekker's split of each
 *   factor into two 26-bit halves (multiply by 2²⁷ + 1). Exact while nothing overflows or
 *   underflows (|a|, |b| below 2⁹⁹⁶ and a·b far above the subnormal range).
 * - `compensatedDot(a, b)`: Σ aᵢbᵢ as if accumulated in twice the working precision and rounded
 *   once (Ogita, Rump & Oishi's Dot2): TwoProduct for each term, TwoSum into the running sum,
 *   the rounding errors summed on the side and added at the end.
 * - `extendedResidual(X, y, b)`: rᵢ = yᵢ − Σⱼ Xᵢⱼ bⱼ, each row one compensated dot product, so
 *   that the cancellation between yᵢ and its fitted value costs nothing.
 * - `refinedLeastSquares(X, y, { steps, residualPrecision })`: Householder QR of X as given
 *   (no column scaling; copy your kata 01.04 reflections), the plain solve b₀, then `steps`
 *   rounds (default 3) of r ← residual(b), δ ← the least-squares solution for r with the same
 *   factors, b ← b + δ. `residualPrecision` (default 'extended') says how r is computed:
 *   'double' is the plain loop, 'extended' is extendedResidual. Returns the coefficients and a
 *   history with one entry per round, `{ step, correctionNorm }`, step 1 … steps and
 *   correctionNorm = ‖δ‖₂ of that round's correction.
 *
 * Rank: as in kata 01.04, refinedLeastSquares throws RankDeficiencyError when |R_jj| ≤
 * max(n, p)·ε·‖x_j‖ (column j is, to rounding, a combination of the columns before it), its
 * `columns` listing every such column, 0-based, and columns n … p − 1 when n < p.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks), each message starting with
 * the name of the function called: a non-finite or non-number scalar InvalidArgumentError; an
 * empty vector or design EmptyInputError; ragged rows, vectors of different lengths, a y whose
 * length differs from the row count or a b whose length differs from the column count
 * ShapeMismatchError; NaN or ±Infinity in a vector or matrix NonFiniteValueError; `steps` that
 * is not a non-negative integer, or an unknown `residualPrecision`, InvalidArgumentError.
 *
 * @example
 * twoSum(1, 2 ** -60); // { value: 1, error: 2 ** -60 }
 * twoProduct(1 + 2 ** -30, 1 + 2 ** -30); // { value: 1 + 2 ** -29, error: 2 ** -60 }
 * compensatedDot([1e16, 1, -1e16], [1, 1, 1]); // 1 (the plain loop gives 0)
 * extendedResidual([[1, 1], [1, 2]], [3, 5], [1, 2]); // [0, 0]
 * refinedLeastSquares([[1, 1], [1, 2], [1, 3]], [1, 2, 2], { steps: 2 });
 * // coefficients ≈ [0.6667, 0.5]; history [{ step: 1, correctionNorm: ≈ 3e-16 }, { step: 2, … }]
 */
import { InvalidArgumentError, RankDeficiencyError } from '../../helpers/errors';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  normOf,
  checkOptions,
  checkCount,
  LIMITS,
  checkNoOverflow,
} from '../../helpers/validation';
import { columnScales, powerOfTwoScaleOf } from '../../helpers/least_squares';

/** A rounded result and its rounding error: the exact answer is value + error. */
export interface ErrorFreePair {
  readonly value: number;
  readonly error: number;
}

export type ResidualPrecision = 'double' | 'extended';

export interface RefinementOptions {
  /** Rounds of refinement after the plain QR solve; a non-negative integer, default 3. */
  readonly steps?: number;
  /** How the residual y − Xb is computed; default 'extended'. */
  readonly residualPrecision?: ResidualPrecision;
}

export interface RefinementStep {
  /** 1 for the first correction. */
  readonly step: number;
  /** ‖δ‖₂ of the correction added in this round. */
  readonly correctionNorm: number;
}

export interface RefinedFit {
  readonly coefficients: number[];
  readonly history: RefinementStep[];
}

/** The rows of a design as fitted, intercept column included if wanted. */
export type RefinementDesign = readonly (readonly number[])[];

/**
 * Knuth's TwoSum. s − a recovers the part of b that made it into s (bb), s − bb the part of a;
 * what is missing from each is exactly representable, so e is exact (Knuth, TAOCP vol. 2,
 * §4.2.2, Theorem B).
 */
function sumWithError(a: number, b: number): ErrorFreePair {
  const value = a + b;
  const bPart = value - a;
  const aPart = value - bPart;
  return { value, error: a - aPart + (b - bPart) };
}

const SPLITTER = 134217729; // 2^27 + 1

/**
 * Dekker's TwoProduct. Each factor is split into a high half of 26 bits and a low half of at
 * most 26 bits (Veltkamp's split), so every partial product of halves is exact in 53 bits;
 * subtracting them from p in order leaves the rounding error exactly (Dekker 1971).
 */
function productWithError(a: number, b: number): ErrorFreePair {
  const value = a * b;
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  const error = aLow * bLow - (value - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
  return { value, error };
}

/** Dot2 without validation: the running sum in double, every rounding error summed aside. */
function dot2(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < a.length; i += 1) {
    const product = productWithError(a[i]!, b[i]!);
    const next = sumWithError(sum, product.value);
    sum = next.value;
    compensation += next.error + product.error;
  }
  return sum + compensation;
}

export function twoSum(a: number, b: number): ErrorFreePair {
  const name = 'twoSum';
  checkNumber(name, 'a', a);
  checkNumber(name, 'b', b);
  return sumWithError(a, b);
}

export function twoProduct(a: number, b: number): ErrorFreePair {
  const name = 'twoProduct';
  checkNumber(name, 'a', a);
  checkNumber(name, 'b', b);
  return productWithError(a, b);
}

export function compensatedDot(a: readonly number[], b: readonly number[]): number {
  const name = 'compensatedDot';
  const left = checkVector(name, 'a', a);
  const right = checkVector(name, 'b', b);
  checkSameLength(name, 'values in a', left.length, 'values in b', right.length);
  return dot2(left, right);
}

/** y − Xb, row i the compensated dot product of [yᵢ, xᵢ₀, …] and [1, −b₀, …] (−b is exact). */
function residualExtended(rows: readonly number[][], y: readonly number[], b: readonly number[]) {
  const weights = Float64Array.from([1, ...b.map((value) => -value)]);
  const terms = new Float64Array(b.length + 1);
  return rows.map((row, i) => {
    terms[0] = y[i]!;
    terms.set(row, 1);
    return dot2(terms, weights);
  });
}

/** y − Xb in plain double precision: each fitted value rounded before the subtraction. */
function residualDouble(rows: readonly number[][], y: readonly number[], b: readonly number[]) {
  return rows.map((row, i) => {
    let fitted = 0;
    for (let j = 0; j < b.length; j += 1) fitted += row[j]! * b[j]!;
    return y[i]! - fitted;
  });
}

export function extendedResidual(
  X: RefinementDesign,
  y: readonly number[],
  b: readonly number[],
): number[] {
  const name = 'extendedResidual';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  const coefficients = checkVector(name, 'b', b);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  checkSameLength(name, 'columns', rows[0]!.length, 'coefficients', coefficients.length);
  return residualExtended(rows, targets, coefficients);
}

interface Factors {
  /** v_k (entries k … n − 1) and β_k of the reflections H_k = I − β_k v_k v_kᵀ. */
  readonly vectors: Float64Array[];
  readonly betas: number[];
  /** Row k of R from its diagonal on: R_kk, R_k,k+1, …, R_k,p−1. */
  readonly upper: number[][];
}

/** target ← (I − βvvᵀ) target on entries offset … n − 1. */
function reflect(vector: Float64Array, beta: number, offset: number, target: Float64Array): void {
  const dot = vector.reduce((sum, value, i) => sum + value * target[offset + i]!, 0);
  const scale = beta * dot;
  vector.forEach((value, i) => {
    target[offset + i] = target[offset + i]! - scale * value;
  });
}

/**
 * Householder QR of the design as given (kata 01.04), keeping the reflections for reuse. With
 * fewer rows than columns, columns n … p − 1 have nothing left below the diagonal: their R_kk
 * is 0 and the rank test names them.
 */
function factorise(rows: readonly number[][], p: number): Factors {
  const n = rows.length;
  const columns = Array.from({ length: p }, (_, j) => Float64Array.from(rows, (row) => row[j]!));
  const vectors: Float64Array[] = [];
  const betas: number[] = [];
  const upper: number[][] = [];
  for (let k = 0; k < p; k += 1) {
    const column = columns[k]!;
    let norm = 0;
    for (let i = k; i < n; i += 1) norm = Math.hypot(norm, column[i]!);
    const head = column[k] ?? 0;
    // Reflect onto −sign(head)·‖x‖·e_k so that head − alpha adds two numbers of the same sign.
    // Stryker disable next-line EqualityOperator: at head = 0 either sign adds without cancelling
    const alpha = head < 0 ? norm : -norm;
    const vector = column.slice(k);
    vector[0] = head - alpha;
    const squaredNorm = vector.reduce((sum, value) => sum + value * value, 0);
    // β = 0 is the identity, for a column that is zero from the diagonal down.
    const beta = squaredNorm === 0 ? 0 : 2 / squaredNorm;
    vectors.push(vector);
    betas.push(beta);
    const row = [alpha];
    for (let j = k + 1; j < p; j += 1) {
      const target = columns[j]!;
      reflect(vector, beta, k, target);
      row.push(target[k] ?? 0);
    }
    upper.push(row);
  }
  return { vectors, betas, upper };
}

/** The least-squares solution of X·b ≈ rhs from the factors: Qᵀrhs, then back substitution. */
function solveWith(factors: Factors, rhs: readonly number[]): number[] {
  const work = Float64Array.from(rhs);
  factors.vectors.forEach((vector, k) => reflect(vector, factors.betas[k]!, k, work));
  const p = factors.upper.length;
  const solution = new Float64Array(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    const row = factors.upper[i]!;
    let sum = work[i]!;
    for (let j = i + 1; j < p; j += 1) sum -= row[j - i]! * solution[j]!;
    solution[i] = sum / row[0]!;
  }
  return Array.from(solution);
}

export function refinedLeastSquares(
  X: RefinementDesign,
  y: readonly number[],
  options: RefinementOptions = {},
): RefinedFit {
  const name = 'refinedLeastSquares';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const steps = checkCount(name, 'steps', checkOptions(name, options).steps ?? 3, {
    min: 0,
    max: LIMITS.steps,
  });
  const precision: unknown = options.residualPrecision ?? 'extended';
  if (precision !== 'double' && precision !== 'extended') {
    throw new InvalidArgumentError(
      name,
      `requires residualPrecision to be 'double' or 'extended' (got ${String(precision)})`,
    );
  }
  const n = rows.length;
  const p = rows[0]!.length;
  // Solved for the columns and y scaled by powers of two (exact), scaled back at the end: data
  // at 10^±200 would otherwise overflow or underflow in the sums of squares.
  const scales = columnScales(rows);
  const targetScale = powerOfTwoScaleOf(targets);
  const unscale = (values: readonly number[]): number[] =>
    values.map((value, j) => (value / scales[j]!) * targetScale);
  const scaledRows = rows.map((row) => row.map((value, j) => value / scales[j]!));
  const scaledTargets = targets.map((value) => value / targetScale);
  const factors = factorise(scaledRows, p);
  // Scale-free rank test: |R_jj| / ‖x_j‖ is the sine of the angle between column j and the
  // span of the columns before it.
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const dependent = factors.upper.flatMap((row, j) => {
    const norm = scaledRows.reduce((sum, values) => Math.hypot(sum, values[j]!), 0);
    return Math.abs(row[0]!) <= tolerance * norm ? [j] : [];
  });
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (dependent columns ${dependent.join(', ')}: each is, to rounding, a linear combination of the columns before it; got ${n} rows and ${p} columns)`,
      dependent,
    );
  }

  const residual = precision === 'extended' ? residualExtended : residualDouble;
  let coefficients = solveWith(factors, scaledTargets);
  const history: RefinementStep[] = [];
  for (let step = 1; step <= steps; step += 1) {
    // The correction solves the same least-squares problem with the residual as its target.
    // Its accuracy is limited by the factorisation (relative error ~κε, so each round gains
    // −log10(κε) digits) and by the residual's own error: the plain loop rounds each fitted
    // value, an error of ~ε·|yᵢ|, and no correction computed from it can be more accurate.
    const correction = solveWith(factors, residual(scaledRows, scaledTargets, coefficients));
    coefficients = coefficients.map((value, j) => value + correction[j]!);
    history.push({ step, correctionNorm: normOf(unscale(correction)) });
  }
  const result = unscale(coefficients);
  checkNoOverflow(name, 'the coefficients', result);
  return { coefficients: result, history };
}
