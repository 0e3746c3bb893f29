/**
 * A learning procedure as a value. Experiments that refit "the same model" on many training
 * sets (the bias–variance decomposition over replicates, the bootstrap decomposition, learning
 * curves) take a `Fitter`: given a training design and targets it returns a predictor, and
 * never needs to know what kind of model it is. The shape is fixed by
 * docs/api/week_02_bias_variance.md.
 *
 * `leastSquaresFitter` is the one the week 02 specs lean on: ordinary least squares on each
 * column's powers x, x², …, x^degree (no interactions) plus an intercept, solved by
 * helpers/least_squares.ts (Householder QR), so an experiment's answer does not depend on a
 * learner's polynomial kata being finished.
 */
import { InvalidArgumentError, NonFiniteValueError, ShapeMismatchError } from './errors';
import { fitLeastSquares } from './least_squares';
import {
  checkMatrix,
  checkSameLength,
  checkVector,
  checkCount,
  checkOptions,
  LIMITS,
} from './validation';

/** Rows of observations, one column per predictor, never the constant column. */
export type Matrix = number[][];

/** Fits on (X, y) and returns the fitted model's predictor for new rows. */
export type Fitter = (X: Matrix, y: number[]) => (X: Matrix) => number[];

export interface LeastSquaresFitterOptions {
  /** Highest power of each column; 0 fits the intercept alone (the mean). Default 1. */
  readonly degree?: number;
  /** Add the unpenalised constant column. Default true. */
  readonly intercept?: boolean;
}

const NAME = 'leastSquaresFitter';

/** [1?, x₁, x₁², …, x₁^d, x₂, …, x₂^d, …] for one row. */
function expandRow(row: readonly number[], degree: number, intercept: boolean): number[] {
  const expanded: number[] = intercept ? [1] : [];
  for (const value of row) {
    let power = 1;
    for (let k = 1; k <= degree; k += 1) {
      power *= value;
      expanded.push(power);
    }
  }
  return expanded;
}

/**
 * Ordinary least squares on per-column polynomial features. Errors name `leastSquaresFitter`:
 * an invalid degree at construction; at fit time, bad data (helpers/validation.ts) or a
 * rank-deficient design (RankDeficiencyError, e.g. more parameters than distinct rows); at
 * predict time, rows whose width differs from the training design.
 *
 * @example
 * const fit = leastSquaresFitter({ degree: 1 });
 * fit([[0], [1], [2]], [1, 3, 5])([[3]]); // [7]
 */
export function leastSquaresFitter(options: LeastSquaresFitterOptions = {}): Fitter {
  const degree = checkCount(NAME, 'degree', checkOptions(NAME, options).degree ?? 1, {
    min: 0,
    max: LIMITS.degree,
  });
  const intercept = options.intercept ?? true;
  if (degree === 0 && !intercept) {
    throw new InvalidArgumentError(
      NAME,
      'requires an intercept when degree is 0 (got degree 0 and intercept false)',
    );
  }
  return (trainX, trainY) => {
    const rows = checkMatrix(NAME, 'X', trainX);
    const targets = checkVector(NAME, 'y', trainY);
    checkSameLength(NAME, 'rows', rows.length, 'targets', targets.length);
    const width = rows[0]!.length;
    const design = rows.map((row) => expandRow(row, degree, intercept));
    const { coefficients } = fitLeastSquares(NAME, design, targets);
    return (newX) => {
      const newRows = checkMatrix(NAME, 'new X', newX);
      const newWidth = newRows[0]!.length;
      if (newWidth !== width) {
        throw new ShapeMismatchError(
          NAME,
          `requires new rows with as many columns as the training design (got ${width} and ${newWidth})`,
        );
      }
      return newRows.map((row) =>
        expandRow(row, degree, intercept).reduce(
          (sum, value, j) => sum + value * coefficients[j]!,
          0,
        ),
      );
    };
  };
}

/**
 * The predictions a fitted Fitter returned, checked: one finite number per row asked about.
 * `where` says which replicate or round produced them, for the message.
 */
export function checkPredictions(
  functionName: string,
  predicted: unknown,
  rows: number,
  where: string,
): number[] {
  if (!Array.isArray(predicted) || predicted.length !== rows) {
    throw new ShapeMismatchError(
      functionName,
      `requires the fitted predictor to return one value per test row (got ${Array.isArray(predicted) ? predicted.length : typeof predicted} for ${rows} rows)`,
    );
  }
  predicted.forEach((value: unknown, index) => {
    if (!Number.isFinite(value)) {
      throw new NonFiniteValueError(
        functionName,
        `requires finite predictions (got ${String(value)} at test row ${index} of ${where})`,
      );
    }
  });
  return predicted as number[];
}
