/**
 * Kata 01.04 — Solving least squares
 *
 * The least-squares coefficients b minimise ‖y − Xb‖², and there are three standard ways to
 * compute them. The normal equations XᵀX b = Xᵀy are the shortest, but forming XᵀX squares
 * the condition number, so on an ill-conditioned design their error bound grows like κ², twice
 * the digits at risk. Householder QR works on X itself and its bound grows only like κ. The SVD
 * gives the pseudo-inverse, the one answer that still exists when columns are collinear: the
 * minimum-norm solution.
 *
 * Theory: theory/week_01_linear_regression.md#solving-least-squares
 *
 * Every function takes the design exactly as it is fitted: add the intercept column yourself
 * (kata 01.03), and column indices in errors count it (column 0 is the intercept).
 *
 * Implement:
 * - `householderQR(X)`: the thin factorisation X = QR, Q n×p with orthonormal columns and R
 *   p×p upper triangular (entries below the diagonal exactly 0), built from Householder
 *   reflections that you write yourself: ml-matrix's QrDecomposition is not the exercise.
 *   Requires n ≥ p.
 * - `solveHouseholderQR(X, y)`: apply the reflections to y (Qᵀy), then back-substitute Rb = Qᵀy.
 * - `solveNormalEquations(X, y)`: form XᵀX and Xᵀy explicitly, factor XᵀX = LLᵀ (Cholesky,
 *   written yourself), then solve Lz = Xᵀy and Lᵀb = z.
 * - `solvePseudoInverse(X, y)`: b = V Σ⁺ Uᵀ y from the SVD (ml-matrix's
 *   SingularValueDecomposition may be used), singular values σ ≤ max(n, p)·ε·σmax treated as 0
 *   (numpy.linalg.lstsq's default cut-off, ε = Number.EPSILON). Never throws for rank
 *   deficiency, works for more columns than rows, and returns the minimum-norm solution.
 * - `conditionNumber(X)`: the 2-norm condition number σmax/σmin of X (unscaled), with σmin the
 *   p-th singular value: Infinity when σmin is 0 or when there are fewer rows than columns.
 *
 * Rank: the QR and normal-equation solvers throw RankDeficiencyError when a column is (to
 * rounding) a linear combination of the columns before it, its `columns` listing every such
 * column, 0-based, in the design as given. The tests are scale-free, per column j:
 * QR flags |R_jj| ≤ max(n, p)·ε·‖x_j‖; Cholesky flags a pivot (the squared R_jj) ≤
 * max(n, p)·ε·(XᵀX)_jj, keeps going past it to find the others, and both flag columns
 * n … p − 1 when there are fewer rows than columns. The Cholesky test amounts to
 * |R_jj|/‖x_j‖ ≤ √(max(n, p)·ε), about 4·10⁻⁸: far coarser than QR's.
 *
 * Accuracy (any backward-stable variant passes): with D = diag(‖x_j‖) and κs the condition
 * number of the column-scaled design X·D⁻¹, the error in the column-scaled norm
 * ‖D(b̂ − b)‖/‖Db‖ stays within n·p·κs·ε for QR and n·p·κs²·ε for the normal equations, and
 * the SVD solution's relative error ‖b̂ − b‖/‖b‖ within n·p·κ(X)·ε. On a rounded design where
 * those bounds are five digits apart, the normal equations' error is at least 100 times QR's.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks), each message starting with
 * the name of the function called: an empty design or y EmptyInputError (householderQR also
 * when n < p); ragged rows or a y whose length differs from the row count ShapeMismatchError;
 * NaN or ±Infinity NonFiniteValueError; RankDeficiencyError as above. No function changes its
 * inputs.
 *
 * @example
 * const X = [[1, 1], [1, 2], [1, 3]];
 * solveHouseholderQR(X, [1, 2, 2]); // ≈ [0.6667, 0.5]
 * solveNormalEquations(X, [1, 2, 2]); // ≈ [0.6667, 0.5]
 * solvePseudoInverse([[1, 1], [1, 1]], [2, 2]); // ≈ [1, 1]: the shortest b with b0 + b1 = 2
 * conditionNumber([[3, 0], [0, 0.5]]); // 6
 * solveHouseholderQR([[1, 2, 2], [1, 3, 3], [1, 5, 5]], [1, 2, 3]); // RankDeficiencyError, columns [2]
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { EmptyInputError, RankDeficiencyError, NonFiniteValueError } from '../../helpers/errors';
import { singularValues } from '../../helpers/linalg';
import {
  checkMatrix,
  checkSameLength,
  checkVector,
  checkNoOverflow,
  maxOf,
  minOf,
} from '../../helpers/validation';
import { columnScales, powerOfTwoScaleOf } from '../../helpers/least_squares';

/** The design as fitted: one row per observation, the intercept column included if wanted. */
export type DesignRows = readonly (readonly number[])[];

