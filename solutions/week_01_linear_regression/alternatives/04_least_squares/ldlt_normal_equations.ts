/**
 * Alternative for kata 01.04 — normal equations through LDLᵀ, without square roots
 *
 * @method XᵀX = LDLᵀ with L unit lower triangular and D diagonal (the pivots are D's entries,
 * the squared Cholesky diagonal), then Lw = Xᵀy, Dz = w and Lᵀb = z; the reference takes square
 * roots for LLᵀ.
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
  if (n < p) {
    const surplus = Array.from({ length: p - n }, (_, k) => n + k);
    throw new RankDeficiencyError(name, `requires n ≥ p (got ${n} rows and ${p} columns)`, surplus);
  }
  // XᵀX and Xᵀy as sums of outer products of the rows, the whole square.
  const gram = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const moment = new Array<number>(p).fill(0);
  rows.forEach((row, r) =>
    row.forEach((xi, i) => {
      moment[i] = moment[i]! + xi * targets[r]!;
      row.forEach((xj, j) => {
        gram[i]![j] = gram[i]![j]! + xi * xj;
      });
    }),
  );
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const L = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j): number => (i === j ? 1 : 0)),
  );
  const d = new Array<number>(p).fill(0);
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let pivot = gram[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= L[j]![k]! ** 2 * d[k]!;
    if (pivot <= tolerance * gram[j]![j]!) {
      dependent.push(j); // d_j stays 0 and column j of L below the diagonal stays 0
      continue;
    }
    d[j] = pivot;
    for (let i = j + 1; i < p; i += 1) {
      let sum = gram[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= L[i]![k]! * L[j]![k]! * d[k]!;
      L[i]![j] = sum / pivot;
    }
  }
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (column(s) ${dependent.join(', ')} dependent)`,
      dependent,
    );
  }
  const w = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let sum = moment[i]!;
    for (let k = 0; k < i; k += 1) sum -= L[i]![k]! * w[k]!;
    w[i] = sum;
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = w[i]! / d[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= L[k]![i]! * b[k]!;
    b[i] = sum;
  }
  return b;
}
