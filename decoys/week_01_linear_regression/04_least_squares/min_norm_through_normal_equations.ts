/**
 * Decoy for kata 01.04 — minimum-norm fit through the normal equations.
 *
 * @misconception The minimum-norm solution is computed as pinv(XᵀX)·Xᵀy, the pseudo-inverse of
 * the Gram matrix, which equals pinv(X)·y in exact arithmetic but squares the condition number
 * first and so throws away the small singular values.
 * @expectMessage 'looks like the pseudo-inverse went through XᵀX'
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import {
  solvePseudoInverse as solutionPseudoInverse,
  type DesignRows,
} from '../../../solutions/week_01_linear_regression/04_least_squares';
import { maxOf } from '../../../helpers/validation';

export * from '../../../solutions/week_01_linear_regression/04_least_squares';

export function solvePseudoInverse(X: DesignRows, y: readonly number[]): number[] {
  solutionPseudoInverse(X, y); // the solution's validation
  const design = new Matrix(X.map((row) => [...row]));
  const gram = design.transpose().mmul(design);
  const moment = design.transpose().mmul(Matrix.columnVector([...y]));
  const svd = new SingularValueDecomposition(gram, { autoTranspose: true });
  const sigma = svd.diagonal;
  const cutoff = Math.max(X.length, gram.rows) * Number.EPSILON * maxOf([0, ...sigma]);
  const p = gram.rows;
  const solution = new Array<number>(p).fill(0);
  sigma.forEach((s, k) => {
    if (s <= cutoff) return;
    let coordinate = 0;
    for (let i = 0; i < p; i += 1)
      coordinate += svd.leftSingularVectors.get(i, k) * moment.get(i, 0);
    for (let j = 0; j < p; j += 1)
      solution[j] = solution[j]! + (coordinate / s) * svd.rightSingularVectors.get(j, k);
  });
  return solution;
}