export interface QRFactors {
  /** n × p with orthonormal columns. */
  readonly Q: number[][];
  /** p × p upper triangular; its diagonal may be negative. */
  readonly R: number[][];
}

interface Problem {
  readonly rows: number[][];
  readonly targets: number[];
  readonly n: number;
  readonly p: number;
}

function checkProblem(functionName: string, X: unknown, y: unknown): Problem {
  const rows = checkMatrix(functionName, 'X', X);
  const targets = checkVector(functionName, 'y', y);
  checkSameLength(functionName, 'rows', rows.length, 'targets', targets.length);
  return { rows, targets, n: rows.length, p: rows[0]!.length };
}

function rankDeficiency(functionName: string, columns: number[], n: number, p: number): never {
  throw new RankDeficiencyError(
    functionName,
    columns.length > 1
      ? `requires a design of full column rank (columns ${columns.join(', ')} are linear combinations of the columns before them; got ${n} rows and ${p} columns)`
      : `requires a design of full column rank (column ${columns.join(', ')} is a linear combination of the columns before it; got ${n} rows and ${p} columns)`,
    columns,
  );
}

function fewerRowsThanColumns(functionName: string, n: number, p: number): never {
  // Any n + 1 vectors in n dimensions are dependent: columns n … p − 1 cannot add rank.
  return rankDeficiency(
    functionName,
    Array.from({ length: p - n }, (_, k) => n + k),
    n,
    p,
  );
}

interface Reflections {
  /** Column-major working copy: after factorising, R sits on and above the diagonal. */
  readonly columns: Float64Array[];
  /** v_k (entries k … n − 1) and β_k of H_k = I − β_k v_k v_kᵀ. */
  readonly vectors: Float64Array[];
  readonly betas: number[];
  readonly n: number;
}

/**
 * Householder QR: reflection k maps entries k … n − 1 of column k onto −sign(x_k)·‖x‖·e_k.
 * The sign is chosen so that v_0 = x_k + sign(x_k)‖x‖ adds two numbers of the same sign and
 * never cancels (Golub & Van Loan, Matrix Computations, §5.1.2).
 */
function reflect(rows: readonly (readonly number[])[], p: number): Reflections {
  const n = rows.length;
  const columns = Array.from({ length: p }, (_, j) => Float64Array.from(rows, (row) => row[j]!));
  const vectors: Float64Array[] = [];
  const betas: number[] = [];
  for (let k = 0; k < p; k += 1) {
    const column = columns[k]!;
    let norm = 0;
    for (let i = k; i < n; i += 1) norm = Math.hypot(norm, column[i]!);
    const head = column[k]!;
    const alpha = head >= 0 ? -norm : norm;
    const vector = column.slice(k);
    vector[0] = head - alpha;
    const squaredNorm = vector.reduce((sum, value) => sum + value * value, 0);
    // A column already zero below its diagonal needs no reflection (β = 0 is the identity).
    const beta = squaredNorm === 0 ? 0 : 2 / squaredNorm;
    vectors.push(vector);
    betas.push(beta);
    for (let j = k; j < p; j += 1) applyReflection(vector, beta, k, columns[j]!);
    // Below the diagonal the reflected column is zero in exact arithmetic: store it so.
    column.fill(0, k + 1);
    column[k] = alpha;
  }
  return { columns, vectors, betas, n };
}

