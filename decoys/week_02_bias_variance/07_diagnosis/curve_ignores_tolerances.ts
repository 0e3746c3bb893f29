/**
 * Decoy for kata 02.07 — curve diagnoses that keep the default tolerances.
 *
 * @misconception diagnoseLearningCurve passes only the target on to the decision, so the
 * caller's biasTolerance and gapTolerance are silently replaced by the defaults.
 * @expectMessage 'when given, replace the defaults'
 */
import {
  diagnoseLearningCurve as reference,
  type DiagnosisCriteria,
  type LearningCurveDiagnosis,
} from '../../../solutions/week_02_bias_variance/07_diagnosis';

export * from '../../../solutions/week_02_bias_variance/07_diagnosis';

export function diagnoseLearningCurve(
  curve: {
    trainSizes: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): LearningCurveDiagnosis {
  reference(curve, criteria); // the solution's validation
  return reference(curve, { targetError: criteria.targetError });
}
