/**
 * Decoy for kata 02.08 — the pseudo-inverse of XᵀX.
 *
 * @misconception β̂ = pinv(XᵀX)·Xᵀy: right in exact arithmetic, and it even survives p > n, but
 * forming XᵀX squares the condition number, so on an ill-conditioned design it keeps about half
 * the digits the SVD of X keeps.
 * @expectMessage 'looks like the minimum-norm fit went through the normal equations'
 */
import { Matrix as MlMatrix, pseudoInverse } from 'ml-matrix';
import type { Matrix } from '../../../helpers/fitters';
import {
  minimumNormLeastSquares as reference,
  type MinimumNormFit,
} from '../../../solutions/week_02_bias_variance/08_double_descent';

export * from '../../../solutions/week_02_bias_variance/08_double_descent';

export function minimumNormLeastSquares(X: Matrix, y: number[]): MinimumNormFit {
  const correct = reference(X, y); // validation and predict's checks
  const M = new MlMatrix(X);
  const coefficients = pseudoInverse(M.transpose().mmul(M))
    .mmul(M.transpose())
    .mmul(MlMatrix.columnVector(y))
    .getColumn(0);
  return {
    coefficients,
    predict: (rows) => {
      correct.predict(rows);
      return rows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0));
    },
  };
}
