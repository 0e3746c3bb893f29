/**
 * Decoy for kata 01.04 — a Cholesky rank test relative to the largest diagonal entry.
 *
 * @misconception The normal equations flag a pivot ≤ max(n, p)·ε·max_k (XᵀX)_kk, one tolerance
 * for every column, instead of comparing each pivot with its own (XᵀX)_jj: a short but
 * independent column beside a long one is called dependent.
 * @expectMessage 'compares each column with its own length'
 */
import { RankDeficiencyError } from '../../../helpers/errors';
import {
  solveNormalEquations as solutionSolve,
  type DesignRows,
} from '../../../solutions/week_01_linear_regression/04_least_squares';

export * from '../../../solutions/week_01_linear_regression/04_least_squares';

export function solveNormalEquations(X: DesignRows, y: readonly number[]): number[] {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  if (n >= p && n > 0) {
    // Cholesky pivots, tested against the largest diagonal entry of XᵀX.
    const gram = Array.from({ length: p }, (_, i) =>
      Array.from({ length: p }, (_, j) => X.reduce((sum, row) => sum + row[i]! * row[j]!, 0)),
    );
    const largest = Math.max(...gram.map((row, j) => row[j]!));
    const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const dependent: number[] = [];
    for (let j = 0; j < p; j += 1) {
      let pivot = gram[j]![j]!;
      for (let k = 0; k < j; k += 1) pivot -= L[j]![k]! ** 2;
      if (pivot <= Math.max(n, p) * Number.EPSILON * largest) {
        dependent.push(j);
        continue;
      }
      const d = Math.sqrt(pivot);
      L[j]![j] = d;
      for (let i = j + 1; i < p; i += 1) {
        let sum = gram[i]![j]!;
        for (let k = 0; k < j; k += 1) sum -= L[i]![k]! * L[j]![k]!;
        L[i]![j] = sum / d;
      }
    }
    if (dependent.length > 0) {
      throw new RankDeficiencyError('solveNormalEquations', 'requires full column rank', dependent);
    }
  }
  return solutionSolve(X, y);
}
