/**
 * Decoy for kata 01.07 — Cook's distance with (1 − h) instead of (1 − h)².
 *
 * @misconception Cook's distance is written e²h/(p·s²·(1 − h)) with the raw residual, one
 * factor (1 − h) short of e²h/(p·s²·(1 − h)²), which understates high-leverage points.
 * @expectMessage 'looks like Cook’s distance with (1 − h) where (1 − h)² belongs'
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
    cooksDistance: measures.cooksDistance.map((d, i) => d * (1 - measures.leverage[i]!)),
  };
}
