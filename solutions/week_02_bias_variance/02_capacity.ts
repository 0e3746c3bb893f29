/**
 * Kata 02.02 — Capacity
 *
 * A polynomial of degree d in one input, fitted by least squares with an intercept, has
 * p = d + 1 parameters, and each degree contains the one before it. So the training error can
 * only fall as the degree grows, down to zero when p reaches n, while the error on fresh data
 * first falls (less bias) and then rises (more variance): the U-curve. In a fixed design the
 * gap between the two has a closed form, the optimism E[test − train] = 2pσ²/n, because the
 * average variance of the fitted values over the design points is σ²p/n.
 *
 * Theory: theory/week_02_bias_variance.md#capacity
 *
 * Implement:
 * - `polynomialFeatures(x, degree)`: one row per value, columns x, x², …, x^degree and no
 *   constant column (the fit adds the intercept). degree is an integer ≥ 1.
 * - `fitPolynomialRegression(x, y, degree)`: least squares of y on an intercept and
 *   polynomialFeatures(x, degree) (helpers/least_squares.ts `fitLeastSquares`, helpers/linalg.ts
 *   `withInterceptColumn`); degree 0 fits the intercept alone. Returns the degree it was
 *   given, the intercept, the coefficients of x, …, x^degree in that order (lowest power
 *   first), and `predict(newX)`, which validates newX like any other input.
 * - `capacitySweep({ trainX, trainY, testX, testY, degrees })`: for each degree, in the order
 *   given, fit on the training data and report the degree, p = degree + 1, and the training
 *   and test mean squared errors.
 *
 * Errors (helpers/validation.ts has the checks), each message starting with the name of the
 * function called: empty input throws EmptyInputError, NaN or ±Infinity NonFiniteValueError,
 * x and y of different lengths ShapeMismatchError, a degree that is not an integer (or is below
 * 1 for polynomialFeatures, below 0 elsewhere) InvalidArgumentError, and a design with fewer
 * distinct x values than parameters RankDeficiencyError; a feature x^k beyond double precision
 * (x near 10^±200 squared is near 10^±400) NonFiniteValueError from polynomialFeatures, saying
 * the data overflow, never ∞ or a false 0. Inputs are never modified.
 *
 * @example
 * polynomialFeatures([2, -1], 3); // [[2, 4, 8], [-1, 1, -1]]
 * fitPolynomialRegression([0, 1, 2, 3], [1, 2, 2, 4], 1); // intercept 0.9, coefficients [0.9]
 * capacitySweep({ trainX, trainY, testX, testY, degrees: [0, 1, 2, 3] });
 * // [{ degree: 0, parameters: 1, trainMSE, testMSE }, …]
 */
import { fitLeastSquares } from '../../helpers/least_squares';
import { withInterceptColumn } from '../../helpers/linalg';
import {
  checkSameLength,
  checkVector,
  checkOptions,
  checkCount,
  LIMITS,
  checkRepresentable,
  SMALLEST_NORMAL,
} from '../../helpers/validation';

/** A polynomial in one input, fitted by least squares with an intercept. */
export interface PolynomialRegression {
  readonly degree: number;
  readonly intercept: number;
  /** Coefficients of x, x², …, x^degree (empty for degree 0). */
  readonly coefficients: number[];
  predict(x: readonly number[]): number[];
}

export interface CapacitySweepOptions {
  readonly trainX: readonly number[];
  readonly trainY: readonly number[];
  readonly testX: readonly number[];
  readonly testY: readonly number[];
  /** Polynomial degrees to fit, each an integer ≥ 0. */
  readonly degrees: readonly number[];
}

export interface CapacityPoint {
  readonly degree: number;
  /** Fitted coefficients, the intercept included: degree + 1. */
  readonly parameters: number;
  readonly trainMSE: number;
  readonly testMSE: number;
}

