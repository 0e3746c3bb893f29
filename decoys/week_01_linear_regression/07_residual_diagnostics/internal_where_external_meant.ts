/**
 * Decoy for kata 01.07 — internal studentization where external is meant.
 *
 * @misconception The externally studentized residual (R rstudent) is computed with the full-fit
 * s instead of s(i) from the fit without observation i, so it equals the internal one, is
 * bounded by sqrt(n − p) and hides a gross outlier; DFFITS inherits it.
 * @expectMessage 'looks like the internally studentized residual where the external one is meant'
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
    studentizedExternal: measures.studentizedInternal,
    dffits: measures.studentizedInternal.map((r, i) => {
      const h = measures.leverage[i]!;
      return h === 1 ? Number.POSITIVE_INFINITY : r * Math.sqrt(h / (1 - h));
    }),
  };
}
