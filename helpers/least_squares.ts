/**
 * Ordinary least squares for modules to lean on where the fit itself is not the concept under
 * study (influence measures, assumption tests, auxiliary regressions, week 02's models).
 * Week 01's katas teach how it works; this is the version the other katas can trust.
 *
 * Method: columns scaled by powers of two (exact in floating point) so that no column's size
 * dominates, Householder QR without forming XᵀX (which would square the condition number),
 * two steps of iterative refinement of the coefficients against the residual, and the
 * quantities inference needs read off the factors: leverage h_i = ‖row i of Q₁‖² and
 * diag((XᵀX)⁻¹) = squared row norms of R⁻¹. References: Golub & Van Loan, Matrix
 * Computations, §5.2 and §5.3; Björck, Numerical Methods for Least Squares Problems, §2.9.
 */
import { dd, power, toNumber } from './double_double';
import { RankDeficiencyError } from './errors';
import { fitLeastSquaresExtended } from './extended_least_squares';
import { withLazyFields } from './lazy_fields';
import type { LeastSquaresFit } from './least_squares_fit';
import { normOf } from './validation';

export type { LeastSquaresFit } from './least_squares_fit';

/**
 * A Householder QR kept compactly, LAPACK style, in one column-major n × p array: R above the
 * diagonal, the Householder vector of step k from the diagonal of column k down. Typed arrays
 * and no copies: a 30 × 13 fit is a few microseconds of arithmetic, and allocations would
 * otherwise cost more than that.
 */
interface Factorisation {
  readonly rows: number;
  readonly columns: number;
  /** Column-major n × p: entry (i, j) at i + j·n. */
  readonly qr: Float64Array;
  readonly betas: number[];
  /** R's diagonal (the Householder vectors occupy the diagonal of `qr`). */
  readonly diagonal: number[];
}

/** R's entry (i, j), i ≤ j. */
function rAt(factors: Factorisation, i: number, j: number): number {
  return i === j ? factors.diagonal[i]! : factors.qr[i + j * factors.rows]!;
}

/**
 * Turns column k (rows k … n − 1) into its Householder vector, in place, and records β and R's
 * diagonal entry.
 */
function makeReflector(
  qr: Float64Array,
  rows: number,
  k: number,
  betas: number[],
  diagonal: number[],
): void {
  const start = k * rows;
  // Columns arrive scaled to norm ≈ 1, so a plain sum of squares cannot overflow.
  const head = qr[start + k]!;
  let squares = 0;
  for (let i = start + k; i < start + rows; i += 1) squares += qr[i]! ** 2;
  const norm = Math.sqrt(squares);
  // Reflect onto −sign(head)·‖x‖·e_k so that head − alpha never cancels.
  const alpha = head > 0 ? -norm : norm;
  qr[start + k] = head - alpha;
  // ‖v‖², summed in the same order as ‖x‖² (the last digits of NIST Pontius depend on it).
  let squaredNorm = 0;
  for (let i = start + k; i < start + rows; i += 1) squaredNorm += qr[i]! ** 2;
  betas[k] = squaredNorm === 0 ? 0 : 2 / squaredNorm;
  diagonal[k] = alpha;
}

/**
 * Factorises the column-major `qr` in place. Each trailing column is read and written once per
 * step: the pass that applies reflection k also forms the column's dot product with reflection
 * k + 1 (from the values it has just written, in the same order, so the arithmetic is that of
 * the textbook loop), which halves the memory traffic on tall designs.
 */
