/**
 * Least squares carried out entirely in double-double arithmetic (about 32 digits): column
 * scaling by powers of two, Householder QR, back substitution, and the residual sum of squares
 * read off the trailing part of Qᵀy. Rounding errors are then ~κ(X)·1e-32 instead of
 * ~κ(X)·1e-16, so even NIST's Filip (κ ≈ 1e15 unscaled) keeps every digit a double can show.
 * helpers/least_squares.ts switches to this path when its condition estimate asks for it.
 */
import {
  add,
  dd,
  divide,
  dot,
  multiply,
  negate,
  sqrt,
  subtract,
  toNumber,
  type DoubleDouble,
} from './double_double';
import type { LeastSquaresFit } from './least_squares_fit';

/** The power of two nearest a column's 2-norm (dividing by it is exact). */
function powerOfTwoScale(column: readonly DoubleDouble[]): number {
  const norm = Math.sqrt(column.reduce((sum, value) => sum + value.hi * value.hi, 0));
  return norm === 0 ? 1 : 2 ** Math.round(Math.log2(norm));
}

/** Solves R·b = c (R upper triangular, p × p) in double-double. */
function solveUpper(r: readonly DoubleDouble[][], rhs: readonly DoubleDouble[]): DoubleDouble[] {
  const p = r.length;
  const solution: DoubleDouble[] = new Array<DoubleDouble>(p).fill(dd(0));
  for (let i = p - 1; i >= 0; i -= 1) {
    const row = r[i] as DoubleDouble[];
    let sum = rhs[i] as DoubleDouble;
    for (let j = i + 1; j < p; j += 1)
      sum = subtract(sum, multiply(row[j] as DoubleDouble, solution[j] as DoubleDouble));
    solution[i] = divide(sum, row[i] as DoubleDouble);
  }
  return solution;
}

/**
 * Fits y on the design (rows of double-double values, constant column included when wanted).
 * The caller has checked shapes and rank; the design must have full column rank.
 */
export function fitLeastSquaresExtended(
  design: readonly (readonly DoubleDouble[])[],
  targets: readonly number[],
): LeastSquaresFit {
  const n = design.length;
  const p = design[0]?.length ?? 0;
  const scales: number[] = [];
  // Work column by column; the last column is y, so Qᵀy comes out of the same sweep.
  const columns: DoubleDouble[][] = Array.from({ length: p }, (_, j) => {
    const column = design.map((row) => row[j] as DoubleDouble);
    const scale = powerOfTwoScale(column);
    scales.push(scale);
    return column.map((value) => dd(value.hi / scale, value.lo / scale));
  });
  columns.push(targets.map((y) => dd(y)));
  const r: DoubleDouble[][] = Array.from({ length: p }, () =>
    new Array<DoubleDouble>(p).fill(dd(0)),
  );

  for (let k = 0; k < p; k += 1) {
    const column = columns[k] as DoubleDouble[];
    const tail = column.slice(k);
    const norm = sqrt(dot(tail, tail));
    const head = column[k] as DoubleDouble;
    const alpha = head.hi > 0 ? negate(norm) : norm;
    const vector = tail.slice();
    vector[0] = subtract(head, alpha);
    const squaredNorm = dot(vector, vector);
    (r[k] as DoubleDouble[])[k] = alpha;
    if (squaredNorm.hi === 0) continue;
    for (let j = k + 1; j <= p; j += 1) {
      const target = columns[j] as DoubleDouble[];
      const scale = divide(multiply(dd(2), dot(vector, target.slice(k))), squaredNorm);
      for (let i = k; i < n; i += 1) {
        target[i] = subtract(
          target[i] as DoubleDouble,
          multiply(scale, vector[i - k] as DoubleDouble),
        );
      }
      if (j < p) (r[k] as DoubleDouble[])[j] = target[k] as DoubleDouble;
    }
  }

  const qty = columns[p] as DoubleDouble[];
  const scaledCoefficients = solveUpper(r, qty.slice(0, p));
  const trailing = qty.slice(p);
  const rss = toNumber(dot(trailing, trailing));

  const residualsDd = design.map((row, i) => {
    let fittedValue = dd(0);
    row.forEach((value, j) => {
      fittedValue = add(
        fittedValue,
        multiply(value, divide(scaledCoefficients[j] as DoubleDouble, dd(scales[j]!))),
      );
    });
    return subtract(dd(targets[i]!), fittedValue);
  });
  const residuals = residualsDd.map(toNumber);

  // Columns of R⁻¹; diag((XᵀX)⁻¹) = squared row norms of R⁻¹ (scaled back), and the leverage
  // h_i = ‖x_i·R⁻¹‖² in the scaled coordinates.
  const inverseColumns = Array.from({ length: p }, (_, j) =>
    solveUpper(
      r,
      Array.from({ length: p }, (_, i) => dd(i === j ? 1 : 0)),
    ),
  );
  // √ first, then the scale: scale² over- or underflows for columns at 10^±200.
  const inverseGramRootDiagonal = scales.map((scale, i) => {
    let sum = dd(0);
    for (let j = 0; j < p; j += 1) {
      const entry = (inverseColumns[j] as DoubleDouble[])[i] as DoubleDouble;
      sum = add(sum, multiply(entry, entry));
    }
    return Math.sqrt(toNumber(sum)) / scale;
  });
  const inverseGramDiagonal = inverseGramRootDiagonal.map((root) => root * root);
  const scaledRows = design.map((row) =>
    row.map((value, j) => dd(value.hi / scales[j]!, value.lo / scales[j]!)),
  );
  const leverage = scaledRows.map((row) => {
    let sum = dd(0);
    for (let j = 0; j < p; j += 1) {
      const entry = dot(row, inverseColumns[j] as DoubleDouble[]);
      sum = add(sum, multiply(entry, entry));
    }
    return toNumber(sum);
  });

  return {
    coefficients: scaledCoefficients.map((b, j) => toNumber(b) / scales[j]!),
    fitted: targets.map((y, i) => toNumber(subtract(dd(y), residualsDd[i] as DoubleDouble))),
    residuals,
    rss,
    inverseGramDiagonal,
    inverseGramRootDiagonal,
    leverage,
    triangularFactor: r.map((row) => row.map((value, j) => toNumber(value) * scales[j]!)),
  };
}
