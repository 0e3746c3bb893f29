/**
 * Decoy for kata 02.07 — thresholds that flag errors exactly at the tolerance.
 *
 * @misconception The comparisons use ≥, so a training error exactly at target·(1 + tolerance)
 * is already "high bias": the tolerance is what may be spent, and only more than it is a finding.
 * @expectMessage 'the thresholds are strict'
 */
import {
  diagnoseFit as reference,
  type FitDiagnosis,
  type FitErrors,
} from '../../../solutions/week_02_bias_variance/07_diagnosis';

export * from '../../../solutions/week_02_bias_variance/07_diagnosis';

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  const correct = reference(errors);
  const target = errors.targetError;
  const highBias = correct.excess >= (errors.biasTolerance ?? 0.5) * target;
  const highVariance = correct.gap >= (errors.gapTolerance ?? 0.5) * target;
  if (highBias && (!highVariance || correct.excess >= correct.gap))
    return { ...correct, diagnosis: 'high-bias', action: 'increase-capacity' };
  if (highVariance)
    return { ...correct, diagnosis: 'high-variance', action: 'more-data-or-regularisation' };
  return correct;
}
