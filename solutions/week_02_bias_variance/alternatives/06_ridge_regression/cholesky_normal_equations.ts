/**
 * Alternative for kata 02.06 — Cholesky of XcᵀXc + λI, refitting per replicate
 *
 * @method fitRidge forms the centred Gram matrix XcᵀXc + λI and solves it by Cholesky (the
 * normal equations the header writes down) instead of QR on the augmented design; its degrees
 * of freedom are tr((XcᵀXc + λI)⁻¹XcᵀXc) from the same factor, not a sum over singular values.
 * ridgeBiasVariance refits every replicate at every λ instead of using one SVD.
 */
import { RankDeficiencyError, ShapeMismatchError } from '../../../../helpers/errors';
import type { Matrix } from '../../../../helpers/fitters';
import { columnMeans, singularValues } from '../../../../helpers/linalg';
import { createRng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import type {
  RidgeBiasVarianceOptions,
  RidgeBiasVariancePoint,
  RidgeFit,
  RidgePathPoint,
} from '../../06_ridge_regression';

export * from '../../06_ridge_regression';

/** Lower-triangular L with LLᵀ = A, for a symmetric positive definite A. */
function cholesky(A: number[][]): number[][] {
  const p = A.length;
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j += 1) {
    let diagonal = A[j]![j]!;
    for (let k = 0; k < j; k += 1) diagonal -= L[j]![k]! ** 2;
    const root = Math.sqrt(Math.max(diagonal, 0));
    L[j]![j] = root;
    for (let i = j + 1; i < p; i += 1) {
      let value = A[i]![j]!;
      for (let k = 0; k < j; k += 1) value -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = root === 0 ? 0 : value / root;
    }
  }
  return L;
}

/** Solves LLᵀx = b by forward and back substitution. */
function choleskySolve(L: number[][], b: readonly number[]): number[] {
  const p = L.length;
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let value = b[i]!;
    for (let k = 0; k < i; k += 1) value -= L[i]![k]! * z[k]!;
    z[i] = value / L[i]![i]!;
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let value = z[i]!;
    for (let k = i + 1; k < p; k += 1) value -= L[k]![i]! * x[k]!;
    x[i] = value / L[i]![i]!;
  }
  return x;
}

function solveRidge(
  name: string,
  rows: Matrix,
  targets: readonly number[],
  lambda: number,
  intercept: boolean,
): RidgeFit {
  const n = rows.length;
  const p = rows[0]!.length;
  const means = intercept ? columnMeans(rows) : new Array<number>(p).fill(0);
  const yMean = intercept ? targets.reduce((sum, value) => sum + value, 0) / n : 0;
  const centred = rows.map((row) => row.map((value, j) => value - means[j]!));
  if (lambda === 0) {
    // The Gram matrix cannot tell a rank-deficient design from rounding; its singular values can.
    const d = singularValues(centred);
    const cutoff = Math.max(n, p) * Number.EPSILON * (d[0] ?? 0);
    const rank = d.filter((value) => value > cutoff).length;
    if (rank < p) {
      throw new RankDeficiencyError(
        name,
        `requires a design of full column rank at λ = 0 (rank ${rank} of ${p} columns)`,
        [p - 1],
      );
    }
  }
  const gram = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (__, k) => {
      let value = 0;
      for (const row of centred) value += row[j]! * row[k]!;
      return value + (j === k ? lambda : 0);
    }),
  );
  const L = cholesky(gram);
  const rhs = Array.from({ length: p }, (_, j) =>
    centred.reduce((sum, row, i) => sum + row[j]! * (targets[i]! - yMean), 0),
  );
  const coefficients = choleskySolve(L, rhs);
  const b = yMean - means.reduce((sum, mean, j) => sum + mean * coefficients[j]!, 0);
  // tr((G + λI)⁻¹(G + λI − λI)) = p − λ·tr((G + λI)⁻¹), column by column from the factor.
  let inverseTrace = 0;
  for (let j = 0; j < p; j += 1) {
    const unit = Array.from({ length: p }, (_, k) => (k === j ? 1 : 0));
    inverseTrace += choleskySolve(L, unit)[j]!;
  }
  const slopesDf = lambda === 0 ? p : p - lambda * inverseTrace;
  return {
    intercept: b,
    coefficients,
    effectiveDegreesOfFreedom: slopesDf + (intercept ? 1 : 0),
    predict(X: Matrix): number[] {
      const newRows = checkMatrix('predict', 'X', X);
      const width = newRows[0]!.length;
      if (width !== p) {
        throw new ShapeMismatchError(
          'predict',
          `requires rows with as many columns as the training design (got ${p} and ${width})`,
        );
      }
      return newRows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, b));
    },
  };
}

