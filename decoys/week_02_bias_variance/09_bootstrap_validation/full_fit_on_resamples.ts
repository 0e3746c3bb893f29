/**
 * Decoy for kata 02.09 — the fit on all rows scored on each resample.
 *
 * @misconception The optimism is measured on the one fit the analyst has: the fit on all rows is
 * scored on each resample (training) and on the sample (test, the apparent error). Nothing is
 * refitted, so nothing measures how a fit adapts to the rows it was fitted on: the "optimism"
 * is a small number with no relation to 2pσ²/n.
 * @expectMessage 'refit on each resample'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
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
  const right = reference(X, y, indexSets, options); // validation and the apparent error
  const rows = (X as readonly (readonly number[])[]).map((row) =>
    options?.intercept === false ? row.slice() : [1, ...row],
  );
  const b = fitLeastSquares('optimismCorrectedError', rows, y.slice()).coefficients;
  const squared = (i: number): number =>
    (y[i]! - rows[i]!.reduce((s, x, j) => s + x * b[j]!, 0)) ** 2;
  const training =
    indexSets.reduce((sum, set) => sum + set.reduce((s, i) => s + squared(i), 0) / set.length, 0) /
    indexSets.length;
  const optimism = right.apparentError - training;
  return {
    apparentError: right.apparentError,
    bootstrapTrainingError: training,
    bootstrapTestError: right.apparentError,
    optimism,
    correctedError: right.apparentError + optimism,
  };
}
