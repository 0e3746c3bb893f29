/**
 * Decoy for kata 02.09 — bootstrap standard errors divided by B.
 *
 * @misconception The standard deviation of the replicates divides by B, the number of
 * replicates, rather than B − 1 as R's sd() and print(boot) do.
 * @expectMessage 'divide by B, not B − 1'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  bootstrapCoefficientIntervals as reference,
  type CoefficientIntervalOptions,
  type CoefficientIntervals,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export function bootstrapCoefficientIntervals(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: CoefficientIntervalOptions,
): CoefficientIntervals {
  const right = reference(X, y, indexSets, options);
  const B = indexSets.length;
  return {
    ...right,
    standardErrors: right.standardErrors.map((se) => se * Math.sqrt((B - 1) / B)),
  };
}
