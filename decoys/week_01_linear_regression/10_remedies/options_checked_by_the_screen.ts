/**
 * Decoy for kata 01.10 — thresholds left for the screen to check.
 *
 * @misconception cooksThreshold and vifThreshold are handed to screenAssumptions unchecked, so
 * an out-of-range value throws with the screen's name instead of assess's.
 * @expectMessage 'assess'
 */
import { InvalidArgumentError } from '../../../helpers/errors';
import {
  assess as solutionAssess,
  type Assessment,
  type AssessmentData,
} from '../../../solutions/week_01_linear_regression/10_remedies';

export * from '../../../solutions/week_01_linear_regression/10_remedies';

export function assess(
  data: AssessmentData,
  options: Parameters<typeof solutionAssess>[1] = {},
): Assessment {
  const { cooksThreshold, vifThreshold } = options;
  if (
    (cooksThreshold !== undefined && !(cooksThreshold >= 0 && Number.isFinite(cooksThreshold))) ||
    (vifThreshold !== undefined && !(vifThreshold >= 1 && Number.isFinite(vifThreshold)))
  ) {
    throw new InvalidArgumentError('screenAssumptions', 'requires thresholds in range');
  }
  return solutionAssess(data, options);
}
