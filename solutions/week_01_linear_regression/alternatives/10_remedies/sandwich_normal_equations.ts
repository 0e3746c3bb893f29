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
  checkRepresentable,
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
  const p = design[0]!.length;
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
    Array.from({ length: p }, (_, j) => gram.get(i, j) / (norms[i]! * norms[j]!)),
  );
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const tolerance = Math.max(A.rows, p) * Number.EPSILON;
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let diagonal = scaled[j]![j]!;
    for (let k = 0; k < j; k += 1) diagonal -= L[j]![k]! ** 2;
    if (!(diagonal > tolerance) || !Number.isFinite(norms[j]) || norms[j] === 0) {
      dependent.push(j);
      continue;
    }
    L[j]![j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < p; i += 1) {
      let value = scaled[i]![j]!;
      for (let k = 0; k < j; k += 1) value -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = value / L[j]![j]!;
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

/**
 * The design's columns and y divided by their largest |value| (not powers of two, as the
 * reference): the Gram matrix and e² of data near 10^±200 then stay in range.
 */
function scaledByLargest(problem: { design: number[][]; targets: number[] }) {
  const largest = (values: number[]) => values.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  const columnScale = problem.design[0]!.map((_, j) =>
    largest(problem.design.map((row) => row[j]!)),
  );
  const yScale = largest(problem.targets);
  return {
    design: problem.design.map((row) => row.map((v, j) => v / columnScale[j]!)),
    targets: problem.targets.map((v) => v / yScale),
    columnScale,
    yScale,
  };
}

/** A result in the data's units, refused where it leaves double precision (scaled ≠ 0 is its true sign). */
function back(name: string, what: string, value: number, scaled: number): number {
  return checkRepresentable(name, what, value, scaled !== 0);
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
  const { design, targets, columnScale, yScale } = scaledByLargest(
    designOf(name, X, y, options.intercept ?? true),
  );
  const A = new Matrix(design);
  const n = A.rows;
  const p = A.columns;
  const bread = inverseGram(name, A);
  const b = bread.mmul(A.transpose()).mmul(Matrix.columnVector(targets)).getColumn(0);
  const e = design.map((row, i) => targets[i]! - row.reduce((sum, v, j) => sum + v * b[j]!, 0));
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
      const leverage = h[i]!;
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
  const symmetric = rows.map((row, i) => row.map((v, j) => (v + rows[j]![i]!) / 2));
  const unit = (j: number) => yScale / columnScale[j]!;
  return {
    type,
    coefficients: b.map((v, j) => back(name, 'a coefficient', v * unit(j), v)),
    covariance: symmetric.map((row, i) =>
      row.map((v, j) => back(name, 'a covariance', v * unit(i) * unit(j), v)),
    ),
    standardErrors: symmetric.map((row, j) =>
      back(name, 'a standard error', Math.sqrt(row[j]!) * unit(j), row[j]!),
    ),
  };
}

export function fitWeightedLeastSquares(
  X: MatrixInput,
  y: readonly number[],
  weights: readonly number[],
  options: { intercept?: boolean } = {},
): WeightedFit {
  const name = 'fitWeightedLeastSquares';
  const { design, targets, columnScale, yScale } = scaledByLargest(
    designOf(name, X, y, options.intercept ?? true),
  );
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
  const rootW = new Matrix(design.map((row, i) => row.map((v) => v * Math.sqrt(w[i]!))));
  const bread = inverseGram(name, rootW);
  const b = bread.mmul(weightedT).mmul(Matrix.columnVector(targets)).getColumn(0);
  const fitted = design.map((row) => row.reduce((sum, v, j) => sum + v * b[j]!, 0));
  const residuals = targets.map((v, i) => v - fitted[i]!);
  const p = A.columns;
  const s2 = residuals.reduce((sum, e, i) => sum + w[i]! * e * e, 0) / (design.length - p);
  const unit = (j: number) => yScale / columnScale[j]!;
  return {
    coefficients: b.map((v, j) => back(name, 'a coefficient', v * unit(j), v)),
    standardErrors: Array.from({ length: p }, (_, j) => {
      const se = Math.sqrt(s2 * bread.get(j, j));
      return back(name, 'a standard error', se * unit(j), se);
    }),
    fitted: fitted.map((v) => back(name, 'a fitted value', v * yScale, 0)),
    residuals: residuals.map((v) => back(name, 'a residual', v * yScale, 0)),
    sigma: back(name, 'sigma', Math.sqrt(s2) * yScale, s2),
  };
}
