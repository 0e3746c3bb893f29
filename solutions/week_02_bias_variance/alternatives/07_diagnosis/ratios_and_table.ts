/**
 * Alternative for kata 02.07 — ratios to the target and a decision table
 *
 * @method Expresses excess and gap as fractions of the target and compares those with the
 * tolerances, then reads the diagnosis from a table keyed by the two flags; the curves are
 * scanned with plain loops (the best setting by a running minimum from the right that keeps the
 * leftmost tie) instead of the reference's inline comparisons and forEach.
 */
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  ShapeMismatchError,
} from '../../../../helpers/errors';
import type {
  Diagnosis,
  DiagnosisCriteria,
  FitDiagnosis,
  FitErrors,
  LearningCurveDiagnosis,
  RecommendedAction,
  ValidationCurveDiagnosis,
} from '../../07_diagnosis';

export * from '../../07_diagnosis';

interface Criteria {
  readonly target: number;
  readonly biasTolerance: number;
  readonly gapTolerance: number;
}

/** A finite number of the right sign, or the documented error. */
function number(name: string, label: string, value: unknown, minimum?: number): number {
  if (typeof value !== 'number') {
    throw new InvalidArgumentError(name, `requires ${label} to be a number (got ${typeof value})`);
  }
  if (!Number.isFinite(value)) {
    throw new NonFiniteValueError(name, `requires a finite ${label} (got ${value})`);
  }
  if (minimum !== undefined && value < minimum) {
    throw new InvalidArgumentError(name, `requires ${label} ≥ ${minimum} (got ${value})`);
  }
  return value;
}

function criteriaOf(name: string, criteria: DiagnosisCriteria): Criteria {
  const target = number(name, 'targetError', criteria.targetError);
  if (!(target > 0)) {
    throw new InvalidArgumentError(name, `requires a positive targetError (got ${target})`);
  }
  return {
    target,
    biasTolerance: number(name, 'biasTolerance', criteria.biasTolerance ?? 0.5, 0),
    gapTolerance: number(name, 'gapTolerance', criteria.gapTolerance ?? 0.5, 0),
  };
}

function series(name: string, label: string, values: unknown, minimum?: number): number[] {
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(name, `requires ${label} to be an array of numbers`);
  }
  const out: number[] = [];
  for (let k = 0; k < values.length; k += 1) {
    out.push(number(name, `${label}[${k}]`, values[k], minimum));
  }
  return out;
}

/** [high bias][high variance] → diagnosis, when the two do not compete. */
const TABLE: Record<'00' | '10' | '01', Diagnosis> = {
  '00': 'good-fit',
  '10': 'high-bias',
  '01': 'high-variance',
};
const ACTION: Record<Diagnosis, RecommendedAction> = {
  'high-bias': 'increase-capacity',
  'high-variance': 'more-data-or-regularisation',
  'good-fit': 'keep',
};

function decide(trainError: number, validationError: number, c: Criteria): FitDiagnosis {
  const excess = trainError - c.target;
  const gap = validationError - trainError;
  // Dividing by the target rescales both sides of each comparison by the same positive factor.
  const highBias = excess / c.target > c.biasTolerance;
  const highVariance = gap / c.target > c.gapTolerance;
  const diagnosis =
    highBias && highVariance
      ? gap > excess
        ? 'high-variance'
        : 'high-bias'
      : TABLE[`${highBias ? 1 : 0}${highVariance ? 1 : 0}` as '00' | '10' | '01'];
  const findings: string[] = [];
  if (highBias)
    findings.push(
      `training error ${trainError} is above the target ${c.target} by ${excess}: the model underfits`,
    );
  if (highVariance)
    findings.push(
      `validation error ${validationError} is above the training error by ${gap}: the model overfits`,
    );
  return { diagnosis, action: ACTION[diagnosis], excess, gap, findings };
}

export function diagnoseFit(errors: FitErrors): FitDiagnosis {
  const name = 'diagnoseFit';
  const trainError = number(name, 'trainError', errors.trainError, 0);
  const validationError = number(name, 'validationError', errors.validationError, 0);
  return decide(trainError, validationError, criteriaOf(name, errors));
}

function sameLengths(name: string, lengths: number[]): void {
  for (const length of lengths) {
    if (length !== lengths[0]) {
      throw new ShapeMismatchError(
        name,
        `requires arrays of one length (got ${lengths.join(', ')})`,
      );
    }
  }
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
  const sizes = series(name, 'trainSizes', curve.trainSizes);
  if (sizes.length < 2) {
    throw new EmptyInputError(name, `requires at least two train sizes (got ${sizes.length})`);
  }
  for (let k = 0; k < sizes.length; k += 1) {
    const size = sizes[k]!;
    if (!Number.isInteger(size) || size < 1 || (k > 0 && size <= sizes[k - 1]!)) {
      throw new InvalidArgumentError(
        name,
        `requires positive integer train sizes in strictly increasing order (got ${size} at ${k})`,
      );
    }
  }
  const train = series(name, 'trainError', curve.trainError, 0);
  const validation = series(name, 'validationError', curve.validationError, 0);
  sameLengths(name, [sizes.length, train.length, validation.length]);
  const c = criteriaOf(name, criteria);
  const last = sizes.length - 1;
  const result = decide(train[last]!, validation[last]!, c);
  const gapHigh = result.gap / c.target > c.gapTolerance;
  const falling = validation[last]! < validation[last - 1]!;
  return { ...result, moreDataHelps: gapHigh && falling };
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
  const values = series(name, 'values', curve.values);
  if (values.length === 0) throw new EmptyInputError(name, 'requires at least one setting');
  const train = series(name, 'trainError', curve.trainError, 0);
  const validation = series(name, 'validationError', curve.validationError, 0);
  sameLengths(name, [values.length, train.length, validation.length]);
  const c = criteriaOf(name, criteria);
  // From the right, ≤ moves the best leftwards on ties: the first minimum wins.
  let bestIndex = values.length - 1;
  for (let k = values.length - 2; k >= 0; k -= 1) {
    if (validation[k]! <= validation[bestIndex]!) bestIndex = k;
  }
  const diagnoses: FitDiagnosis[] = [];
  for (let k = 0; k < values.length; k += 1) {
    diagnoses.push(decide(train[k]!, validation[k]!, c));
  }
  return {
    bestIndex,
    bestValue: values[bestIndex]!,
    atEdge: values.length >= 2 && (bestIndex === 0 || bestIndex === values.length - 1),
    diagnoses,
  };
}
