/**
 * Decoy for kata 02.06 — a controlled experiment that redraws the noise for every λ.
 *
 * @misconception Each λ is fitted on its own R training sets, so the points of the curve differ
 * in their noise as well as in λ: the trends are blurred by Monte Carlo error that common
 * random numbers would have cancelled.
 * @expectMessage 'looks like fresh noise was drawn for each λ'
 */
import {
  ridgeBiasVariance as reference,
  type RidgeBiasVarianceOptions,
  type RidgeBiasVariancePoint,
} from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export * from '../../../solutions/week_02_bias_variance/06_ridge_regression';

export function ridgeBiasVariance(options: RidgeBiasVarianceOptions): RidgeBiasVariancePoint[] {
  reference({ ...options, lambdas: options.lambdas.slice(0, 1) }); // the same validation
  return options.lambdas.map(
    (lambda, k) =>
      reference({
        ...options,
        lambdas: [lambda],
        seed: k === 0 ? options.seed : `${String(options.seed)}/${k}`,
      })[0] as RidgeBiasVariancePoint,
  );
}
