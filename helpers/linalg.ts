/**
 * The linear algebra that modules lean on where the concept under study is something else
 * (week 02 fits polynomials and ridge models without needing the learner's week 01 solver).
 * Built on ml-matrix's SVD; week 01 teaches how it works. For least squares use
 * helpers/least_squares.ts.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

/** Prepends the constant column: each row becomes [1, …row]. */
export function withInterceptColumn(rows: readonly (readonly number[])[]): number[][] {
  // A loop, not [1, ...row]: the spread goes through the iterator protocol, and on 10⁵ rows
  // of 20 it costs more than the least-squares solve that follows.
  return rows.map((row) => {
    const extended = new Array<number>(row.length + 1);
    extended[0] = 1;
    for (let j = 0; j < row.length; j += 1) extended[j + 1] = row[j]!;
    return extended;
  });
}

/** X·b for rows X. */
export function multiplyMatrixVector(
  rows: readonly (readonly number[])[],
  vector: readonly number[],
): number[] {
  return rows.map((row) => row.reduce((sum, value, j) => sum + value * vector[j]!, 0));
}

/** Column means of rows X. */
export function columnMeans(rows: readonly (readonly number[])[]): number[] {
  const columns = rows[0]?.length ?? 0;
  const sums = new Array<number>(columns).fill(0);
  for (const row of rows) row.forEach((value, j) => (sums[j] = sums[j]! + value));
  return sums.map((sum) => sum / rows.length);
}

/** Singular values of rows X, largest first. */
export function singularValues(rows: readonly (readonly number[])[]): number[] {
  return new SingularValueDecomposition(new Matrix(rows), {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
    autoTranspose: true,
  }).diagonal;
}

/**
 * The minimum-norm least-squares solution pinv(X)·y through the SVD, singular values below
 * max(n, p)·ε·σmax treated as zero (numpy.linalg.lstsq's default cut-off; pinv's is 1e-15·σmax).
 */
export function minimumNormSolve(
  rows: readonly (readonly number[])[],
  targets: readonly number[],
): number[] {
  const svd = new SingularValueDecomposition(new Matrix(rows), {
    autoTranspose: true,
  });
  const sigma = svd.diagonal;
  const cutoff = Math.max(rows.length, rows[0]?.length ?? 0) * Number.EPSILON * (sigma[0] ?? 0);
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const y = Matrix.columnVector(targets);
  const coordinates = u.transpose().mmul(y).getColumn(0);
  const scaled = coordinates.map((value, k) => {
    const s = sigma[k] ?? 0;
    return s > cutoff ? value / s : 0;
  });
  return v.mmul(Matrix.columnVector(scaled.slice(0, v.columns))).getColumn(0);
}

/** R⁻¹ of an upper-triangular R (nonzero diagonal), by back substitution column by column. */
export function invertUpperTriangular(r: readonly (readonly number[])[]): number[][] {
  const p = r.length;
  const result = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let column = 0; column < p; column += 1) {
    for (let i = column; i >= 0; i -= 1) {
      const row = r[i]!;
      let sum = i === column ? 1 : 0;
      for (let j = i + 1; j <= column; j += 1) {
        sum -= row[j]! * result[j]![column]!;
      }
      result[i]![column] = sum / row[i]!;
    }
  }
  return result;
}

/**
 * The sandwich A·M·Aᵀ (A k × p, M p × p), symmetric when M is. The covariances of katas 01.10
 * and 01.15 are sandwiches: with X = QR, (XᵀX)⁻¹ = R⁻¹·I·R⁻ᵀ, and (XᵀX)⁻¹·M·(XᵀX)⁻¹ is the
 * sandwich of M by that symmetric bread.
 */
export function sandwich(
  outer: readonly (readonly number[])[],
  meat: readonly (readonly number[])[],
): number[][] {
  return outer.map((rowA) =>
    outer.map((rowB) => {
      let sum = 0;
      rowA.forEach((a, i) => {
        const meatRow = meat[i]!;
        rowB.forEach((b, j) => (sum += a * meatRow[j]! * b));
      });
      return sum;
    }),
  );
}
