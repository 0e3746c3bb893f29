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
import { InvalidArgumentError, NonFiniteValueError } from '../../helpers/errors';
import { checkNumber, checkSameLength, checkVector, checkOptions } from '../../helpers/validation';

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

const ACTIONS: Record<Diagnosis, RecommendedAction> = {
  'high-bias': 'increase-capacity',
  'high-variance': 'more-data-or-regularisation',
  'good-fit': 'keep',
};

/** A finite number: NaN or ±Infinity is a NonFiniteValueError, as it is inside a curve. */
function finite(
  name: string,
  label: string,
  value: unknown,
  options: { min?: number } = {},
): number {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new NonFiniteValueError(name, `requires a finite ${label} (got ${value})`);
  }
  return checkNumber(name, label, value, options);
}

function checkCriteria(
  name: string,
  criteria: DiagnosisCriteria,
): { target: number; biasTolerance: number; gapTolerance: number } {
  const target = finite(name, 'targetError', checkOptions(name, criteria, 'criteria').targetError);
  if (target <= 0) {
    throw new InvalidArgumentError(name, `requires a positive targetError (got ${target})`);
  }
  return {
    target,
    biasTolerance: finite(name, 'biasTolerance', criteria.biasTolerance ?? 0.5, { min: 0 }),
    gapTolerance: finite(name, 'gapTolerance', criteria.gapTolerance ?? 0.5, { min: 0 }),
  };
}

function checkErrors(name: string, label: string, values: unknown): number[] {
  const errors = checkVector(name, label, values);
  errors.forEach((value, k) => {
    if (value < 0) {
      throw new InvalidArgumentError(
        name,
        `requires non-negative errors in ${label} (got ${value} at index ${k})`,
      );
    }
  });
  return errors;
}

/** The decision, on validated numbers. */
function decide(
  trainError: number,
  validationError: number,
  criteria: { target: number; biasTolerance: number; gapTolerance: number },
): FitDiagnosis {
  const { target, biasTolerance, gapTolerance } = criteria;
  const excess = trainError - target;
  const gap = validationError - trainError;
  const highBias = excess > biasTolerance * target;
  const highVariance = gap > gapTolerance * target;
  const findings: string[] = [];
  if (highBias) {
    findings.push(
      `training error ${trainError} exceeds the target ${target} by ${excess}, more than ${biasTolerance} of the target: the model underfits the data it has`,
    );
  }
  if (highVariance) {
    findings.push(
      `validation error ${validationError} exceeds the training error by ${gap}, more than ${gapTolerance} of the target ${target}: the fit does not carry over to new data`,
    );
  }
  // When both are out of tolerance, work on the larger (Ng, Machine Learning Yearning §20–22):
  // it is where the held-out error can fall furthest.
  const diagnosis: Diagnosis =
    highBias && (!highVariance || excess >= gap)
      ? 'high-bias'
      : highVariance
        ? 'high-variance'
        : 'good-fit';
  return { diagnosis, action: ACTIONS[diagnosis], excess, gap, findings };
}

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  const name = 'diagnoseFit';
  checkOptions(name, errors, 'errors');
  const trainError = finite(name, 'trainError', errors.trainError, { min: 0 });
  const validationError = finite(name, 'validationError', errors.validationError, { min: 0 });
  return decide(trainError, validationError, checkCriteria(name, errors));
}

export function diagnoseLearningCurve(
  curve: {
    trainSizes: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): LearningCurveDiagnosis {
  const name = 'diagnoseLearningCurve';
  checkOptions(name, curve, 'curve');
  const sizes = checkVector(name, 'trainSizes', curve.trainSizes, 2);
  const train = checkErrors(name, 'trainError', curve.trainError);
  const validation = checkErrors(name, 'validationError', curve.validationError);
  checkSameLength(name, 'train sizes', sizes.length, 'training errors', train.length);
  checkSameLength(name, 'train sizes', sizes.length, 'validation errors', validation.length);
  sizes.forEach((size, k) => {
    checkNumber(name, `trainSizes[${k}]`, size, { integer: true, min: 1 });
    // The first size follows nothing: −∞ lets it through.
    if (size <= (sizes[k - 1] ?? Number.NEGATIVE_INFINITY)) {
      throw new InvalidArgumentError(
        name,
        `requires strictly increasing train sizes (got ${sizes[k - 1]} then ${size})`,
      );
    }
  });
  const last = sizes.length - 1;
  // The data you have is the last point; the slope into it says whether more would help.
  const checked = checkCriteria(name, criteria);
  const diagnosis = decide(train[last]!, validation[last]!, checked);
  const stillFalling = validation[last]! < validation[last - 1]!;
  const gapOpen = diagnosis.gap > checked.gapTolerance * checked.target;
  return { ...diagnosis, moreDataHelps: gapOpen && stillFalling };
}

export function diagnoseValidationCurve(
  curve: {
    values: readonly number[];
    trainError: readonly number[];
    validationError: readonly number[];
  },
  criteria: DiagnosisCriteria,
): ValidationCurveDiagnosis {
  const name = 'diagnoseValidationCurve';
  checkOptions(name, curve, 'curve');
  const values = checkVector(name, 'values', curve.values);
  const train = checkErrors(name, 'trainError', curve.trainError);
  const validation = checkErrors(name, 'validationError', curve.validationError);
  checkSameLength(name, 'values', values.length, 'training errors', train.length);
  checkSameLength(name, 'values', values.length, 'validation errors', validation.length);
  const checked = checkCriteria(name, criteria);
  let bestIndex = 0;
  validation.forEach((error, k) => {
    if (error < validation[bestIndex]!) bestIndex = k;
  });
  return {
    bestIndex,
    bestValue: values[bestIndex]!,
    atEdge: values.length > 1 && (bestIndex === 0 || bestIndex === values.length - 1),
    diagnoses: values.map((_, k) => decide(train[k]!, validation[k]!, checked)),
  };
}
