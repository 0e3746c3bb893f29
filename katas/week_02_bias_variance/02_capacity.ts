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
import { NotImplementedError } from '../../helpers/errors';

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

export function polynomialFeatures(x: readonly number[], degree: number): number[][] {
  // TODO: one row per value of x: [x, x², …, x^degree]. No constant column.
  throw new NotImplementedError('02.02', 'polynomialFeatures');
}

export function fitPolynomialRegression(
  x: readonly number[],
  y: readonly number[],
  degree: number,
): PolynomialRegression {
  // TODO: least squares on [1, x, …, x^degree] (fitLeastSquares from helpers/least_squares.ts);
  // split the coefficients into the intercept and the rest, and predict with the same powers.
  throw new NotImplementedError('02.02', 'fitPolynomialRegression');
}

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  // TODO: for each degree, fit on the training data, then score it on the training data and on
  // the test data.
  throw new NotImplementedError('02.02', 'capacitySweep');
}