/** target ← (I − βvvᵀ) target on entries offset … n − 1. */
function applyReflection(
  vector: Float64Array,
  beta: number,
  offset: number,
  target: Float64Array,
): void {
  // β = 0 (nothing to reflect) gives scale 0 and leaves the target as it is.
  let dot = 0;
  for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * target[offset + i]!;
  const scale = beta * dot;
  vector.forEach((value, i) => {
    target[offset + i] = target[offset + i]! - scale * value;
  });
}

/** R, read off the working columns: reflect() stored exact zeros below the diagonal. */
function upperTriangle(reflections: Reflections, p: number): number[][] {
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => reflections.columns[j]![i]!),
  );
}

/** X·D⁻¹ for the power-of-two column scales D (exact). */
function scaleColumns(rows: readonly (readonly number[])[], scales: readonly number[]): number[][] {
  return rows.map((row) => row.map((value, j) => value / scales[j]!));
}

function backSubstitute(R: readonly (readonly number[])[], rhs: ArrayLike<number>): number[] {
  const p = R.length;
  const solution = new Float64Array(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    const row = R[i]!;
    let sum = rhs[i]!;
    for (let j = i + 1; j < p; j += 1) sum -= row[j]! * solution[j]!;
    solution[i] = sum / row[i]!;
  }
  return Array.from(solution);
}

export function householderQR(X: DesignRows): QRFactors {
  const name = 'householderQR';
  const rows = checkMatrix(name, 'X', X);
  const n = rows.length;
  const p = rows[0]!.length;
  if (n < p) {
    throw new EmptyInputError(
      name,
      `requires at least as many rows as columns for the thin factorisation (got ${n} rows and ${p} columns)`,
    );
  }
  // Columns scaled by powers of two (exact): QR of XD is Q·(RD), so R is scaled back below.
  // At X × 10^200 unscaled sums of squares would overflow and Q come out NaN.
  const scales = columnScales(rows);
  const reflections = reflect(scaleColumns(rows, scales), p);
  // Q's columns are H_0 H_1 … H_{p−1} applied to e_0 … e_{p−1}: the reflections in reverse.
  const qColumns = Array.from({ length: p }, (_, j) => {
    const unit = new Float64Array(n);
    unit[j] = 1;
    for (let k = p - 1; k >= 0; k -= 1)
      applyReflection(reflections.vectors[k]!, reflections.betas[k]!, k, unit);
    return unit;
  });
  return {
    Q: Array.from({ length: n }, (_, i) => qColumns.map((column) => column[i]!)),
    R: upperTriangle(reflections, p).map((row) => row.map((value, j) => value * scales[j]!)),
  };
}

export function solveHouseholderQR(X: DesignRows, y: readonly number[]): number[] {
  const name = 'solveHouseholderQR';
  const { rows, targets, n, p } = checkProblem(name, X, y);
  if (n < p) fewerRowsThanColumns(name, n, p);
  // Solved for XD and y/t (powers of two, exact), then b = D·b'·t: data at 10^±200 neither
  // overflow nor underflow in the sums of squares.
  const scales = columnScales(rows);
  const targetScale = powerOfTwoScaleOf(targets);
  const reflections = reflect(scaleColumns(rows, scales), p);
  // Scale-free rank test: |R_jj| is the distance from x_j to the span of x_0 … x_{j−1}, so
  // |R_jj| / ‖x_j‖ is the sine of the angle between them.
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const dependent = reflections.columns.flatMap((column, j) => {
    let norm = 0;
    for (const row of rows) norm = Math.hypot(norm, row[j]! / scales[j]!);
    return Math.abs(column[j]!) <= tolerance * norm ? [j] : [];
  });
  if (dependent.length > 0) rankDeficiency(name, dependent, n, p);
  // Qᵀy: the same reflections in the same order; Q is never formed.
  const rhs = Float64Array.from(targets, (value) => value / targetScale);
  reflections.vectors.forEach((vector, k) =>
    applyReflection(vector, reflections.betas[k]!, k, rhs),
  );
  const solution = backSubstitute(upperTriangle(reflections, p), rhs).map(
    (b, j) => (b / scales[j]!) * targetScale,
  );
  checkNoOverflow(name, 'the coefficients', solution);
  return solution;
}

