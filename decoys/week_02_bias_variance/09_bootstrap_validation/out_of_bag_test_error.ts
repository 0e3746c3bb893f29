/**
 * Decoy for kata 02.09 — each refit scored on the rows its resample left out.
 *
 * @misconception "Test error" is read as error on unseen rows, so each refit is scored on the
 * out-of-bag rows only. That is the leave-one-out bootstrap, a different (pessimistic) estimator;
 * Efron's optimism scores the refit on the whole original sample, which plays the population.
 * @expectMessage 'left out'
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
  const right = reference(X, y, indexSets, options); // validation, apparent and training errors
  const rows = (X as readonly (readonly number[])[]).map((row) =>
    options?.intercept === false ? row.slice() : [1, ...row],
  );
  const mseOn = (b: readonly number[], where: readonly number[]): number =>
    where.reduce((sum, i) => {
      const fitted = rows[i]!.reduce((s, x, j) => s + x * b[j]!, 0);
      return sum + (y[i]! - fitted) ** 2;
    }, 0) / where.length;
  let test = 0;
  for (const set of indexSets) {
    const design = set.map((i) => rows[i]!.slice());
    const b = fitLeastSquares(
      'optimismCorrectedError',
      design,
      set.map((i) => y[i]!),
    ).coefficients;
    const leftOut = rows.map((_, i) => i).filter((i) => !set.includes(i));
    test += mseOn(b, leftOut.length > 0 ? leftOut : set) / indexSets.length;
  }
  const optimism = test - right.bootstrapTrainingError;
  return {
    ...right,
    bootstrapTestError: test,
    optimism,
    correctedError: right.apparentError + optimism,
  };
}
