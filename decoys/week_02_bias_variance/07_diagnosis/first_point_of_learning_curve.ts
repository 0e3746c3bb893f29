/**
 * Decoy for kata 02.07 — a learning curve diagnosed at its first point.
 *
 * @misconception The diagnosis reads the smallest training size, where every model has a wide
 * gap between training and validation error, so every curve looks high-variance whatever the
 * data you actually have say.
 * @expectMessage 'a learning curve is diagnosed at its largest training size'
 */
import {
  diagnoseFit,
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
  const { moreDataHelps } = reference(curve, criteria); // validation and the slope
  const first = diagnoseFit({
    ...criteria,
    trainError: curve.trainError[0]!,
    validationError: curve.validationError[0]!,
  });
  return { ...first, moreDataHelps };
}
