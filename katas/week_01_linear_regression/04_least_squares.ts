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
import { NotImplementedError } from '../../helpers/errors';

/** The design as fitted: one row per observation, the intercept column included if wanted. */
export type DesignRows = readonly (readonly number[])[];

export interface QRFactors {
  /** n × p with orthonormal columns. */
  readonly Q: number[][];
  /** p × p upper triangular; its diagonal may be negative. */
  readonly R: number[][];
}

export function householderQR(X: DesignRows): QRFactors {
  // TODO: for each column k, the reflection H = I − βvvᵀ that maps the column's entries from
  // row k down onto a multiple of e_k; apply it to the remaining columns.
  throw new NotImplementedError('01.04', 'householderQR');
}

export function solveHouseholderQR(X: DesignRows, y: readonly number[]): number[] {
  // TODO: Qᵀy through the same reflections, a rank check on R's diagonal, back substitution.
  throw new NotImplementedError('01.04', 'solveHouseholderQR');
}

export function solveNormalEquations(X: DesignRows, y: readonly number[]): number[] {
  // TODO: XᵀX and Xᵀy, Cholesky, forward and back substitution.
  throw new NotImplementedError('01.04', 'solveNormalEquations');
}

export function solvePseudoInverse(X: DesignRows, y: readonly number[]): number[] {
  // TODO: V Σ⁺ Uᵀ y with small singular values dropped.
  throw new NotImplementedError('01.04', 'solvePseudoInverse');
}

export function conditionNumber(X: DesignRows): number {
  // TODO: σmax / σmin.
  throw new NotImplementedError('01.04', 'conditionNumber');
}
