/**
 * Decoy for kata 02.07 — bias checked first, whatever the variance.
 *
 * @misconception When both bias and variance are out of tolerance the diagnosis is always high
 * bias (the first check that fires wins), although the larger problem is where the held-out
 * error can fall furthest.
 * @expectMessage 'the larger of excess and gap decides'
 */
import {
  diagnoseFit as reference,
  type FitDiagnosis,
  type FitErrors,
} from '../../../solutions/week_02_bias_variance/07_diagnosis';

export * from '../../../solutions/week_02_bias_variance/07_diagnosis';

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  const correct = reference(errors);
  const biasTolerance = errors.biasTolerance ?? 0.5;
  return correct.excess > biasTolerance * errors.targetError
    ? { ...correct, diagnosis: 'high-bias', action: 'increase-capacity' }
    : correct;
}
