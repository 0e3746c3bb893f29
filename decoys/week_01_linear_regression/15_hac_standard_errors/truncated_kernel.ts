/**
 * Decoy for kata 01.15 — every lag up to L weighted 1 (the truncated kernel).
 *
 * @misconception The lags kept are summed with weight 1, as in Hansen and White's truncated kernel: Ŝ can then be indefinite and a variance negative; the Bartlett weights 1 − l/(L + 1) keep it positive semi-definite.
 * @expectMessage 'truncated kernel'
 */
import { inverse, Matrix } from 'ml-matrix';
import {
  neweyWestCovariance as reference,
  type NeweyWestCovariance,
  type NeweyWestOptions,
} from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export * from '../../../solutions/week_01_linear_regression/15_hac_standard_errors';

export function neweyWestCovariance(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  const right = reference(X, y, options);
  const rows = X.map((row) => (options.intercept === false ? [...row] : [1, ...row]));
  const n = rows.length;
  const p = rows[0]!.length;
  const L = right.lag;
  const e = y.map(
    (value, t) => value - rows[t]!.reduce((sum, x, j) => sum + x * right.coefficients[j]!, 0),
  );
  const g = rows.map((row, t) => row.map((x) => x * e[t]!));
  const meat = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let l = 0; l <= L; l += 1) {
    const w = 1;
    for (let t = l; t < n; t += 1) {
      const now = g[t]!;
      const before = g[t - l]!;
      for (let a = 0; a < p; a += 1) {
        for (let b = 0; b < p; b += 1) {
          const term = l === 0 ? now[a]! * now[b]! : now[a]! * before[b]! + before[a]! * now[b]!;
          meat[a]![b] = meat[a]![b]! + (w * term) / n;
        }
      }
    }
  }
  const design = new Matrix(rows);
  const bread = inverse(design.transpose().mmul(design));
  const covariance = bread
    .mmul(new Matrix(meat).mul(n * (options.adjust === true ? n / (n - p) : 1)))
    .mmul(bread)
    .to2DArray();
  return {
    ...right,
    covariance,
    standardErrors: covariance.map((row, j) => Math.sqrt(Math.max(0, row[j]!))),
    longRunCovariance: meat,
  };
}
