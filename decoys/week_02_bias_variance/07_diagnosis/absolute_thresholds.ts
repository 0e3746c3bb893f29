/**
 * Decoy for kata 02.07 — tolerances read as absolute errors.
 *
 * @misconception The tolerances are compared with the excess and the gap directly (0.5 of an
 * error unit) instead of as fractions of the target, so the same model is "high bias" in one
 * unit of measurement and a "good fit" in another.
 * @expectMessage 'thresholds not relative to the target'
 */
import {
  diagnoseFit as reference,
  type FitDiagnosis,
  type FitErrors,
} from '../../../solutions/week_02_bias_variance/07_diagnosis';

export * from '../../../solutions/week_02_bias_variance/07_diagnosis';

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  const correct = reference(errors); // validation, excess, gap and findings
  const highBias = correct.excess > (errors.biasTolerance ?? 0.5);
  const highVariance = correct.gap > (errors.gapTolerance ?? 0.5);
  if (highBias && (!highVariance || correct.excess >= correct.gap))
    return { ...correct, diagnosis: 'high-bias', action: 'increase-capacity' };
  if (highVariance)
    return { ...correct, diagnosis: 'high-variance', action: 'more-data-or-regularisation' };
  return { ...correct, diagnosis: 'good-fit', action: 'keep' };
}
