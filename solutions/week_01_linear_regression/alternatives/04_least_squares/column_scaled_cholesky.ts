/**
 * Alternative for kata 01.04 — normal equations on the correlation-scaled Gram matrix
 *
 * @method XᵀX is scaled to unit diagonal, C = D⁻¹XᵀXD⁻¹ with D = diag(‖x_j‖), and C = LLᵀ is
 * factored (pivot test against 1, which is (XᵀX)_jj scaled); b = D⁻¹c with C c = D⁻¹Xᵀy. The
 * reference factors XᵀX as it is.
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
  const gram = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => rows.reduce((sum, row) => sum + row[i]! * row[j]!, 0)),
  );
  const moment = Array.from({ length: p }, (_, i) =>
    rows.reduce((sum, row, r) => sum + row[i]! * targets[r]!, 0),
  );
  // A zero column keeps scale 1: its pivot is 0 and the rank test names it.
  const scale = gram.map((row, j) => Math.sqrt(row[j]!) || 1);
  const C = gram.map((row, i) => row.map((value, j) => value / scale[i]! / scale[j]!));
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let pivot = C[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= L[j]![k]! ** 2;
    if (pivot <= tolerance * C[j]![j]!) {
      dependent.push(j);
      continue;
    }
    const diagonal = Math.sqrt(pivot);
    L[j]![j] = diagonal;
    for (let i = j + 1; i < p; i += 1) {
      let sum = C[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = sum / diagonal;
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
    let sum = moment[i]! / scale[i]!;
    for (let k = 0; k < i; k += 1) sum -= L[i]![k]! * z[k]!;
    z[i] = sum / L[i]![i]!;
  }
  const c = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = z[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= L[k]![i]! * c[k]!;
    c[i] = sum / L[i]![i]!;
  }
  return c.map((value, j) => value / scale[j]!);
}
