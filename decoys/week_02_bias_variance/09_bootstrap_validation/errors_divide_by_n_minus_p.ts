/**
 * Decoy for kata 02.09 — errors as RSS/(n − p).
 *
 * @misconception The mean squared errors divide by the residual degrees of freedom n − p, the
 * divisor of the unbiased σ² estimate, instead of n: rms::validate's MSE (and the apparent error
 * whose optimism 2pσ²/n measures) is RSS/n.
 * @expectMessage 'RSS/(n − p)'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  optimismCorrectedError as reference,
  type OptimismCorrection,
  type OptimismOptions,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export function optimismCorrectedError(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: OptimismOptions,
): OptimismCorrection {
  const right = reference(X, y, indexSets, options);
  const n = y.length;
  const p =
    ((X as readonly (readonly number[])[])[0]?.length ?? 0) +
    (options?.intercept === false ? 0 : 1);
  const scale = n / (n - p);
  return {
    apparentError: right.apparentError * scale,
    bootstrapTrainingError: right.bootstrapTrainingError * scale,
    bootstrapTestError: right.bootstrapTestError * scale,
    optimism: right.optimism * scale,
    correctedError: right.correctedError * scale,
  };
}
