/**
 * Decoy for kata 02.06 — ridge that penalises the intercept.
 *
 * @misconception The constant column is put in the design and shrunk with the slopes: least
 * squares on [1, X] augmented with √λ·I, so b is pulled towards 0 and the fit towards the origin.
 * @expectMessage 'looks like the intercept was penalised'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import { withInterceptColumn } from '../../../helpers/linalg';
import type { Matrix } from '../../../helpers/fitters';
import type { RidgeFit } from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  const design = options.intercept === false ? X : withInterceptColumn(X);
  const p = design[0]?.length ?? 0;
  const root = Math.sqrt(lambda);
  const penalty = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (__, k) => (j === k ? root : 0)),
  );
  const { coefficients } = fitLeastSquares(
    'fitRidge',
    [...design, ...penalty],
    [...y, ...new Array<number>(p).fill(0)],
  );
  const [intercept = 0, ...slopes] =
    options.intercept === false ? [0, ...coefficients] : coefficients;
  return {
    intercept,
    coefficients: slopes,
    effectiveDegreesOfFreedom: Number.NaN,
    predict: (rows) =>
      rows.map((row) => row.reduce((sum, value, j) => sum + value * slopes[j]!, intercept)),
  };
}
