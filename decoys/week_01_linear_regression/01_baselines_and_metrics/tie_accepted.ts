/**
 * Decoy for kata 01.01 — a tie with the baseline accepted.
 *
 * @misconception A model whose held-out MSE only equals its baseline's is accepted (≤ instead
 * of <), although it has not paid for its extra complexity.
 * @expectMessage 'a tie is a rejection'
 */
import {
  compareWithBaseline as solutionCompare,
  type BaselineComparison,
} from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export * from '../../../solutions/week_01_linear_regression/01_baselines_and_metrics';

export function compareWithBaseline(
  yTest: readonly number[],
  modelPredictions: readonly number[],
  baselinePredictions: readonly number[],
): BaselineComparison {
  const result = solutionCompare(yTest, modelPredictions, baselinePredictions);
  return { ...result, verdict: result.modelMSE <= result.baselineMSE ? 'accept' : 'reject' };
}
