/**
 * Decoy for kata 01.07 — the Q-Q labels are each row's rank, the inverse permutation.
 *
 * @misconception normalQQ.observation[i] holds the rank of row i's residual instead of the row
 * of the i-th smallest residual: the same numbers whenever the sorting permutation is its own
 * inverse, the wrong label on the plot otherwise.
 * @expectMessage 'looks like the rank of each row'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  diagnosticPlotData as solutionPlots,
  type DiagnosticOptions,
  type DiagnosticPlotData,
} from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export * from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export function diagnosticPlotData(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): DiagnosticPlotData {
  const data = solutionPlots(X, y, options);
  const ranks = new Array<number>(data.normalQQ.observation.length);
  data.normalQQ.observation.forEach((row, k) => (ranks[row] = k));
  return { ...data, normalQQ: { ...data.normalQQ, observation: ranks } };
}