function factorise(qr: Float64Array, rows: number, columns: number): Factorisation {
  // Plain arrays for the p-vectors: a small Float64Array costs more to allocate than to fill.
  const betas = new Array<number>(columns).fill(0);
  const diagonal = new Array<number>(columns).fill(0);
  // Past the last row (more columns than rows) there is nothing left to reflect: R's diagonal
  // is 0 there, and the rank check names those columns.
  const steps = Math.min(rows, columns);
  if (steps === 0) return { rows, columns, qr, betas, diagonal };
  const dots = new Array<number>(columns).fill(0); // dots[j] = v_k · column j, for j > k
  makeReflector(qr, rows, 0, betas, diagonal);
  for (let j = 1; j < columns; j += 1) {
    const target = j * rows;
    let dot = 0;
    for (let i = 0; i < rows; i += 1) dot += qr[i]! * qr[target + i]!;
    dots[j] = dot;
  }
  for (let k = 0; k < steps; k += 1) {
    const start = k * rows;
    const beta = betas[k]!;
    const next = k + 1;
    if (next >= columns) break;
    // Column k + 1 first: its reflector is needed before the other columns' fused pass.
    const nextStart = next * rows;
    const nextScale = beta * dots[next]!;
    for (let i = k; i < rows; i += 1)
      qr[nextStart + i] = qr[nextStart + i]! - nextScale * qr[start + i]!;
    const fused = next < steps;
    if (fused) makeReflector(qr, rows, next, betas, diagonal);
    for (let j = next + 1; j < columns; j += 1) {
      const target = j * rows;
      const scale = beta * dots[j]!;
      qr[target + k] = qr[target + k]! - scale * qr[start + k]!;
      let dot = 0;
      if (fused) {
        for (let i = next; i < rows; i += 1) {
          const value = qr[target + i]! - scale * qr[start + i]!;
          qr[target + i] = value;
          dot += qr[nextStart + i]! * value;
        }
      } else {
        for (let i = next; i < rows; i += 1)
          qr[target + i] = qr[target + i]! - scale * qr[start + i]!;
      }
      dots[j] = dot;
    }
  }
  return { rows, columns, qr, betas, diagonal };
}

/** Applies reflection k to `vector`, in place. */
function reflect(factors: Factorisation, k: number, vector: Float64Array): void {
  const { rows, qr } = factors;
  const start = k * rows;
  let dot = 0;
  for (let i = k; i < rows; i += 1) dot += qr[start + i]! * vector[i]!;
  const scale = factors.betas[k]! * dot;
  for (let i = k; i < rows; i += 1) vector[i] = vector[i]! - scale * qr[start + i]!;
}

/** Qᵀv, in place. */
function applyQTranspose(factors: Factorisation, vector: Float64Array): void {
  for (let k = 0; k < factors.columns; k += 1) reflect(factors, k, vector);
}

/** Solves R b = c (the first p entries of `rhs`) by back substitution. */
function solveUpper(factors: Factorisation, rhs: ArrayLike<number>): number[] {
  const { rows, columns: p, qr, diagonal } = factors;
  // Every entry is written (last first) before it is read: no fill, which would store small
  // integers and convert the array at the first fraction.
  const solution = new Array<number>(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = rhs[i]!;
    for (let j = i + 1; j < p; j += 1) sum -= qr[i + j * rows]! * solution[j]!;
    solution[i] = sum / diagonal[i]!;
  }
  return solution;
}

/** R⁻¹, row-major p × p (upper triangular), column by column: R x = e_j touches rows ≤ j. */
function invertUpper(factors: Factorisation, inverse: Float64Array): Float64Array {
  const { rows, columns: p, qr, diagonal } = factors;
  for (let j = 0; j < p; j += 1) {
    inverse[j * p + j] = 1 / diagonal[j]!;
    for (let i = j - 1; i >= 0; i -= 1) {
      let sum = 0;
      for (let k = i + 1; k <= j; k += 1) sum -= qr[i + k * rows]! * inverse[k * p + j]!;
      inverse[i * p + j] = sum / diagonal[i]!;
    }
  }
  return inverse;
}

/** The power of two nearest the norm of entries [start, end) of `values`: dividing by it is exact. */
function powerOfTwoScale(values: Float64Array, start: number, end: number): number {
  let squares = 0;
  for (let i = start; i < end; i += 1) squares += values[i]! ** 2;
  // Math.hypot guards the rare column whose squares overflow or underflow.
  const norm =
    Number.isFinite(squares) && squares > 1e-300
      ? Math.sqrt(squares)
      : normOf(values.subarray(start, end));
  return norm === 0 ? 1 : 2 ** Math.round(Math.log2(norm));
}

/**
 * The power of two nearest the largest |value| (1 for all zeros): dividing by it is exact, and
 * brings data at 10^±200 to order one, where sums of squares neither overflow nor underflow.
 * Solvers scale each column and y by such factors, solve, and scale the answer back.
 */
