/**
 * Kata 02.07 — Diagnosis
 *
 * Two numbers decide what to change: how far the training error sits above the error you can
 * hope for (avoidable bias), and how far the validation error sits above the training error
 * (variance). High bias calls for more capacity, because more data cannot lower an error the
 * model already makes on the data it has; high variance calls for more data or more
 * regularisation; a model with neither is kept. Learning and validation curves show both
 * numbers, and whether more data would still help.
 *
 * Theory: theory/week_02_bias_variance.md#diagnosing-bias-and-variance
 *
 * Implement (every error is an MSE, and `targetError` is the error you would accept: the
 * noise variance σ² when it is known, as in a simulation, else a baseline or business target;
 * no function modifies its arguments):
 * - `diagnoseFit({ trainError, validationError, targetError, biasTolerance = 0.5,
 *   gapTolerance = 0.5 })` with excess = trainError − targetError and gap = validationError −
 *   trainError. Bias is high when excess > biasTolerance · targetError; variance is high when
 *   gap > gapTolerance · targetError (both strict). Neither: 'good-fit' → 'keep'. One:
 *   'high-bias' → 'increase-capacity', or 'high-variance' → 'more-data-or-regularisation'.
 *   Both: the larger of excess and gap decides (ties go to bias). `findings` holds one
 *   sentence per problem found, bias first (empty for a good fit): the bias sentence contains
 *   `training error ${trainError}` and the excess, the variance sentence contains
 *   `validation error ${validationError}` and the gap, numbers as JavaScript prints them.
 * - `diagnoseLearningCurve(curve, criteria)`: `diagnoseFit` at the largest training size,
 *   plus `moreDataHelps`: true when the gap there is high and the validation error still fell
 *   between the last two sizes.
 * - `diagnoseValidationCurve(curve, criteria)`: `diagnoseFit` at every setting, the index and
 *   value of the smallest validation error (the first on ties), and `atEdge`: whether that
 *   minimum sits at either end of a grid of two or more settings, where the best value may lie
 *   beyond it.
 *
 * Errors: NonFiniteValueError for NaN or ±Infinity anywhere; InvalidArgumentError for a
 * negative error or tolerance, a non-positive target, or train sizes that are not positive
 * integers in strictly increasing order; ShapeMismatchError for curves whose arrays differ in length; EmptyInputError for
 * a learning curve with fewer than two sizes or an empty validation curve. Messages start with
 * the name of the function called.
 *
 * @example
 * diagnoseFit({ trainError: 1.0, validationError: 1.1, targetError: 0.25 });
 * // { diagnosis: 'high-bias', action: 'increase-capacity', excess: 0.75, gap: 0.1, findings: [...] }
 */
import { NotImplementedError } from '../../helpers/errors';

export type Diagnosis = 'high-bias' | 'high-variance' | 'good-fit';
export type RecommendedAction = 'increase-capacity' | 'more-data-or-regularisation' | 'keep';

export interface DiagnosisCriteria {
  /** The error you would accept: σ² when the noise level is known. Must be positive. */
  readonly targetError: number;
  /** How far the training error may exceed the target, as a fraction of it. Default 0.5. */
  readonly biasTolerance?: number;
  /** How far the validation error may exceed the training error, as a fraction of the target. Default 0.5. */
  readonly gapTolerance?: number;
}

export interface FitErrors extends DiagnosisCriteria {
  readonly trainError: number;
  readonly validationError: number;
}

export interface FitDiagnosis {
  readonly diagnosis: Diagnosis;
  readonly action: RecommendedAction;
  /** trainError − targetError: the avoidable bias (negative when below the target). */
  readonly excess: number;
  /** validationError − trainError: the variance the held-out data reveals. */
  readonly gap: number;
  /** One sentence per problem found; empty for a good fit. */
  readonly findings: string[];
}

export interface LearningCurveDiagnosis extends FitDiagnosis {
  readonly moreDataHelps: boolean;
}

export interface ValidationCurveDiagnosis {
  readonly bestIndex: number;
  readonly bestValue: number;
  readonly atEdge: boolean;
  /** diagnoseFit at each setting, in the order of the curve. */
  readonly diagnoses: FitDiagnosis[];
}

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  // TODO: excess = train − target, gap = validation − train; compare each with its tolerance
  // times the target; when both are too large, the larger decides.
  throw new NotImplementedError('02.07', 'diagnoseFit');
}

export function diagnoseLearningCurve(
  curve: {
    trainSizes: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): LearningCurveDiagnosis {
  // TODO: diagnose the largest training size; more data helps while the gap is open and the
  // validation error still falls.
  throw new NotImplementedError('02.07', 'diagnoseLearningCurve');
}

export function diagnoseValidationCurve(
  curve: {
    values: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): ValidationCurveDiagnosis {
  // TODO: diagnose every setting; find the smallest validation error and whether it is at an edge.
  throw new NotImplementedError('02.07', 'diagnoseValidationCurve');
}