function checkLambdas(name: string, lambdas: unknown): number[] {
  if (Array.isArray(lambdas))
    lambdas.forEach((lambda, k) => checkNumber(name, `lambdas[${k}]`, lambda, { min: 0 }));
  return checkVector(name, 'lambdas', lambdas);
}

function checkData(name: string, X: Matrix, y: number[]): [Matrix, number[]] {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  return [rows, targets];
}

export function fitRidge(
  X: Matrix,
  y: number[],
  lambda: number,
  options: { intercept?: boolean } = {},
): RidgeFit {
  const name = 'fitRidge';
  const [rows, targets] = checkData(name, X, y);
  const checked = checkNumber(name, 'lambda', lambda, { min: 0 });
  return solveRidge(name, rows, targets, checked, options.intercept ?? true);
}

export function ridgePath(
  X: Matrix,
  y: number[],
  lambdas: readonly number[],
  options: { intercept?: boolean } = {},
): RidgePathPoint[] {
  const name = 'ridgePath';
  const [rows, targets] = checkData(name, X, y);
  const grid = checkLambdas(name, lambdas);
  return grid.map((lambda) => {
    const fit = solveRidge(name, rows, targets, lambda, options.intercept ?? true);
    return {
      lambda,
      intercept: fit.intercept,
      coefficients: fit.coefficients,
      coefficientNorm: Math.hypot(...fit.coefficients),
      effectiveDegreesOfFreedom: fit.effectiveDegreesOfFreedom,
    };
  });
}

export function ridgeBiasVariance(options: RidgeBiasVarianceOptions): RidgeBiasVariancePoint[] {
  const name = 'ridgeBiasVariance';
  const trainX = checkMatrix(name, 'trainX', options.trainX);
  const testX = checkMatrix(name, 'testX', options.testX);
  const width = trainX[0]!.length;
  if (testX[0]!.length !== width) {
    throw new ShapeMismatchError(name, `requires test rows of the training width`);
  }
  const grid = checkLambdas(name, options.lambdas);
  const noiseSd = checkNumber(name, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkNumber(name, 'replicates', options.replicates, { integer: true, min: 2 });
  const truthOf = (rows: Matrix, label: string): number[] =>
    checkVector(
      name,
      label,
      rows.map((row) => options.trueFunction(row.slice())),
    );
  const trainTruth = truthOf(trainX, 'true function values on trainX');
  const testTruth = truthOf(testX, 'true function values on testX');
  const rng = createRng(options.seed);
  const samples = Array.from({ length: replicates }, () =>
    trainTruth.map((value) => value + rng.normal(0, noiseSd)),
  );
  const m = testX.length;
  return grid.map((lambda) => {
    // One fit per replicate: R refits per λ, on the same R training sets for every λ.
    const predictions = samples.map((y) =>
      solveRidge(name, trainX, y, lambda, true).predict(testX),
    );
    let bias2 = 0;
    let variance = 0;
    let squaredError = 0;
    for (let k = 0; k < m; k += 1) {
      const truth = testTruth[k]!;
      const average = predictions.reduce((sum, row) => sum + row[k]!, 0) / replicates;
      bias2 += (average - truth) ** 2;
      for (const row of predictions) {
        variance += (row[k]! - average) ** 2;
        squaredError += (row[k]! - truth) ** 2;
      }
    }
    return {
      lambda,
      bias2: bias2 / m,
      variance: variance / (m * replicates),
      noise: noiseSd * noiseSd,
      expectedTestMSE: squaredError / (m * replicates) + noiseSd * noiseSd,
    };
  });
}