export function powerOfTwoScaleOf(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i += 1) largest = Math.max(largest, Math.abs(values[i]!));
  if (largest === 0 || !Number.isFinite(largest)) return 1;
  // Clamped so the scale itself is a normal, finite double.
  return 2 ** Math.min(1023, Math.max(-1022, Math.round(Math.log2(largest))));
}

/** One power-of-two scale per column of `rows` (see powerOfTwoScaleOf). */
export function columnScales(rows: readonly (readonly number[])[]): number[] {
  const p = rows[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) => powerOfTwoScaleOf(rows.map((row) => row[j]!)));
}

/**
 * Least squares on a design given exactly as it should be fitted (add the constant column
 * yourself). Throws RankDeficiencyError naming the columns that depend on earlier ones.
 */
export function fitLeastSquares(
  functionName: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
): LeastSquaresFit {
  return fitInDoublePrecision(functionName, design, targets).fit;
}

/**
 * Least squares to the limit of double precision: the fast path above when the (column-scaled)
 * problem is well conditioned, and the whole solve in double-double arithmetic when its
 * sensitivity estimate (κ = ‖R‖₂·‖R⁻¹‖₂, estimated, plus κ²·‖r‖/‖ŷ‖ for large residuals) exceeds 1e3,
 * where the double path could lose more than three or four of its sixteen digits.
 */
export function fitLeastSquaresAccurate(
  functionName: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
  options: { readonly intercept?: boolean } = {},
): LeastSquaresFit {
  // With `intercept` the constant column is prepended here, as column 0 of the fitted design,
  // straight into the solver's own layout: a copy of every row with a 1 in front costs more
  // than the checks on 10⁵ rows.
  const intercept = options.intercept ?? false;
  const { fit, conditionEstimate } = fitInDoublePrecision(functionName, design, targets, intercept);
  if (conditionEstimate <= EXTENDED_PRECISION_THRESHOLD) return fit;
  return fitLeastSquaresExtended(
    design.map((row) => {
      const extended = row.map((value) => dd(value));
      return intercept ? [dd(1), ...extended] : extended;
    }),
    targets,
  );
}

/**
 * Least-squares polynomial in one variable, with the powers x⁰ (when `intercept`), x¹, …,
 * x^degree formed in double-double: powers rounded to double before the solve already cost an
 * ill-conditioned design like NIST's Filip about half its digits, however exact the solver.
 */
export function fitPolynomialAccurate(
  functionName: string,
  x: readonly number[],
  targets: readonly number[],
  degree: number,
  intercept: boolean,
): LeastSquaresFit {
  const first = intercept ? 0 : 1;
  const exactPowers = x.map((value) =>
    Array.from({ length: degree + 1 - first }, (_, k) => power(dd(value), k + first)),
  );
  // The double-precision pass checks the rank and says whether the extended pass is needed.
  const rounded = exactPowers.map((row) => row.map((value) => toNumber(value)));
  const { fit, conditionEstimate } = fitInDoublePrecision(functionName, rounded, targets);
  if (conditionEstimate <= EXTENDED_PRECISION_THRESHOLD) return fit;
  return fitLeastSquaresExtended(exactPowers, targets);
}

const EXTENDED_PRECISION_THRESHOLD = 1e3;

/**
 * How much the double-precision solution may amplify rounding errors: κ for the coefficients
 * of a small-residual problem, plus κ²·‖r‖/‖ŷ‖ when the residual is large (Wedin's
 * perturbation bound for least squares; Björck 1996, §1.4). Above EXTENDED_PRECISION_THRESHOLD
 * the accurate entry points redo the fit in double-double; above REFINEMENT_THRESHOLD the double
 * path refines its solution.
 */
function sensitivity(
  condition: number,
  residuals: Float64Array,
  targets: ArrayLike<number>,
): number {
  let residualSquares = 0;
  let fittedSquares = 0;
  for (let i = 0; i < targets.length; i += 1) {
    const e = residuals[i]!;
    residualSquares += e * e;
    fittedSquares += (targets[i]! - e) ** 2;
  }
  const fittedNorm = Math.sqrt(fittedSquares);
  return (
    condition +
    (fittedNorm === 0 ? 0 : (condition * condition * Math.sqrt(residualSquares)) / fittedNorm)
  );
}

