/**
 * Decoy for kata 01.04 — a rank test against an absolute tolerance.
 *
 * @misconception QR flags a column when |R_jj| ≤ max(n, p)·ε, forgetting to scale by the
 * column's norm ‖x_j‖: a column that is dependent to rounding but long escapes, and a short,
 * perfectly independent column would be flagged.
 * @expectMessage 'relative to the column'
 */
import { RankDeficiencyError } from '../../../helpers/errors';
import {
  householderQR,
  solveHouseholderQR as solutionSolve,
  type DesignRows,
} from '../../../solutions/week_01_linear_regression/04_least_squares';

export * from '../../../solutions/week_01_linear_regression/04_least_squares';

export function solveHouseholderQR(X: DesignRows, y: readonly number[]): number[] {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  if (n < p || n === 0) return solutionSolve(X, y); // validation and the surplus columns
  const { Q, R } = householderQR(X);
  const dependent = R.flatMap((row, j) =>
    Math.abs(row[j]!) <= Math.max(n, p) * Number.EPSILON ? [j] : [],
  );
  if (dependent.length > 0) {
    throw new RankDeficiencyError('solveHouseholderQR', 'requires full column rank', dependent);
  }
  solutionSolve(X, y); // the solution's validation of y
  const rhs = R.map((_, i) => Q.reduce((sum, row, r) => sum + row[i]! * y[r]!, 0));
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = rhs[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= R[i]![k]! * b[k]!;
    b[i] = sum / R[i]![i]!;
  }
  return b;
}
