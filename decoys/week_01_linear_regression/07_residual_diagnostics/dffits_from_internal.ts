/**
 * Decoy for kata 01.07 — DFFITS from the internal residual.
 *
 * @misconception DFFITS is computed as r·sqrt(h/(1 − h)) with the internally studentized
 * residual, where R's dffits uses the external one (the point's own fitted-value shift over s(i)).
 * @expectMessage 'looks like DFFITS from the internal residual'
 */
import type { MatrixInput } from '../../../helpers/validation';
import {
  influenceMeasures as solutionInfluence,
  type DiagnosticOptions,
  type InfluenceMeasures,
} from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export * from '../../../solutions/week_01_linear_regression/07_residual_diagnostics';

export function influenceMeasures(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): InfluenceMeasures {
  const measures = solutionInfluence(X, y, options);
  return {
    ...measures,
    dffits: measures.studentizedInternal.map((r, i) => {
      const h = measures.leverage[i]!;
      return h === 1 ? Number.POSITIVE_INFINITY : r * Math.sqrt(h / (1 - h));
    }),
  };
}
