/**
 * Alternative for kata 01.04 — pseudo-inverse and condition number from a one-sided Jacobi SVD
 *
 * @method The SVD is computed by hand with Hestenes' one-sided Jacobi method: plane rotations
 * orthogonalise the columns of X (of Xᵀ when p > n) pairwise until every pair is orthogonal to
 * rounding, the column norms are the singular values and the accumulated rotations the right
 * singular vectors. The reference takes ml-matrix's Golub–Kahan SVD.
 */
import { checkMatrix, checkSameLength, checkVector } from '../../../../helpers/validation';

export * from '../../04_least_squares';

interface Jacobi {
  /** The orthogonalised columns A·V: column k is σ_k·u_k. */
  readonly columns: number[][];
  /** V, column k the right singular vector for column k. */
  readonly rotations: number[][];
  readonly sigma: number[];
}

const dot = (a: readonly number[], b: readonly number[]): number =>
  a.reduce((sum, value, i) => sum + value * b[i]!, 0);

/** One-sided Jacobi on the columns of A (given as a list of columns). */
function jacobi(columnsIn: readonly (readonly number[])[]): Jacobi {
  const columns = columnsIn.map((column) => [...column]);
  const p = columns.length;
  const rotations = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let rotated = false;
    for (let j = 0; j < p - 1; j += 1) {
      for (let k = j + 1; k < p; k += 1) {
        const a = columns[j]!;
        const b = columns[k]!;
        const alpha = dot(a, a);
        const beta = dot(b, b);
        const gamma = dot(a, b);
        if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        // The rotation that diagonalises [[α, γ], [γ, β]] (Golub & Van Loan, §8.5).
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.hypot(1, t);
        const s = c * t;
        for (const M of [columns, rotations]) {
          const u = M[j]!;
          const v = M[k]!;
          for (let i = 0; i < u.length; i += 1) {
            const x = u[i]!;
            const y = v[i]!;
            u[i] = c * x - s * y;
            v[i] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) break;
  }
  // rotations[j] holds column j of V, because each rotation acted on the pair of columns.
  return { columns, rotations, sigma: columns.map((column) => Math.hypot(...column)) };
}

function columnsOf(rows: readonly (readonly number[])[]): number[][] {
  return rows[0]!.map((_, j) => rows.map((row) => row[j]!));
}

export function solvePseudoInverse(
  X: readonly (readonly number[])[],
  y: readonly number[],
): number[] {
  const name = 'solvePseudoInverse';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const n = rows.length;
  const p = rows[0]!.length;
  const wide = n < p;
  // For a wide X, factor Xᵀ = Ũ Σ Ṽᵀ: then X = Ṽ Σ Ũᵀ, so the roles of the vectors swap.
  const { columns, rotations, sigma } = jacobi(
    wide ? rows.map((row) => [...row]) : columnsOf(rows),
  );
  const cutoff = Math.max(n, p) * Number.EPSILON * Math.max(0, ...sigma);
  const solution = new Array<number>(p).fill(0);
  sigma.forEach((s, k) => {
    if (s <= cutoff) return;
    const left = wide ? rotations[k]! : columns[k]!.map((v) => v / s);
    const right = wide ? columns[k]!.map((v) => v / s) : rotations[k]!;
    const weight = dot(left, targets) / s;
    right.forEach((v, j) => {
      solution[j] = solution[j]! + weight * v;
    });
  });
  return solution;
}

export function conditionNumber(X: readonly (readonly number[])[]): number {
  const rows = checkMatrix('conditionNumber', 'X', X);
  const n = rows.length;
  const p = rows[0]!.length;
  if (n < p) return Number.POSITIVE_INFINITY;
  const { sigma } = jacobi(columnsOf(rows));
  const smallest = Math.min(...sigma);
  return smallest === 0 ? Number.POSITIVE_INFINITY : Math.max(...sigma) / smallest;
}
