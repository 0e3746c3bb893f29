/**
 * Alternative for kata 02.02 — Math.pow features and a modified Gram–Schmidt fit
 *
 * @method Each feature is x ** k computed directly (not by repeated multiplication), the least
 * squares fit is modified Gram–Schmidt on the column-normalised design with y carried along as
 * an extra column (Björck's backward-stable MGS solve, not Householder QR), rank deficiency is
 * judged on the data (fewer distinct x than parameters, as the header states), and `predict`
 * sums the powers instead of using Horner's rule.
 */
import { RankDeficiencyError } from '../../../../helpers/errors';
import {
  checkNumber,
  checkRepresentable,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import type { CapacityPoint, CapacitySweepOptions, PolynomialRegression } from '../../02_capacity';

export type { CapacityPoint, CapacitySweepOptions, PolynomialRegression } from '../../02_capacity';

function powerRows(values: readonly number[], degree: number): number[][] {
  return values.map((value) => Array.from({ length: degree }, (_, k) => value ** (k + 1)));
}

export function polynomialFeatures(x: readonly number[], degree: number): number[][] {
  const name = 'polynomialFeatures';
  const values = checkVector(name, 'x', x);
  checkNumber(name, 'degree', degree, { integer: true, min: 1 });
  // Each x ** k refused where it leaves double precision (10^±200 squared).
  return powerRows(values, degree).map((row, i) =>
    row.map((power, k) => checkRepresentable(name, `x^${k + 1}`, power, values[i]! !== 0)),
  );
}

/** Least squares of y on [1, x, …, x^d] by MGS on normalised columns, y orthogonalised last. */
function solveByGramSchmidt(x: readonly number[], y: readonly number[], degree: number): number[] {
  const n = x.length;
  const p = degree + 1;
  const columns = Array.from({ length: p }, (_, k) => x.map((value) => value ** k));
  const norms = columns.map((column) => Math.hypot(...column));
  columns.forEach((column, k) => column.forEach((_, i) => (column[i] = column[i]! / norms[k]!)));
  const r = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const rhs = new Array<number>(p).fill(0);
  const residual = y.slice();
  for (let k = 0; k < p; k += 1) {
    const q = columns[k]!;
    const length = Math.hypot(...q);
    r[k]![k] = length;
    for (let i = 0; i < n; i += 1) q[i] = q[i]! / length;
    for (let j = k + 1; j < p; j += 1) {
      const target = columns[j]!;
      let dot = 0;
      for (let i = 0; i < n; i += 1) dot += q[i]! * target[i]!;
      r[k]![j] = dot;
      for (let i = 0; i < n; i += 1) target[i] = target[i]! - dot * q[i]!;
    }
    // y is swept like one more column: the augmented MGS that keeps the solve backward stable.
    let dot = 0;
    for (let i = 0; i < n; i += 1) dot += q[i]! * residual[i]!;
    rhs[k] = dot;
    for (let i = 0; i < n; i += 1) residual[i] = residual[i]! - dot * q[i]!;
  }
  const scaled = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k -= 1) {
    let sum = rhs[k]!;
    for (let j = k + 1; j < p; j += 1) sum -= r[k]![j]! * scaled[j]!;
    scaled[k] = sum / r[k]![k]!;
  }
  return scaled.map((value, k) => value / norms[k]!);
}

function fit(
  name: string,
  x: readonly number[],
  y: readonly number[],
  degree: number,
): PolynomialRegression {
  const distinct = new Set(x).size;
  if (distinct < degree + 1) {
    // A polynomial with degree + 1 coefficients is identified exactly when it is seen at
    // degree + 1 distinct points: the Vandermonde columns are independent then, and only then.
    throw new RankDeficiencyError(
      name,
      `requires at least as many distinct x values as parameters (got ${distinct} distinct values and ${degree + 1} parameters)`,
      Array.from({ length: degree + 1 - distinct }, (_, k) => distinct + k),
    );
  }
  const [intercept = 0, ...coefficients] = solveByGramSchmidt(x, y, degree);
  return {
    degree,
    intercept,
    coefficients,
    predict(newX) {
      const values = checkVector('predict', 'x', newX);
      return values.map((value) =>
        coefficients.reduce((sum, b, k) => sum + b * value ** (k + 1), intercept),
      );
    },
  };
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
  checkNumber(name, 'degree', degree, { integer: true, min: 0 });
  return fit(name, values, targets, degree);
}

function meanSquaredError(targets: readonly number[], predictions: readonly number[]): number {
  let sum = 0;
  targets.forEach((value, i) => (sum += (value - predictions[i]!) ** 2));
  return sum / targets.length;
}

export function capacitySweep(options: CapacitySweepOptions): CapacityPoint[] {
  const name = 'capacitySweep';
  const trainX = checkVector(name, 'trainX', options.trainX);
  const trainY = checkVector(name, 'trainY', options.trainY);
  const testX = checkVector(name, 'testX', options.testX);
  const testY = checkVector(name, 'testY', options.testY);
  checkSameLength(name, 'training x values', trainX.length, 'training targets', trainY.length);
  checkSameLength(name, 'test x values', testX.length, 'test targets', testY.length);
  const degrees = checkVector(name, 'degrees', options.degrees);
  degrees.forEach((degree) => checkNumber(name, 'each degree', degree, { integer: true, min: 0 }));
  return degrees.map((degree) => {
    const model = fit(name, trainX, trainY, degree);
    return {
      degree,
      parameters: model.coefficients.length + 1,
      trainMSE: meanSquaredError(trainY, model.predict(trainX)),
      testMSE: meanSquaredError(testY, model.predict(testX)),
    };
  });
}
