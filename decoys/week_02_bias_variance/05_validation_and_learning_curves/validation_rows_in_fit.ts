/**
 * Decoy for kata 02.05 — a validation curve fitted on the validation rows too.
 *
 * @misconception Each setting is fitted on the training and validation rows together (leakage,
 * the week 02 face of fitting a standardiser on test data), so the validation error scores a
 * model that has seen the rows it is scored on and never turns up again.
 * @expectMessage 'leakage: the validation targets reached the fitter'
 */
import type { Fitter } from '../../../helpers/fitters';
import {
  validationCurve as reference,
  type TrainValidationData,
  type ValidationCurve,
} from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export * from '../../../solutions/week_02_bias_variance/05_validation_and_learning_curves';

export function validationCurve(
  data: TrainValidationData,
  values: readonly number[],
  makeFitter: (value: number) => Fitter,
): ValidationCurve {
  return reference(data, values, (value) => {
    const fit = makeFitter(value);
    return (X, y) => fit([...X, ...data.validationX], [...y, ...data.validationY]);
  });
}
