/**
 * Decoy for kata 02.07 — the best setting is the one with the smallest gap.
 *
 * @misconception The validation curve's best setting is taken where training and validation
 * errors are closest, as if a small gap meant a good model; a model with a large error on both
 * has a small gap too. The best setting has the smallest validation error.
 * @expectMessage 'the best setting has the smallest validation error'
 */
import {
  diagnoseValidationCurve as reference,
  type DiagnosisCriteria,
  type ValidationCurveDiagnosis,
} from '../../../solutions/week_02_bias_variance/07_diagnosis';

export * from '../../../solutions/week_02_bias_variance/07_diagnosis';

export function diagnoseValidationCurve(
  curve: {
    values: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): ValidationCurveDiagnosis {
  const correct = reference(curve, criteria);
  const gaps = curve.validationError.map((value, k) => value - curve.trainError[k]!);
  let bestIndex = 0;
  gaps.forEach((gap, k) => {
    if (gap < gaps[bestIndex]!) bestIndex = k;
  });
  return {
    ...correct,
    bestIndex,
    bestValue: curve.values[bestIndex]!,
    atEdge: curve.values.length > 1 && (bestIndex === 0 || bestIndex === curve.values.length - 1),
  };
}