/** Powers 1 … degree of already validated values, by repeated multiplication. */
function powers(values: readonly number[], degree: number): number[][] {
  const rows = new Array<number[]>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    // Sized once and every entry written: pushing regrows the array, and fill(0) makes V8 store
    // small integers first and convert the whole row at the first fractional power.
    const row = new Array<number>(degree);
    let power = 1;
    for (let k = 0; k < degree; k += 1) {
      power *= value;
      row[k] = power;
    }
    rows[i] = row;
  }
  return rows;
}

/** Whether a power of a non-zero x kept its value: finite and not flushed below the normal range. */
function representable(power: number, nonZero: boolean): boolean {
  return Number.isFinite(power) && !(nonZero && Math.abs(power) < SMALLEST_NORMAL);
}

export function polynomialFeatures(x: readonly number[], degree: number): number[][] {
  const name = 'polynomialFeatures';
  const values = checkVector(name, 'x', x);
  checkCount(name, 'degree', degree, { min: 1, max: LIMITS.degree });
  const features = powers(values, degree);
  // x^k beyond double precision (10^200 squared, or 10^-200 squared) has no column: ∞ or a
  // false 0 would be fitted as if it were data. |x|^k is monotone in k, and so are its rounded
  // products, so a row whose highest power is representable has no bad power at all; only a
  // row that fails is searched for its first bad power, which the message names (formatting x
  // for every entry cost more than forming the features).
  for (let i = 0; i < features.length; i += 1) {
    const row = features[i]!;
    const nonZero = values[i] !== 0;
    if (representable(row[degree - 1]!, nonZero)) continue;
    const k = row.findIndex((power) => !representable(power, nonZero));
    checkRepresentable(name, `x^${k + 1} (x = ${values[i]})`, row[k]!, nonZero);
  }
  return features;
}

/** The fit shared by the public functions; `name` is the one the learner called. */
function fitPolynomial(
  name: string,
  x: readonly number[],
  y: readonly number[],
  degree: number,
): PolynomialRegression {
  // The constant column is added here, once: the features never carry one.
  const design = withInterceptColumn(powers(x, degree));
  const [intercept = 0, ...coefficients] = fitLeastSquares(name, design, y).coefficients;
  return {
    degree,
    intercept,
    coefficients,
    predict(newX) {
      const values = checkVector('predict', 'x', newX);
      // Horner's rule: b₀ + x(b₁ + x(b₂ + …)).
      return values.map(
        (value) => coefficients.reduceRight((sum, b) => sum * value + b, 0) * value + intercept,
      );
    },
  };
}

function meanSquaredError(targets: readonly number[], predictions: readonly number[]): number {
  return (
    targets.reduce((sum, value, i) => sum + (value - predictions[i]!) ** 2, 0) / targets.length
  );
}

export function fitPolynomialRegression(
  x: readonly number[],
  y: readonly number[],
  degree: number,
): PolynomialRegression {
  const name = 'fitPolynomialRegression';
  const values = checkVector(name, 'x', x);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'x values', values.length, 'targets', targets.length);
  checkCount(name, 'degree', degree, { min: 0, max: LIMITS.degree });
  return fitPolynomial(name, values, targets, degree);
}

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  const name = 'capacitySweep';
  checkOptions(name, options);
  const trainX = checkVector(name, 'trainX', options.trainX);
  const trainY = checkVector(name, 'trainY', options.trainY);
  const testX = checkVector(name, 'testX', options.testX);
  const testY = checkVector(name, 'testY', options.testY);
  checkSameLength(name, 'training x values', trainX.length, 'training targets', trainY.length);
  checkSameLength(name, 'test x values', testX.length, 'test targets', testY.length);
  const degrees = checkVector(name, 'degrees', options.degrees);
  degrees.forEach((degree) =>
    checkCount(name, 'each degree', degree, { min: 0, max: LIMITS.degree }),
  );
  return degrees.map((degree) => {
    const model = fitPolynomial(name, trainX, trainY, degree);
    return {
      degree,
      parameters: degree + 1,
      trainMSE: meanSquaredError(trainY, model.predict(trainX)),
      // Scored on data the fit never saw: the only error that can rise with capacity.
      testMSE: meanSquaredError(testY, model.predict(testX)),
    };
  });
}
