/**
 * Decoy for kata 01.10 — HC1 with n/(n − 1).
 *
 * @misconception HC1's degrees-of-freedom correction is taken as n/(n − 1), the correction of
 * a sample variance, instead of n/(n − p) with p counting every coefficient.
 * @expectMessage 'not n/(n − 1)'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  robustStandardErrors as solutionRobust,
  type CovarianceType,
  type RobustCovariance,
} from '../../../solutions/week_01_linear_regression/10_remedies';

export * from '../../../solutions/week_01_linear_regression/10_remedies';

export function robustStandardErrors(
  X: MatrixInput,
  y: readonly number[],
  options: { type?: CovarianceType; intercept?: boolean } = {},
): RobustCovariance {
  const result = solutionRobust(X, y, options);
  if (result.type !== 'HC1') return result;
  const n = y.length;
  const p = result.coefficients.length;
  const factor = (n - p) / (n - 1);
  const covariance = result.covariance.map((row) => row.map((value) => value * factor));
  return {
    ...result,
    covariance,
    standardErrors: covariance.map((row, j) => Math.sqrt(row[j]!)),
  };
}
