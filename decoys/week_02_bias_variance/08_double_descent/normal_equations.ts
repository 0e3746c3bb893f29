/**
 * Decoy for kata 02.08 — the minimum-norm fit through the normal equations.
 *
 * @misconception β̂ = (XᵀX)⁻¹Xᵀy: with more features than rows XᵀX is singular, so there is no
 * inverse to take, and on an ill-conditioned X forming XᵀX squares the condition number.
 * @expectMessage 'normal equations'
 */
import { Matrix as MlMatrix, solve } from 'ml-matrix';
import type { Matrix } from '../../../helpers/fitters';
import {
  minimumNormLeastSquares as reference,
  type MinimumNormFit,
} from '../../../solutions/week_02_bias_variance/08_double_descent';

export * from '../../../solutions/week_02_bias_variance/08_double_descent';

export function minimumNormLeastSquares(X: Matrix, y: number[]): MinimumNormFit {
  const correct = reference(X, y); // validation and predict's checks
  const M = new MlMatrix(X);
  const gram = M.transpose().mmul(M);
  const coefficients = solve(gram, M.transpose().mmul(MlMatrix.columnVector(y))).getColumn(0);
  return {
    coefficients,
    predict: (rows) => {
      correct.predict(rows);
      return rows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0));
    },
  };
}