/**
 * Below this sensitivity one step of refinement already brings the solution to within an ulp
 * or two of what a second would (its error is about sensitivity·ε), so the second is skipped.
 */
const REFINEMENT_THRESHOLD = 10;

function fitInDoublePrecision(
  functionName: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
  intercept = false,
): { fit: LeastSquaresFit; conditionEstimate: number } {
  const n = design.length;
  const first = intercept ? 1 : 0;
  const p = (design[0]?.length ?? 0) + first;
  // Column-major, the layout the factorisation works in; column 0 is the constant column when
  // `intercept`.
  const columns = ownedArray(n * p);
  if (intercept) columns.fill(1, 0, n);
  for (let i = 0; i < n; i += 1) {
    const row = design[i] as readonly number[];
    for (let j = first; j < p; j += 1) columns[i + j * n] = row[j - first]!;
  }
  return solveColumns(functionName, columns, n, p, targets);
}

/**
 * Scratch arrays for the temporaries of a fit (the scaled design's copy, residuals, R⁻¹),
 * reused from call to call: a Float64Array of more than a few elements lives outside the
 * JavaScript heap, and allocating one costs microseconds, as much as the arithmetic of a
 * 30 × 13 fit. Large problems get fresh arrays, so that no call keeps megabytes alive.
 */
const scratch = new Map<string, Float64Array>();
const SCRATCH_LIMIT = 1 << 16;

function scratchArray(name: string, length: number): Float64Array {
  if (length > SCRATCH_LIMIT) return new Float64Array(length);
  let array = scratch.get(name);
  if (array === undefined || array.length < length) {
    array = new Float64Array(Math.max(length, 2 * (array?.length ?? 0)));
    scratch.set(name, array);
  }
  return array;
}

/**
 * A zeroed Float64Array the caller may keep (a fit's factors live as long as the fit): small
 * ones are views carved in turn from a shared 1 MB buffer, which costs a fraction of a fresh
 * Float64Array's own buffer (its allocation, and the garbage collections that external memory
 * triggers, were the largest single cost of a 50 × 3 fit). A buffer is freed once no view
 * into it is left.
 */
const SLAB_LENGTH = 1 << 17;
let slab = new ArrayBuffer(0);
let slabUsed = 0;

function ownedArray(length: number): Float64Array {
  if (length > SCRATCH_LIMIT) return new Float64Array(length);
  if (slabUsed + length > slab.byteLength / Float64Array.BYTES_PER_ELEMENT) {
    slab = new ArrayBuffer(SLAB_LENGTH * Float64Array.BYTES_PER_ELEMENT);
    slabUsed = 0;
  }
  const view = new Float64Array(slab, slabUsed * Float64Array.BYTES_PER_ELEMENT, length);
  slabUsed += length;
  return view;
}

/** residual ← y − X·b for the scaled design held column-major in `design`. */
function residualOf(
  design: Float64Array,
  n: number,
  p: number,
  targets: ArrayLike<number>,
  scaledCoefficients: ArrayLike<number>,
  residual: Float64Array,
): void {
  for (let i = 0; i < n; i += 1) residual[i] = targets[i]!;
  for (let j = 0; j < p; j += 1) {
    const b = scaledCoefficients[j]!;
    const start = j * n;
    for (let i = 0; i < n; i += 1) residual[i] = residual[i]! - design[start + i]! * b;
  }
}

function rankCheck(functionName: string, factors: Factorisation): void {
  const { rows: n, columns: p, diagonal } = factors;
  let largest = 0;
  for (let j = 0; j < p; j += 1) largest = Math.max(largest, Math.abs(diagonal[j]!));
  const threshold = Math.max(n, p) * Number.EPSILON * largest;
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) if (Math.abs(diagonal[j]!) <= threshold) dependent.push(j);
  if (n < p || dependent.length > 0) {
    const named = dependent.length > 0 ? dependent : [p - 1];
    throw new RankDeficiencyError(
      functionName,
      `requires a design of full column rank (column${named.length > 1 ? 's' : ''} ${named.join(', ')} of the fitted design depend${named.length > 1 ? '' : 's'} on the others; got ${n} rows and ${p} columns)`,
      named,
    );
  }
}

