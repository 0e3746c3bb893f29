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
import { checkMatrix, checkNumber, checkVector } from '../../../../helpers/validation';
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
  return values.map((value) => Array.from({ length: degree }, (_, k) => value ** (k + 1)));
}

export function pairwiseInteractions(X: FeatureRows): number[][] {
  const rows = checkMatrix('pairwiseInteractions', 'X', X);
  const p = (rows[0] as number[]).length;
  const pairs: [number, number][] = [];
  for (let j = 0; j < p; j += 1) for (let k = j + 1; k < p; k += 1) pairs.push([j, k]);
  return rows.map((row) => [
    ...row,
    ...pairs.map(([j, k]) => (row[j] as number) * (row[k] as number)),
  ]);
}

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const name = 'fitStandardizer';
  const data = checkMatrix(name, 'Xtrain', Xtrain, 2);
  const matrix = new Matrix(data);
  const constant = data[0] as number[];
  const flat = constant.flatMap((value, j) => (data.every((row) => row[j] === value) ? [j] : []));
  if (flat.length > 0) {
    throw new InvalidArgumentError(
      name,
      `requires every column to vary (column ${flat.join(', ')} constant)`,
    );
  }
  const means = matrix.mean('column');
  const standardDeviations = matrix.standardDeviation('column', { unbiased: false, mean: means });
  return {
    means,
    standardDeviations,
    transform: (X) => {
      const rows = checkMatrix('transform', 'X', X);
      if ((rows[0] as number[]).length !== means.length) {
        throw new ShapeMismatchError(
          'transform',
          `requires ${means.length} columns as in training (got ${(rows[0] as number[]).length})`,
        );
      }
      return new Matrix(rows).subRowVector(means).divRowVector(standardDeviations).to2DArray();
    },
  };
}
