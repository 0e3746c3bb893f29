/**
 * Alternative for kata 01.04 — QR from Givens rotations
 *
 * @method The triangular factor is built by plane rotations that zero one entry at a time,
 * bottom up in each column, instead of one Householder reflection per column; Qᵀy is the same
 * rotations applied to y. The factors agree with Householder's up to the signs of R's rows.
 */
import { EmptyInputError, RankDeficiencyError } from '../../../../helpers/errors';
import { checkMatrix, checkSameLength, checkVector, normOf } from '../../../../helpers/validation';
import type { QRFactors } from '../../04_least_squares';

export * from '../../04_least_squares';

interface Rotated {
  /** The rotated design: R on and above the diagonal, rounding noise below. */
  readonly A: number[][];
  /** Qᵀ accumulated (n × n), or the rotated right-hand side. */
  readonly extra: number[][];
}

/** Rotate rows i − 1 and i of A (and of every matrix in `also`) to zero A[i][k]. */
function rotateAll(A: number[][], also: number[][], p: number): void {
  const n = A.length;
  for (let k = 0; k < p; k += 1) {
    for (let i = n - 1; i > k; i -= 1) {
      const a = A[i - 1]![k]!;
      const b = A[i]![k]!;
      if (b === 0) continue; // nothing to zero: the identity
      const r = Math.hypot(a, b);
      const c = a / r;
      const s = b / r;
      for (const M of [A, also]) {
        const upper = M[i - 1]!;
        const lower = M[i]!;
        for (let j = 0; j < upper.length; j += 1) {
          const u = upper[j]!;
          const v = lower[j]!;
          upper[j] = c * u + s * v;
          lower[j] = -s * u + c * v;
        }
      }
      A[i]![k] = 0;
    }
  }
}

function triangle(A: readonly (readonly number[])[], p: number): number[][] {
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (j < i ? 0 : A[i]![j]!)),
  );
}

function rotate(rows: readonly (readonly number[])[], extra: number[][]): Rotated {
  const A = rows.map((row) => [...row]);
  rotateAll(A, extra, rows[0]!.length);
  return { A, extra };
}

export function householderQR(X: readonly (readonly number[])[]): QRFactors {
  const name = 'householderQR';
  const rows = checkMatrix(name, 'X', X);
  const n = rows.length;
  const p = rows[0]!.length;
  if (n < p) {
    throw new EmptyInputError(
      name,
      `requires n ≥ p for the thin factorisation (got ${n} and ${p})`,
    );
  }
  const { A, extra: Qt } = rotate(
    rows,
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))),
  );
  // Q = (Qᵀ)ᵀ, thin: its first p columns are the first p rows of Qᵀ.
  const Q = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => Qt[j]![i]!));
  return { Q, R: triangle(A, p) };
}

export function solveHouseholderQR(
  X: readonly (readonly number[])[],
  y: readonly number[],
): number[] {
  const name = 'solveHouseholderQR';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const n = rows.length;
  const p = rows[0]!.length;
  if (n < p) {
    const surplus = Array.from({ length: p - n }, (_, k) => n + k);
    throw new RankDeficiencyError(name, `requires n ≥ p (got ${n} rows and ${p} columns)`, surplus);
  }
  const { A, extra } = rotate(
    rows,
    targets.map((value) => [value]),
  );
  const R = triangle(A, p);
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const dependent = R.flatMap((row, j) => {
    const norm = normOf(rows.map((r) => r[j]!));
    return Math.abs(row[j]!) <= tolerance * norm ? [j] : [];
  });
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (column(s) ${dependent.join(', ')} dependent)`,
      dependent,
    );
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = extra[i]![0]!;
    for (let k = i + 1; k < p; k += 1) sum -= R[i]![k]! * b[k]!;
    b[i] = sum / R[i]![i]!;
  }
  return b;
}