/**
 * ‖M‖₂ of an upper-triangular p × p matrix (row-major in `m`), estimated from below: the larger
 * of ‖M‖_F/√p and a few steps of power iteration on MᵀM. ‖M‖_F alone overstates ‖M‖₂ by up to
 * √p, which at p = 200 would send perfectly conditioned designs to the double-double path for
 * nothing. `x`, `y` and `z` are p-long scratch vectors.
 */
function spectralNorm(
  p: number,
  m: Float64Array,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
): number {
  let squares = 0;
  for (let i = 0; i < p; i += 1) for (let j = i; j < p; j += 1) squares += m[i * p + j]! ** 2;
  let estimate = Math.sqrt(squares / p);
  x.fill(1 / Math.sqrt(p), 0, p);
  for (let step = 0; step < 6; step += 1) {
    let yNorm = 0; // y = M x
    for (let i = 0; i < p; i += 1) {
      let sum = 0;
      for (let j = i; j < p; j += 1) sum += m[i * p + j]! * x[j]!;
      y[i] = sum;
      yNorm += sum * sum;
    }
    z.fill(0, 0, p); // z = Mᵀ y
    for (let i = 0; i < p; i += 1) {
      const yi = y[i]!;
      for (let j = i; j < p; j += 1) z[j] = z[j]! + m[i * p + j]! * yi;
    }
    let zNorm = 0;
    for (let i = 0; i < p; i += 1) zNorm += z[i]! ** 2;
    // ‖Mx‖ with ‖x‖ = 1 is a lower bound on ‖M‖₂.
    estimate = Math.max(estimate, Math.sqrt(yNorm));
    zNorm = Math.sqrt(zNorm);
    if (!(zNorm > 0) || !Number.isFinite(zNorm)) break;
    for (let i = 0; i < p; i += 1) x[i] = z[i]! / zNorm;
  }
  return estimate;
}

/** κ₂(R) = κ₂(X) (scaled columns), estimated from below within a small factor. */
function conditionEstimateOf(factors: Factorisation, inverse: Float64Array): number {
  const p = factors.columns;
  // R copied row-major beside R⁻¹, so that one loop serves both.
  const r = scratchArray('triangle', p * p);
  for (let i = 0; i < p; i += 1) for (let j = i; j < p; j += 1) r[i * p + j] = rAt(factors, i, j);
  const x = scratchArray('powerX', p);
  const y = scratchArray('powerY', p);
  const z = scratchArray('powerZ', p);
  return spectralNorm(p, r, x, y, z) * spectralNorm(p, inverse, x, y, z);
}

/** h_i = ‖row i of Q₁‖², Q₁ = Q·[I; 0]: p applications of Q. */
function leverageOf(factors: Factorisation): number[] {
  const { rows: n, columns: p } = factors;
  const result = new Array<number>(n).fill(0);
  const column = scratchArray('leverage', n);
  for (let k = 0; k < p; k += 1) {
    column.fill(0, 0, n);
    column[k] = 1;
    // Q·e_k: the reflections after k leave e_k alone, so apply k, k − 1, …, 0.
    for (let step = k; step >= 0; step -= 1) reflect(factors, step, column);
    for (let i = 0; i < n; i += 1) result[i] = result[i]! + column[i]! ** 2;
  }
  return result;
}

/** R of the unscaled design, p × p rows. */
function triangularFactorOf(factors: Factorisation, scales: readonly number[]): number[][] {
  const p = factors.columns;
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (__, j) => (j < i ? 0 : rAt(factors, i, j) * scales[j]!)),
  );
}

/** A design factorised, with what every solve against it reads. */
interface Prepared {
  readonly factors: Factorisation;
  /** The power of two each column was divided by. */
  readonly scales: number[];
  /** The scaled design before factorisation, column-major (scratch: valid until the next fit). */
  readonly original: Float64Array;
}

/**
 * κ₂(R) bounded from above by ‖R‖_F·‖R⁻¹‖_F, which overstates it by at most a factor p: enough
 * to decide on a refinement step (an overstatement costs one step, O(np)), at a tenth of the
 * power iteration's cost on small problems.
 */
