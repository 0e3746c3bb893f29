/**
 * Alternative for kata 01.12 — normal equations, and x₀ᵀ(XᵀX)⁻¹x₀ from the leverage of x₀ joined to the design
 *
 * @method Solves XᵀXb = Xᵀy by Cholesky (columns scaled to unit norm first) instead of Householder
 * QR of X, and reads the quadratic form off the hat matrix of the augmented design [X; x₀]: by
 * Sherman–Morrison x₀'s leverage there is h₀ = q/(1 + q), so q = x₀ᵀ(XᵀX)⁻¹x₀ = h₀/(1 − h₀),
 * with h₀ = ‖row of Q₁ for x₀‖² from one extra QR of n + 1 rows per new point.
 */
import { studentTQuantile } from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import { fitLeastSquares } from '../../../../helpers/least_squares';
import {
  checkMatrix,
  checkNoOverflow,
  checkNumber,
  checkOptions,
  checkSameLength,
  checkVector,
  type MatrixInput,
  normOf,
} from '../../../../helpers/validation';
import type {
  IntervalAtPoint,
  PredictionIntervalOptions,
  PredictionIntervals,
} from '../../12_prediction_intervals';

export type {
  IntervalAtPoint,
  PredictionIntervalOptions,
  PredictionIntervals,
} from '../../12_prediction_intervals';

/** b from the column-scaled normal equations, by Cholesky RᵀR = AᵀA. */
function solveNormalEquations(name: string, design: number[][], y: number[]): number[] {
  const n = design.length;
  const p = design[0]!.length;
  // Unit columns: the Gram matrix then neither overflows nor underflows at 10^±200.
  const scale = Array.from({ length: p }, (_, j) => {
    const norm = normOf(design.map((row) => row[j]!));
    return norm === 0 ? 1 : norm;
  });
  const A = design.map((row) => row.map((v, j) => v / scale[j]!));
  const gram = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (_, k) => A.reduce((sum, row) => sum + row[j]! * row[k]!, 0)),
  );
  const rhs = Array.from({ length: p }, (_, j) =>
    A.reduce((sum, row, i) => sum + row[j]! * y[i]!, 0),
  );
  const R = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const cutoff = Math.max(n, p) * Number.EPSILON;
  for (let j = 0; j < p; j += 1) {
    let d = gram[j]![j]!;
    for (let k = 0; k < j; k += 1) d -= R[k]![j]! ** 2;
    if (!(d > cutoff)) {
      throw new RankDeficiencyError(
        name,
        `requires a design of full column rank (column ${j} of the fitted design depends on the others)`,
        [j],
      );
    }
    const pivot = Math.sqrt(d);
    R[j]![j] = pivot;
    for (let m = j + 1; m < p; m += 1) {
      let sum = gram[j]![m]!;
      for (let k = 0; k < j; k += 1) sum -= R[k]![j]! * R[k]![m]!;
      R[j]![m] = sum / pivot;
    }
  }
  // Rᵀz = Aᵀy, then Rc = z, and b = c / scale.
  const z = new Array<number>(p).fill(0);
  for (let j = 0; j < p; j += 1) {
    let sum = rhs[j]!;
    for (let k = 0; k < j; k += 1) sum -= R[k]![j]! * z[k]!;
    z[j] = sum / R[j]![j]!;
  }
  const c = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j -= 1) {
    let sum = z[j]!;
    for (let k = j + 1; k < p; k += 1) sum -= R[j]![k]! * c[k]!;
    c[j] = sum / R[j]![j]!;
  }
  return c.map((value, j) => value / scale[j]!);
}

export function predictWithIntervals(
  X: MatrixInput,
  y: readonly number[],
  newX: MatrixInput,
  options?: PredictionIntervalOptions,
): PredictionIntervals {
  const name = 'predictWithIntervals';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets in y', targets.length);
  const newRows = checkMatrix(name, 'newX', newX);
  const width = rows[0]!.length;
  checkSameLength(name, 'columns in X', width, 'columns in newX', newRows[0]!.length);
  const checked = checkOptions(name, options);
  const intercept = checked.intercept ?? true;
  const level = checkNumber(name, 'options.level', checked.level ?? 0.95);
  if (!(level > 0 && level < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires options.level strictly between 0 and 1 (got ${level})`,
    );
  }
  const design = rows.map((row) => (intercept ? [1, ...row] : row));
  const points = newRows.map((row) => (intercept ? [1, ...row] : row));
  const n = design.length;
  const p = width + (intercept ? 1 : 0);
  if (n <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than fitted coefficients (got ${n} and ${p})`,
    );
  }
  // The QR rank test first (it names the dependent column), then b by the normal equations.
  fitLeastSquares(name, design, targets);
  const b = solveNormalEquations(name, design, targets);
  const residuals = design.map(
    (row, i) => targets[i]! - row.reduce((sum, v, j) => sum + v * b[j]!, 0),
  );
  const dfResidual = n - p;
  const residualScale = normOf(residuals) / Math.sqrt(dfResidual);
  const criticalValue = studentTQuantile(1 - (1 - level) / 2, dfResidual);
  const zeros = new Array<number>(n + 1).fill(0);
  const predicted = points.map((x0) => x0.reduce((sum, v, j) => sum + v * b[j]!, 0));
  // h₀ = q/(1 + q) for the design with x₀ appended, so q = h₀/(1 − h₀).
  const quadratic = points.map((x0) => {
    const h0 = fitLeastSquares(name, [...design, x0], zeros).leverage[n]!;
    return h0 / (1 - h0);
  });
  const seMean = quadratic.map((q) => residualScale * Math.sqrt(q));
  const sePrediction = quadratic.map((q) => residualScale * Math.sqrt(1 + q));
  checkNoOverflow(name, 'the standard errors', [...seMean, ...sePrediction, ...predicted]);
  const around = (centre: number, se: number): IntervalAtPoint => ({
    lower: centre - criticalValue * se,
    upper: centre + criticalValue * se,
  });
  const prediction = predicted.map((c, i) => around(c, sePrediction[i]!));
  checkNoOverflow(
    name,
    'the prediction intervals',
    prediction.flatMap(({ lower, upper }) => [lower, upper]),
  );
  return {
    predicted,
    seMean,
    sePrediction,
    confidence: predicted.map((c, i) => around(c, seMean[i]!)),
    prediction,
    residualScale,
    dfResidual,
    criticalValue,
  };
}
