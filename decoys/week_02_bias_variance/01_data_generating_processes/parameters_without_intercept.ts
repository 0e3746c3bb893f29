/**
 * Decoy for kata 02.01 — p that does not count the intercept.
 *
 * @misconception p is the number of columns of X, so the intercept the fit adds spends no
 * degree of freedom: s² divides by n − p + 1 and is biased down.
 * @expectMessage 'p counts every fitted coefficient, the intercept included'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  estimateNoiseVariance as reference,
  type NoiseVarianceEstimate,
} from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export * from '../../../solutions/week_02_bias_variance/01_data_generating_processes';

export function estimateNoiseVariance(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): NoiseVarianceEstimate {
  const estimate = reference(X, y, options);
  const parameters = (options.intercept ?? true) ? estimate.parameters - 1 : estimate.parameters;
  return { ...estimate, parameters, unbiased: estimate.rss / (y.length - parameters) };
}
