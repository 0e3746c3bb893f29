/**
 * Alternative for kata 01.04 — normal equations through an upper Cholesky factor, LAPACK's order
 *
 * @method XᵀX is formed one entry at a time as a pairwise-summed dot product of two columns,
 * and factored as RᵀR with R upper triangular, row by row as LAPACK's unblocked dpotf2 does with
 * uplo = 'U', its inner sums taken from the last term back (the reference accumulates outer
 * products of the rows and builds a lower factor column by column); then Rᵀz = Xᵀy, Rb = z.
 */
import { RankDeficiencyError } from '../../../../helpers/errors';
import { checkMatrix, checkSameLength, checkVector } from '../../../../helpers/validation';

export * from '../../04_least_squares';

export function solveNormalEquations(
  X: readonly (readonly number[])[],
  y: readonly number[],
): number[] {
  const name = 'solveNormalEquations';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const n = rows.length;
  const p = rows[0]!.length;
  const column = (j: number): number[] => rows.map((row) => row[j]!);
  const columns = Array.from({ length: p }, (_, j) => column(j));
  // Pairwise summation: another operation order for the same XᵀX.
  const dot = (a: readonly number[], b: readonly number[], from = 0, to = a.length): number =>
    to - from <= 2
      ? a.slice(from, to).reduce((sum, value, i) => sum + value * b[from + i]!, 0)
      : dot(a, b, from, (from + to) >> 1) + dot(a, b, (from + to) >> 1, to);
  if (n < p) {
    const surplus = Array.from({ length: p - n }, (_, k) => n + k);
    throw new RankDeficiencyError(name, `requires n ≥ p (got ${n} rows and ${p} columns)`, surplus);
  }
  const gram = columns.map((a) => columns.map((b) => dot(a, b)));
  const moment = columns.map((a) => dot(a, targets));
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const R = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let pivot = gram[j]![j]!;
    for (let k = j - 1; k >= 0; k -= 1) pivot -= R[k]![j]! ** 2;
    if (pivot <= tolerance * gram[j]![j]!) {
      dependent.push(j); // row j of R stays zero, so later columns ignore it
      continue;
    }
    const diagonal = Math.sqrt(pivot);
    const row = R[j]!;
    row[j] = diagonal;
    for (let i = j + 1; i < p; i += 1) {
      let sum = gram[j]![i]!;
      for (let k = j - 1; k >= 0; k -= 1) sum -= R[k]![j]! * R[k]![i]!;
      row[i] = sum / diagonal;
    }
  }
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (column(s) ${dependent.join(', ')} dependent)`,
      dependent,
    );
  }
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let sum = moment[i]!;
    for (let k = 0; k < i; k += 1) sum -= R[k]![i]! * z[k]!;
    z[i] = sum / R[i]![i]!;
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = z[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= R[i]![k]! * b[k]!;
    b[i] = sum / R[i]![i]!;
  }
  return b;
}
