/**
 * Alternative for kata 01.03 — columns built with ml-matrix and an explicit pair list
 *
 * @method The standardiser's statistics come from ml-matrix (column means, population standard
 * deviations with unbiased: false) and transform is a matrix subtraction and division; the
 * interaction columns are read from a precomputed list of index pairs, and powers use
 * Math.pow, instead of the reference's loops and repeated multiplication.
 */
import { Matrix } from 'ml-matrix';
import { InvalidArgumentError, ShapeMismatchError } from '../../../../helpers/errors';
import {
  checkMatrix,
  checkNoOverflow,
  checkNumber,
  checkRepresentable,
  checkVector,
} from '../../../../helpers/validation';
import type { FeatureRows, Standardizer } from '../../03_design_matrices';

export type { FeatureRows, Standardizer } from '../../03_design_matrices';

export function addInterceptColumn(X: FeatureRows): number[][] {
  const rows = new Matrix(checkMatrix('addInterceptColumn', 'X', X));
  rows.addColumn(0, new Array<number>(rows.rows).fill(1));
  return rows.to2DArray();
}

export function polynomialColumns(x: readonly number[], degree: number): number[][] {
  const values = checkVector('polynomialColumns', 'x', x);
  checkNumber('polynomialColumns', 'degree', degree, { min: 1, integer: true });
  // x^k by Math.pow, each refused where it leaves double precision (10^±200 squared).
  return values.map((value) =>
    Array.from({ length: degree }, (_, k) =>
      checkRepresentable('polynomialColumns', `x^${k + 1}`, value ** (k + 1), value !== 0),
    ),
  );
}

export function pairwiseInteractions(X: FeatureRows): number[][] {
  const rows = checkMatrix('pairwiseInteractions', 'X', X);
  const p = rows[0]!.length;
  const pairs: [number, number][] = [];
  for (let j = 0; j < p; j += 1) for (let k = j + 1; k < p; k += 1) pairs.push([j, k]);
  return rows.map((row) => [
    ...row,
    ...pairs.map(([j, k]) => {
      const a = row[j]!;
      const b = row[k]!;
      return checkRepresentable('pairwiseInteractions', `x${j}·x${k}`, a * b, a !== 0 && b !== 0);
    }),
  ]);
}

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const name = 'fitStandardizer';
  const data = checkMatrix(name, 'Xtrain', Xtrain, 2);
  const matrix = new Matrix(data);
  const constant = data[0]!;
  const flat = constant.flatMap((value, j) => (data.every((row) => row[j] === value) ? [j] : []));
  if (flat.length > 0) {
    throw new InvalidArgumentError(
      name,
      `requires every column to vary (column ${flat.join(', ')} constant)`,
    );
  }
  // Each column divided by its largest |value| first, so squares near 10^±200 stay in range.
  const scales: number[] = [];
  for (let j = 0; j < matrix.columns; j += 1)
    scales.push(matrix.getColumn(j).reduce((m, v) => Math.max(m, Math.abs(v)), 0));
  const scaled = matrix.clone().divRowVector(scales);
  const scaledMeans = scaled.mean('column');
  const scaledSds = scaled.standardDeviation('column', { unbiased: false, mean: scaledMeans });
  const means = scaledMeans.map((v, j) => v * scales[j]!);
  const standardDeviations = scaledSds.map((v, j) => v * scales[j]!);
  return {
    means,
    standardDeviations,
    transform: (X) => {
      const rows = checkMatrix('transform', 'X', X);
      if (rows[0]!.length !== means.length) {
        throw new ShapeMismatchError(
          'transform',
          `requires ${means.length} columns as in training (got ${rows[0]!.length})`,
        );
      }
      const standardized = new Matrix(rows)
        .divRowVector(scales)
        .subRowVector(scaledMeans)
        .divRowVector(scaledSds)
        .to2DArray();
      // A z-score beyond double precision (a tiny training sd) is refused, never ∞.
      checkNoOverflow('transform', 'the standardized values', standardized.flat());
      return standardized;
    },
  };
}
