/**
 * Decoy for kata 01.06 — p-values formed as 1 − CDF.
 *
 * @misconception The two-sided p-value is computed as 2·(1 − CDF(|t|)) and the F p-value as
 * 1 − CDF(F): right to 1e-16 in absolute terms, but a p-value of 1e-98 becomes exactly 0.
 * @expectMessage 'which looks like 1 − CDF'
 */
import { fSurvival, studentTCdf } from '../../../helpers/distributions';
import type { MatrixInput } from '../../../helpers/validation';
import {
  fitOLS as solutionFit,
  type OLSFit,
  type OLSOptions,
} from '../../../solutions/week_01_linear_regression/06_inference';

export * from '../../../solutions/week_01_linear_regression/06_inference';

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const fit = solutionFit(X, y, options);
  const { dfResidual, dfModel, fStatistic } = fit;
  return {
    ...fit,
    pValues: fit.tValues.map((t) => 2 * (1 - studentTCdf(Math.abs(t), dfResidual))),
    fPValue: Number.isFinite(fStatistic) ? 1 - (1 - fSurvival(fStatistic, dfModel, dfResidual)) : 0,
  };
}
