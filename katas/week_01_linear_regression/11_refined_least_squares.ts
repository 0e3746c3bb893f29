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
import { NotImplementedError } from '../../helpers/errors';

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

export function twoSum(a: number, b: number): ErrorFreePair {
  // TODO: s = a + b, then recover what rounding dropped from each operand, without assuming
  // |a| ≥ |b|.
  throw new NotImplementedError('01.11', 'twoSum');
}

export function twoProduct(a: number, b: number): ErrorFreePair {
  // TODO: p = a·b; split each factor into halves of at most 26 bits (multiply by 2²⁷ + 1) so
  // that the partial products are exact, and subtract them from p in order.
  throw new NotImplementedError('01.11', 'twoProduct');
}

export function compensatedDot(a: readonly number[], b: readonly number[]): number {
  // TODO: TwoProduct for each term, TwoSum into the running sum, every error summed aside.
  throw new NotImplementedError('01.11', 'compensatedDot');
}

export function extendedResidual(
  X: RefinementDesign,
  y: readonly number[],
  b: readonly number[],
): number[] {
  // TODO: each rᵢ as one compensated dot product of [yᵢ, xᵢ₀, …] with [1, −b₀, …].
  throw new NotImplementedError('01.11', 'extendedResidual');
}

export function refinedLeastSquares(
  X: RefinementDesign,
  y: readonly number[],
  options: RefinementOptions = {},
): RefinedFit {
  // TODO: Householder QR once (your kata 01.04 reflections), the plain solve, then `steps`
  // rounds of: residual, correction from the same factors, b ← b + δ, one history entry.
  throw new NotImplementedError('01.11', 'refinedLeastSquares');
}
