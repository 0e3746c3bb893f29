/**
 * Decoy for kata 01.10 — HC3 dividing by (1 − h) once.
 *
 * @misconception HC3 divides the squared residual by (1 − h) instead of (1 − h)², which is
 * HC2: the jackknife's squared leave-one-out residual needs the square.
 * @expectMessage '(1 − h) alone is HC2'
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
  const type = options.type ?? 'HC3';
  if (type !== 'HC3') return solutionRobust(X, y, options);
  return { ...solutionRobust(X, y, { ...options, type: 'HC2' }), type: 'HC3' };
}