function frobeniusConditionBound(factors: Factorisation, inverse: Float64Array): number {
  const p = factors.columns;
  let squares = 0;
  let inverseSquares = 0;
  for (let i = 0; i < p; i += 1)
    for (let j = i; j < p; j += 1) {
      squares += rAt(factors, i, j) ** 2;
      inverseSquares += inverse[i * p + j]! ** 2;
    }
  return Math.sqrt(squares) * Math.sqrt(inverseSquares);
}

/** Scales the columns of `qr` by powers of two, factorises it in place and checks the rank. */
function prepare(functionName: string, qr: Float64Array, n: number, p: number): Prepared {
  const scales = new Array<number>(p);
  const original = scratchArray('design', n * p);
  for (let j = 0; j < p; j += 1) {
    const scale = powerOfTwoScale(qr, j * n, (j + 1) * n);
    scales[j] = scale;
    for (let i = j * n; i < (j + 1) * n; i += 1) {
      const value = qr[i]! / scale;
      qr[i] = value;
      original[i] = value;
    }
  }
  const factors = factorise(qr, n, p);
  rankCheck(functionName, factors);
  return { factors, scales, original };
}

/** One step of iterative refinement: the correction solves the same problem for the residual. */
function refine(
  prepared: Prepared,
  targets: ArrayLike<number>,
  scaledCoefficients: number[],
  residual: Float64Array,
  work: Float64Array,
): void {
  const { factors, original } = prepared;
  const { rows: n, columns: p } = factors;
  for (let i = 0; i < n; i += 1) work[i] = residual[i]!;
  applyQTranspose(factors, work);
  const correction = solveUpper(factors, work);
  for (let j = 0; j < p; j += 1) scaledCoefficients[j] = scaledCoefficients[j]! + correction[j]!;
  residualOf(original, n, p, targets, scaledCoefficients, residual);
}

/**
 * The scaled coefficients, refined against the residual, and that residual (in the scratch
 * array `residual`, valid until the next fit). `condition` is κ₂(R), estimated.
 */
function refinedSolve(
  prepared: Prepared,
  targets: ArrayLike<number>,
  condition: number,
): { scaledCoefficients: number[]; residual: Float64Array } {
  const { factors, original } = prepared;
  const { rows: n, columns: p } = factors;
  const work = scratchArray('work', n);
  for (let i = 0; i < n; i += 1) work[i] = targets[i]!;
  applyQTranspose(factors, work);
  const scaledCoefficients = solveUpper(factors, work);
  const residual = scratchArray('residual', n);
  residualOf(original, n, p, targets, scaledCoefficients, residual);
  // One step polishes the last digits (NIST Norris keeps 13.6 digits instead of 12.3); a
  // second only where the sensitivity estimate says rounding may have cost more than that.
  const steps = sensitivity(condition, residual, targets) > REFINEMENT_THRESHOLD ? 2 : 1;
  for (let step = 0; step < steps; step += 1)
    refine(prepared, targets, scaledCoefficients, residual, work);
  return { scaledCoefficients, residual };
}

/** The coefficients in the data's units: the scaled ones divided by their columns' scales. */
function unscaled(scaledCoefficients: readonly number[], scales: readonly number[]): number[] {
  const coefficients = new Array<number>(scales.length);
  for (let j = 0; j < scales.length; j += 1) coefficients[j] = scaledCoefficients[j]! / scales[j]!;
  return coefficients;
}

/** Coefficients and R from leastSquaresColumns. */
export interface LeastSquaresColumnsFit {
  readonly coefficients: number[];
  /** R of the design as given (unscaled), row-major p × p, zeros below the diagonal: σ(R) = σ(X). */
  readonly triangle: number[];
}

/**
 * Least squares on a design held column-major (entry (i, j) at i + j·n), which it overwrites:
 * for callers in a loop that build the design themselves (ridge's centred design), a lean path
 * that builds no fit object, residuals or fitted values. The same errors as fitLeastSquares
 * and the same numbers to within the rounding that the problem's conditioning allows.
 *
 * Refinement in double precision cannot beat the conditioning: on large-residual problems the
 * error of the QR solution is dominated by κ²·ε·‖r‖/‖ŷ‖ and a step changes nothing (on the
 * bias–variance sweep's polynomial designs, degrees 1–12, σ = 0.3, errors against the
 * double-double solve were the same to two digits with 0, 1 or 2 steps). It pays where the
 * residual is small and κ is not: one step there (degree 3–7 designs with zero residual went
 * from ~1e-13 to ~3e-14). So ‖r‖/‖ŷ‖ is read off Qᵀy for free, and only when it is small is κ
 * bounded (R⁻¹, O(p³)) and a step taken when 10 < κ ≤ ‖ŷ‖/‖r‖.
 */
