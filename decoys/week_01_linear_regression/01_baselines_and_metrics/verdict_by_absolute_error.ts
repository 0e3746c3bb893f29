/**
 * Decoy for kata 01.01 — the verdict judged on absolute error.
 *
 * @misconception The comparison reports both MSEs but accepts the model when its mean absolute
 * error beats the baseline's; the two metrics can rank the same pair of models differently.
 * @expectMessage 'looks like the verdict used absolute error'
 */
import {
  compareWithBaseline as solutionCompare,
  meanAbsoluteError,
  type BaselineComparison,
} from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export * from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export function compareWithBaseline(
  yTest: readonly number[],
  modelPredictions: readonly number[],
  baselinePredictions: readonly number[],
): BaselineComparison {
  const comparison = solutionCompare(yTest, modelPredictions, baselinePredictions);
  const better =
    meanAbsoluteError(yTest, modelPredictions) < meanAbsoluteError(yTest, baselinePredictions);
  return { ...comparison, verdict: better ? 'accept' : 'reject' };
}
