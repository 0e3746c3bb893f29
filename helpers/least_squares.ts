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
import type { LeastSquaresFit } from './least_squares_fit';
import { maxOf, normOf } from './validation';

export type { LeastSquaresFit } from './least_squares_fit';

interface Factorisation {
  /** Householder vectors, one per column, stored from the diagonal down. */
  readonly vectors: Float64Array[];
  readonly betas: number[];
  /** R, upper triangular, row-major p × p. */
  readonly r: number[][];
}

function factorise(columns: Float64Array[], rows: number): Factorisation {
  const p = columns.length;
  const vectors: Float64Array[] = [];
  const betas: number[] = [];
  const r = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k += 1) {
    const column = columns[k] as Float64Array;
    // Columns arrive scaled to norm ≈ 1, so a plain sum of squares cannot overflow.
    let squares = 0;
    for (let i = k; i < rows; i += 1) squares += (column[i] as number) ** 2;
    const norm = Math.sqrt(squares);
    const head = column[k] as number;
    // Reflect onto −sign(head)·‖x‖·e_k so that head − alpha never cancels.
    const alpha = head > 0 ? -norm : norm;
    const vector = column.slice(k);
    vector[0] = head - alpha;
    let squaredNorm = 0;
    for (const value of vector) squaredNorm += value * value;
    const beta = squaredNorm === 0 ? 0 : 2 / squaredNorm;
    vectors.push(vector);
    betas.push(beta);
    (r[k] as number[])[k] = alpha;
    for (let j = k + 1; j < p; j += 1) {
      const target = columns[j] as Float64Array;
      let dot = 0;
      for (let i = k; i < rows; i += 1) dot += (vector[i - k] as number) * (target[i] as number);
      const scale = beta * dot;
      for (let i = k; i < rows; i += 1)
        target[i] = (target[i] as number) - scale * (vector[i - k] as number);
      (r[k] as number[])[j] = target[k] as number;
    }
  }
  return { vectors, betas, r };
}

/** Qᵀv, in place. */
function applyQTranspose(factors: Factorisation, vector: Float64Array): void {
  factors.vectors.forEach((householder, k) => {
    let dot = 0;
    for (let i = 0; i < householder.length; i += 1)
      dot += (householder[i] as number) * (vector[k + i] as number);
    const scale = (factors.betas[k] as number) * dot;
    for (let i = 0; i < householder.length; i += 1)
      vector[k + i] = (vector[k + i] as number) - scale * (householder[i] as number);
  });
}

/** Q·v, in place: the reflections applied in reverse order. */
function applyQ(factors: Factorisation, vector: Float64Array): void {
  for (let k = factors.vectors.length - 1; k >= 0; k -= 1) {
    const householder = factors.vectors[k] as Float64Array;
    let dot = 0;
    for (let i = 0; i < householder.length; i += 1)
      dot += (householder[i] as number) * (vector[k + i] as number);
    const scale = (factors.betas[k] as number) * dot;
    for (let i = 0; i < householder.length; i += 1)
      vector[k + i] = (vector[k + i] as number) - scale * (householder[i] as number);
  }
}

/** Solves R b = c by back substitution. */
function solveUpper(r: number[][], rhs: ArrayLike<number>): number[] {
  const p = r.length;
  const solution = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    const row = r[i] as number[];
    let sum = rhs[i] as number;
    for (let j = i + 1; j < p; j += 1) sum -= (row[j] as number) * (solution[j] as number);
    solution[i] = sum / (row[i] as number);
  }
  return solution;
}

/** The power of two nearest a column's norm: dividing by it is exact. */
function powerOfTwoScale(column: Float64Array): number {
  let squares = 0;
  for (let i = 0; i < column.length; i += 1) squares += (column[i] as number) ** 2;
  // Math.hypot guards the rare column whose squares overflow or underflow.
  const norm = Number.isFinite(squares) && squares > 1e-300 ? Math.sqrt(squares) : normOf(column);
  return norm === 0 ? 1 : 2 ** Math.round(Math.log2(norm));
}

/**
 * The power of two nearest the largest |value| (1 for all zeros): dividing by it is exact, and
 * brings data at 10^±200 to order one, where sums of squares neither overflow nor underflow.
 * Solvers scale each column and y by such factors, solve, and scale the answer back.
 */
export function powerOfTwoScaleOf(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i += 1)
    largest = Math.max(largest, Math.abs(values[i] as number));
  if (largest === 0 || !Number.isFinite(largest)) return 1;
  // Clamped so the scale itself is a normal, finite double.
  return 2 ** Math.min(1023, Math.max(-1022, Math.round(Math.log2(largest))));
}

/** One power-of-two scale per column of `rows` (see powerOfTwoScaleOf). */
export function columnScales(rows: readonly (readonly number[])[]): number[] {
  const p = rows[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) =>
    powerOfTwoScaleOf(rows.map((row) => row[j] as number)),
  );
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
 * sensitivity estimate (κ = ‖R‖_F·‖R⁻¹‖_F, plus κ²·‖r‖/‖ŷ‖ for large residuals) exceeds 1e3,
 * where the double path could lose more than three or four of its sixteen digits.
 */