export function leastSquaresColumns(
  functionName: string,
  columns: Float64Array,
  rows: number,
  targets: ArrayLike<number>,
): LeastSquaresColumnsFit {
  const n = rows;
  const p = columns.length / rows;
  const prepared = prepare(functionName, columns, n, p);
  const { factors, scales } = prepared;
  const work = scratchArray('work', n);
  for (let i = 0; i < n; i += 1) work[i] = targets[i]!;
  applyQTranspose(factors, work);
  const scaledCoefficients = solveUpper(factors, work);
  // Qᵀy = [c; d] with ‖ŷ‖ = ‖c‖ and ‖r‖ = ‖d‖.
  let fittedSquares = 0;
  let residualSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const value = work[i]!;
    if (i < p) fittedSquares += value * value;
    else residualSquares += value * value;
  }
  const relativeResidual = Math.sqrt(residualSquares / fittedSquares);
  if (relativeResidual * REFINEMENT_THRESHOLD < 1) {
    const condition = frobeniusConditionBound(
      factors,
      invertUpper(factors, scratchArray('inverse', p * p)),
    );
    if (condition > REFINEMENT_THRESHOLD && condition * relativeResidual <= 1) {
      const residual = scratchArray('residual', n);
      residualOf(prepared.original, n, p, targets, scaledCoefficients, residual);
      refine(prepared, targets, scaledCoefficients, residual, work);
    }
  }
  const triangle = new Array<number>(p * p);
  for (let i = 0; i < p; i += 1)
    for (let j = 0; j < p; j += 1)
      triangle[i * p + j] = j < i ? 0 : rAt(factors, i, j) * scales[j]!;
  return { coefficients: unscaled(scaledCoefficients, scales), triangle };
}

function solveColumns(
  functionName: string,
  qr: Float64Array,
  n: number,
  p: number,
  targets: ArrayLike<number>,
): { fit: LeastSquaresFit; conditionEstimate: number } {
  // The accurate entry points compare this estimate with EXTENDED_PRECISION_THRESHOLD: the
  // power iteration's estimate, within a small factor, keeps well-conditioned designs of many
  // columns off the double-double path.
  const prepared = prepare(functionName, qr, n, p);
  const { factors, scales } = prepared;
  // R⁻¹ gives both the sensitivity estimate and diag((XᵀX)⁻¹) = squared row norms of R⁻¹.
  const inverse = invertUpper(factors, scratchArray('inverse', p * p));
  const condition = conditionEstimateOf(factors, inverse);
  const { scaledCoefficients, residual } = refinedSolve(prepared, targets, condition);
  const residuals = new Array<number>(n);
  const fitted = new Array<number>(n);
  let rss = 0;
  for (let i = 0; i < n; i += 1) {
    const e = residual[i]!;
    residuals[i] = e;
    fitted[i] = targets[i]! - e;
    rss += e * e;
  }
  const conditionEstimate = sensitivity(condition, residual, targets);

  const coefficients = unscaled(scaledCoefficients, scales);
  const inverseGramRootDiagonal = new Array<number>(p);
  const inverseGramDiagonal = new Array<number>(p);
  for (let i = 0; i < p; i += 1) {
    let sum = 0;
    for (let j = i; j < p; j += 1) sum += inverse[i * p + j]! ** 2;
    // √ first, then the scale: scale² over- or underflows for columns at 10^±200.
    const root = Math.sqrt(sum) / scales[i]!;
    inverseGramRootDiagonal[i] = root;
    inverseGramDiagonal[i] = root * root;
  }

  // Leverage costs p applications of Q and R is p × p rows: both only when asked for.
  const fit = withLazyFields(
    { coefficients, fitted, residuals, rss, inverseGramDiagonal, inverseGramRootDiagonal },
    {
      leverage: () => leverageOf(factors),
      triangularFactor: () => triangularFactorOf(factors, scales),
    },
  );
  return { fit, conditionEstimate };
}