export function solveNormalEquations(X: DesignRows, y: readonly number[]): number[] {
  const name = 'solveNormalEquations';
  const { rows, targets, n, p } = checkProblem(name, X, y);
  if (n < p) fewerRowsThanColumns(name, n, p);
  // Forming XᵀX is where κ(X) becomes κ(X)²: every entry is rounded relative to the large
  // entries, and the small singular values live in what is left after they cancel.
  const gram = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const moment = new Array<number>(p).fill(0);
  rows.forEach((row, r) => {
    for (let i = 0; i < p; i += 1) {
      const xi = row[i]!;
      moment[i] = moment[i]! + xi * targets[r]!;
      const gramRow = gram[i]!;
      for (let j = 0; j <= i; j += 1) gramRow[j] = gramRow[j]! + xi * row[j]!;
    }
  });
  // Forming XᵀX squares the data: at 10^±200 that over- or underflows, and the method (not the
  // design) fails. Said so, instead of a false rank deficiency.
  gram.forEach((gramRow, j) => {
    const diagonal = gramRow[j]!;
    if (!Number.isFinite(diagonal) || (diagonal === 0 && rows.some((row) => row[j] !== 0))) {
      throw new NonFiniteValueError(
        name,
        `cannot form XᵀX: the squares of column ${j} ${diagonal === 0 ? 'underflow' : 'overflow'} double precision (got ${diagonal}); rescale the columns or use a QR solver`,
      );
    }
  });
  // Cholesky, column by column (L lower triangular, XᵀX = LLᵀ). A pivot that is rounding
  // noise marks a dependent column; its column of L is zeroed so the search can go on.
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const lower = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    const lowerRow = lower[j]!;
    let pivot = gram[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= lowerRow[k]! ** 2;
    if (pivot <= tolerance * gram[j]![j]!) {
      dependent.push(j);
      continue;
    }
    const diagonal = Math.sqrt(pivot);
    lowerRow[j] = diagonal;
    for (let i = j + 1; i < p; i += 1) {
      const otherRow = lower[i]!;
      let sum = gram[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= otherRow[k]! * lowerRow[k]!;
      otherRow[j] = sum / diagonal;
    }
  }
  if (dependent.length > 0) rankDeficiency(name, dependent, n, p);
  const z = new Float64Array(p);
  for (let i = 0; i < p; i += 1) {
    const row = lower[i]!;
    let sum = moment[i]!;
    for (let k = 0; k < i; k += 1) sum -= row[k]! * z[k]!;
    z[i] = sum / row[i]!;
  }
  // Lᵀb = z is an upper-triangular system whose rows are the columns of L.
  const upper = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => lower[j]![i]!),
  );
  return backSubstitute(upper, z);
}

function singularValueDecomposition(rows: number[][]): SingularValueDecomposition {
  return new SingularValueDecomposition(new Matrix(rows), { autoTranspose: true });
}

export function solvePseudoInverse(X: DesignRows, y: readonly number[]): number[] {
  const name = 'solvePseudoInverse';
  const { rows, targets, n, p } = checkProblem(name, X, y);
  const svd = singularValueDecomposition(rows);
  const sigma = svd.diagonal;
  const cutoff = Math.max(n, p) * Number.EPSILON * maxOf([0, ...sigma]);
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  // b = Σ_k (u_kᵀy / σ_k) v_k over the singular values above the cut-off. Dropping the rest
  // leaves b with no component in the null space of X: the minimum-norm solution.
  const solution = new Array<number>(p).fill(0);
  sigma.forEach((s, k) => {
    if (s <= cutoff) return;
    let coordinate = 0;
    for (let i = 0; i < n; i += 1) coordinate += u.get(i, k) * targets[i]!;
    const weight = coordinate / s;
    for (let j = 0; j < p; j += 1) solution[j] = solution[j]! + weight * v.get(j, k);
  });
  return solution;
}

export function conditionNumber(X: DesignRows): number {
  const rows = checkMatrix('conditionNumber', 'X', X);
  const n = rows.length;
  const p = rows[0]!.length;
  // With fewer rows than columns XᵀX is singular: the p-th singular value is 0.
  if (n < p) return Number.POSITIVE_INFINITY;
  const sigma = singularValues(rows);
  const largest = maxOf(sigma);
  const smallest = minOf(sigma);
  return smallest === 0 ? Number.POSITIVE_INFINITY : largest / smallest;
}