export function fitLeastSquaresAccurate(
  functionName: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
): LeastSquaresFit {
  const { fit, conditionEstimate } = fitInDoublePrecision(functionName, design, targets);
  if (conditionEstimate <= EXTENDED_PRECISION_THRESHOLD) return fit;
  return fitLeastSquaresExtended(
    design.map((row) => row.map((value) => dd(value))),
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
 * perturbation bound for least squares; Björck 1996, §1.4). Above the threshold the fit is
 * redone in double-double.
 */
function sensitivity(
  condition: number,
  residuals: readonly number[],
  fitted: readonly number[],
): number {
  const norm = (values: readonly number[]): number =>
    Math.sqrt(values.reduce((s, v) => s + v * v, 0));
  const fittedNorm = norm(fitted);
  return (
    condition + (fittedNorm === 0 ? 0 : (condition * condition * norm(residuals)) / fittedNorm)
  );
}

function fitInDoublePrecision(
  functionName: string,
  design: readonly (readonly number[])[],
  targets: readonly number[],
): { fit: LeastSquaresFit; conditionEstimate: number } {
  const n = design.length;
  const p = design[0]?.length ?? 0;
  const scales: number[] = [];
  // Plain loops throughout: typed-array iterator helpers (Float64Array.from with a mapper,
  // Array.from of a typed array) cost several times the arithmetic at the sizes specs use.
  const scaledColumns: Float64Array[] = [];
  for (let j = 0; j < p; j += 1) {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i += 1) column[i] = (design[i] as readonly number[])[j] as number;
    const scale = powerOfTwoScale(column);
    scales.push(scale);
    for (let i = 0; i < n; i += 1) column[i] = (column[i] as number) / scale;
    scaledColumns.push(column);
  }
  const targetVector = new Float64Array(n);
  for (let i = 0; i < n; i += 1) targetVector[i] = targets[i] as number;
  const original = scaledColumns.map((column) => column.slice());
  const factors = factorise(scaledColumns, n);

  const diagonal = factors.r.map((row, i) => Math.abs(row[i] as number));
  const threshold = Math.max(n, p) * Number.EPSILON * maxOf([...diagonal, 0]);
  const dependent = diagonal.flatMap((value, j) => (value <= threshold ? [j] : []));
  if (n < p || dependent.length > 0) {
    const columns = dependent.length > 0 ? dependent : [p - 1];
    throw new RankDeficiencyError(
      functionName,
      `requires a design of full column rank (column${columns.length > 1 ? 's' : ''} ${columns.join(', ')} of the fitted design depend${columns.length > 1 ? '' : 's'} on the others; got ${n} rows and ${p} columns)`,
      columns,
    );
  }

  const residualOf = (scaledCoefficients: readonly number[]): Float64Array => {
    const residual = targetVector.slice();
    original.forEach((column, j) => {
      const b = scaledCoefficients[j] as number;
      for (let i = 0; i < n; i += 1)
        residual[i] = (residual[i] as number) - (column[i] as number) * b;
    });
    return residual;
  };
  const solveFor = (rhs: Float64Array): number[] => {
    applyQTranspose(factors, rhs);
    return solveUpper(factors.r, rhs);
  };

  // Iterative refinement: the correction solves the same problem for the current residual.
  let scaledCoefficients = solveFor(targetVector.slice());
  for (let step = 0; step < 2; step += 1) {
    const correction = solveFor(residualOf(scaledCoefficients));
    scaledCoefficients = scaledCoefficients.map((b, j) => b + (correction[j] as number));
  }
  const finalResidual = residualOf(scaledCoefficients);
  const residuals = new Array<number>(n);
  const fitted = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    residuals[i] = finalResidual[i] as number;
    fitted[i] = (targets[i] as number) - (finalResidual[i] as number);
  }

  // Rows of R⁻¹ (solved column by column) give diag((XᵀX)⁻¹) of the scaled design.
  const inverse = Array.from({ length: p }, (_, j) => {
    const unit = new Float64Array(p);
    unit[j] = 1;
    return solveUpper(factors.r, unit);
  });
  const inverseGramRootDiagonal = scales.map((scale, i) => {
    let sum = 0;
    for (let j = 0; j < p; j += 1) sum += ((inverse[j] as number[])[i] as number) ** 2;
    return Math.sqrt(sum) / scale;
  });
  const inverseGramDiagonal = inverseGramRootDiagonal.map((root) => root * root);

  // h_i = ‖row i of Q₁‖², Q₁ = Q·[I; 0]: p applications of Q, so only when asked for.
  let leverage: number[] | undefined;
  const computeLeverage = (): number[] => {
    const result = new Array<number>(n).fill(0);
    for (let k = 0; k < p; k += 1) {
      const column = new Float64Array(n);
      column[k] = 1;
      applyQ(factors, column);
      for (let i = 0; i < n; i += 1) result[i] = (result[i] as number) + (column[i] as number) ** 2;
    }
    return result;
  };

  const frobenius = (rows: readonly (readonly number[])[]): number =>
    Math.sqrt(
      rows.reduce((sum, row) => row.reduce((inner, value) => inner + value * value, sum), 0),
    );
  return {
    fit: {
      coefficients: scaledCoefficients.map((b, j) => b / (scales[j] as number)),
      fitted,
      residuals,
      rss: residuals.reduce((sum, e) => sum + e * e, 0),
      inverseGramDiagonal,
      inverseGramRootDiagonal,
      get leverage() {
        leverage ??= computeLeverage();
        return leverage;
      },
      triangularFactor: factors.r.map((row) =>
        row.map((value, j) => value * (scales[j] as number)),
      ),
    },
    conditionEstimate: sensitivity(frobenius(factors.r) * frobenius(inverse), residuals, fitted),
  };
}
