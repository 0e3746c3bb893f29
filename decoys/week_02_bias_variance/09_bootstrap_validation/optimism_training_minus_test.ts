/**
 * Decoy for kata 02.09 — optimism as training − test, then added.
 *
 * @misconception rms::validate's table defines optimism as the training index minus the test
 * index and subtracts it; copied as "optimism = training − test, corrected = apparent +
 * optimism", the sign flips twice wrong: the optimism of an error comes out negative and the
 * corrected error falls below the apparent one.
 * @expectMessage 'wrong sign'
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
  const optimism = right.bootstrapTrainingError - right.bootstrapTestError;
  return { ...right, optimism, correctedError: right.apparentError + optimism };
}
