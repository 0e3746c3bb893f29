/**
 * Alternative for kata 01.10 — explicit sandwich and weighted normal equations with ml-matrix
 *
 * @method robustStandardErrors forms XᵀX, inverts it with ml-matrix (after a column-scaled
 * Cholesky rank check) and multiplies bread·Xᵀdiag(ω)X·bread explicitly, with hᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ;
 * fitWeightedLeastSquares solves (XᵀWX)b = XᵀWy instead of running QR on √w-scaled rows. The
 * reference works from one Householder QR throughout.
 */
import { inverse, Matrix } from 'ml-matrix';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import {
  checkMatrix,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type { CovarianceType, RobustCovariance, WeightedFit } from '../../10_remedies';

export * from '../../10_remedies';

const TYPES: readonly CovarianceType[] = ['const', 'HC0', 'HC1', 'HC2', 'HC3'];

/** The design fitted, after the usual checks. */
function designOf(
  name: string,
  X: MatrixInput,
  y: readonly number[],
  intercept: boolean,
): { design: number[][]; targets: number[] } {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets', targets.length);
  const design = rows.map((row) => (intercept ? [1, ...row] : [...row]));
  const p = (design[0] as number[]).length;
  if (design.length <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients (got ${design.length} rows for ${p} coefficients)`,
    );
  }
  return { design, targets };
}

/**
 * (AᵀA)⁻¹ for a design A, refusing a rank-deficient one: Cholesky of the column-scaled Gram
 * matrix, a pivot below max(n, p)·ε meaning |R_jj|/‖a_j‖ ≤ √(max(n, p)ε) (kata 01.04's rule for
 * the normal equations, coarser than QR's).
 */
function inverseGram(name: string, A: Matrix): Matrix {
  const gram = A.transpose().mmul(A);
  const p = gram.columns;
  const norms = Array.from({ length: p }, (_, j) => Math.sqrt(gram.get(j, j)));
  const scaled = Array.from({ length: p }, (_, i) =>
    Array.from(
      { length: p },
      (_, j) => gram.get(i, j) / ((norms[i] as number) * (norms[j] as number)),
    ),
  );
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const tolerance = Math.max(A.rows, p) * Number.EPSILON;
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let diagonal = (scaled[j] as number[])[j] as number;
    for (let k = 0; k < j; k += 1) diagonal -= ((L[j] as number[])[k] as number) ** 2;
    if (!(diagonal > tolerance) || !Number.isFinite(norms[j]) || norms[j] === 0) {
      dependent.push(j);
      continue;
    }
    (L[j] as number[])[j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < p; i += 1) {
      let value = (scaled[i] as number[])[j] as number;
      for (let k = 0; k < j; k += 1)
        value -= ((L[i] as number[])[k] as number) * ((L[j] as number[])[k] as number);
      (L[i] as number[])[j] = value / ((L[j] as number[])[j] as number);
    }
  }
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (columns ${dependent.join(', ')} depend on the others)`,
      dependent,
    );
  }
  return inverse(gram);
}

export function robustStandardErrors(
  X: MatrixInput,
  y: readonly number[],
  options: { type?: CovarianceType; intercept?: boolean } = {},
): RobustCovariance {
  const name = 'robustStandardErrors';
  const type = options.type ?? 'HC3';
  if (!TYPES.includes(type)) {
    throw new InvalidArgumentError(name, `requires a known covariance type (got ${String(type)})`);
  }
  const { design, targets } = designOf(name, X, y, options.intercept ?? true);
  const A = new Matrix(design);
  const n = A.rows;
  const p = A.columns;
  const bread = inverseGram(name, A);
  const b = bread.mmul(A.transpose()).mmul(Matrix.columnVector(targets)).getColumn(0);
  const e = design.map(
    (row, i) => (targets[i] as number) - row.reduce((sum, v, j) => sum + v * (b[j] as number), 0),
  );
  const h = design.map((row) => {
    const x = Matrix.rowVector(row);
    return x.mmul(bread).mmul(x.transpose()).get(0, 0);
  });
  let covariance: Matrix;
  if (type === 'const') {
    const s2 = e.reduce((sum, v) => sum + v * v, 0) / (n - p);
    covariance = bread.clone().mul(s2);
  } else {
    const omega = e.map((residual, i) => {
      const leverage = h[i] as number;
      if ((type === 'HC2' || type === 'HC3') && leverage >= 1 - 1e-10) {
        throw new InvalidArgumentError(
          name,
          `requires leverages below 1 for ${type} (row ${i} has leverage ${leverage})`,
        );
      }
      const squared = residual * residual;
      if (type === 'HC1') return (squared * n) / (n - p);
      if (type === 'HC2') return squared / (1 - leverage);
      if (type === 'HC3') return squared / (1 - leverage) ** 2;
      return squared;
    });
    const meat = A.transpose().mmul(Matrix.diag(omega)).mmul(A);
    covariance = bread.mmul(meat).mmul(bread);
  }
  const rows = covariance.to2DArray();
  // Symmetrise: the triple product is symmetric only up to rounding.
  const symmetric = rows.map((row, i) =>
    row.map((v, j) => (v + ((rows[j] as number[])[i] as number)) / 2),
  );
  return {
    type,
    coefficients: b,
    covariance: symmetric,
    standardErrors: symmetric.map((row, j) => Math.sqrt(row[j] as number)),
  };
}

export function fitWeightedLeastSquares(
  X: MatrixInput,
  y: readonly number[],
  weights: readonly number[],
  options: { intercept?: boolean } = {},
): WeightedFit {
  const name = 'fitWeightedLeastSquares';
  const { design, targets } = designOf(name, X, y, options.intercept ?? true);
  const w = checkVector(name, 'weights', weights);
  checkSameLength(name, 'targets', targets.length, 'weights', w.length);
  w.forEach((value, i) => {
    if (!(value > 0)) {
      throw new InvalidArgumentError(
        name,
        `requires positive weights (got ${value} at index ${i})`,
      );
    }
  });
  const A = new Matrix(design);
  const weightedT = A.transpose().mulRowVector(w);
  // (XᵀWX)⁻¹, with the rank check on √W·X, whose Gram matrix XᵀWX is.
  const rootW = new Matrix(design.map((row, i) => row.map((v) => v * Math.sqrt(w[i] as number))));
  const bread = inverseGram(name, rootW);
  const b = bread.mmul(weightedT).mmul(Matrix.columnVector(targets)).getColumn(0);
  const fitted = design.map((row) => row.reduce((sum, v, j) => sum + v * (b[j] as number), 0));
  const residuals = targets.map((v, i) => v - (fitted[i] as number));
  const p = A.columns;
  const s2 =
    residuals.reduce((sum, e, i) => sum + (w[i] as number) * e * e, 0) / (design.length - p);
  return {
    coefficients: b,
    standardErrors: Array.from({ length: p }, (_, j) => Math.sqrt(s2 * bread.get(j, j))),
    fitted,
    residuals,
    sigma: Math.sqrt(s2),
  };
}
