/**
 * Decoy for kata 02.07 — train sizes checked for order only.
 *
 * @misconception diagnoseLearningCurve checks that the sizes increase and nothing else, so
 * 1.5 rows or −1 rows pass as a learning curve; a size counts rows, a positive integer.
 * @expectMessage 'must be positive integers (row counts)'
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
  // Replace each size by its rank, 1, 2, …, when it is not a count: order is all that is checked.
  const sizes = curve.trainSizes;
  const ordered = sizes.every((size, k) => k === 0 || size > sizes[k - 1]!);
  const counts = ordered ? sizes.map((_, k) => k + 1) : sizes;
  return reference({ ...curve, trainSizes: counts }, criteria);
}
