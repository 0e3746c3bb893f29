/**
 * Decoy for kata 02.07 — "more data helps" whenever the gap is open.
 *
 * @misconception More data is recommended for any open gap, without looking at whether the
 * validation error is still falling into the last point; a curve that has stalled will not
 * close its gap with more of the same data.
 * @expectMessage 'more data helps only while it is still falling'
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
  const correct = reference(curve, criteria);
  const gapTolerance = criteria.gapTolerance ?? 0.5;
  return { ...correct, moreDataHelps: correct.gap > gapTolerance * criteria.targetError };
}
