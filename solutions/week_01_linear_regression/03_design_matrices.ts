/**
 * Kata 01.03 — Design matrices
 *
 * A linear model is linear in its coefficients, not in its inputs: the design matrix decides
 * what the model can express. An intercept is a column of ones, a curve is a column of powers,
 * an interaction is a column of products. Standardising features is part of the model too,
 * so its means and standard deviations are fitted on the training rows only and then applied,
 * unchanged, to every later row; fitting them on all the data leaks the test set into training.
 *
 * Theory: theory/week_01_linear_regression.md#design-matrices-and-leakage
 *
 * Implement:
 * - `addInterceptColumn(X)`: each row becomes [1, …row]; X itself is left unchanged.
 * - `polynomialColumns(x, degree)`: one row [x, x², …, x^degree] per value, no constant
 *   column (add it with `addInterceptColumn`). `degree` is an integer ≥ 1.
 * - `pairwiseInteractions(X)`: each row keeps its p columns and gains the products
 *   x_j·x_k for j < k, in the order (0,1), (0,2), …, (0,p−1), (1,2), …, (p−2,p−1).
 * - `fitStandardizer(Xtrain)`: the column means and population standard deviations
 *   (divisor n, as scikit-learn's StandardScaler) of the training rows, and `transform(X)`
 *   returning (x − mean)/sd column by column with those training statistics, whatever X is.
 *
 * Errors (helpers/errors.ts; helpers/validation.ts has the checks), each message starting with
 * the name of the function called (`transform` for the method): an empty input
 * EmptyInputError (fitStandardizer needs at least 2 rows); rows of different lengths, or a
 * transform input whose column count differs from training (wider or narrower: never cut),
 * ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a degree that is not an integer
 * ≥ 1 InvalidArgumentError; a training column that does not vary (every value equal, judged on
 * the values rather than on a computed sd being 0) InvalidArgumentError naming that column
 * (standardise the features before adding the intercept column, never after). Data near
 * 10^±200 get the right answer wherever it is a double (means and standard deviations are:
 * scale a column before squaring), and NonFiniteValueError saying the data overflow where it
 * is not (x² or x_j·x_k of values near 10^±200 is near 10^±400). No function changes its inputs.
 *
 * @example
 * addInterceptColumn([[2], [3]]); // [[1, 2], [1, 3]]
 * polynomialColumns([2, 3], 3); // [[2, 4, 8], [3, 9, 27]]
 * pairwiseInteractions([[1, 2, 3]]); // [[1, 2, 3, 2, 3, 6]]
 * const standardizer = fitStandardizer([[0, 0], [0, 0], [1, 1], [1, 1]]);
 * standardizer.means; // [0.5, 0.5]
 * standardizer.transform([[2, 2]]); // [[3, 3]]
 */
import { InvalidArgumentError, ShapeMismatchError } from '../../helpers/errors';
import { columnScales } from '../../helpers/least_squares';
import {
  checkCount,
  checkMatrix,
  checkNoOverflow,
  checkRepresentable,
  checkVector,
  LIMITS,
} from '../../helpers/validation';

/** Rows of observations, one column per feature. */
export type FeatureRows = readonly (readonly number[])[];

export interface Standardizer {
  /** Column means of the training rows. */
  readonly means: number[];
  /** Column population standard deviations of the training rows (divisor n). */
  readonly standardDeviations: number[];
  /** (x − mean) / sd per column, with the training statistics, for any rows. */
  transform(X: FeatureRows): number[][];
}

export function addInterceptColumn(X: FeatureRows): number[][] {
  return checkMatrix('addInterceptColumn', 'X', X).map((row) => [1, ...row]);
}

export function polynomialColumns(x: readonly number[], degree: number): number[][] {
  const name = 'polynomialColumns';
  const values = checkVector(name, 'x', x);
  checkCount(name, 'degree', degree, { min: 1, max: LIMITS.degree });
  return values.map((value) => {
    // Repeated multiplication: x^k is formed from x^(k−1), one rounding per power.
    const row: number[] = [];
    let power = 1;
    for (let k = 1; k <= degree; k += 1) {
      power *= value;
      // x^k beyond double precision (10^200 squared, or 10^-200 squared) has no column: ∞ or a
      // false 0 would be fitted as if it were data.
      row.push(checkRepresentable(name, `x^${k} (x = ${value})`, power, value !== 0));
    }
    return row;
  });
}

export function pairwiseInteractions(X: FeatureRows): number[][] {
  const name = 'pairwiseInteractions';
  return checkMatrix(name, 'X', X).map((row) => {
    const products: number[] = [];
    row.forEach((value, j) => {
      for (let k = j + 1; k < row.length; k += 1) {
        const other = row[k]!;
        // A product beyond double precision (10^200 · 10^200) is refused, never ∞ or a false 0.
        const what = `the product of columns ${j} and ${k} (${value} · ${other})`;
        products.push(checkRepresentable(name, what, value * other, value !== 0 && other !== 0));
      }
    });
    return [...row, ...products];
  });
}

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const name = 'fitStandardizer';
  const rows = checkMatrix(name, 'Xtrain', Xtrain, 2);
  const n = rows.length;
  const p = rows[0]!.length;
  // Each column in scaled units (divided by a power of two: exact), so that the squares of
  // data near 10^±200 neither overflow nor underflow; mean and sd scale back by the same factor.
  const scales = columnScales(rows);
  const scaledMeans = Array.from({ length: p }, (_, j) => {
    const scale = scales[j]!;
    let sum = 0;
    for (const row of rows) sum += row[j]! / scale;
    return sum / n;
  });
  const scaledDeviations = scaledMeans.map((mean, j) => {
    const scale = scales[j]!;
    // Two passes (mean first): a large common offset does not cancel the spread away.
    let sum = 0;
    for (const row of rows) sum += (row[j]! / scale - mean) ** 2;
    return Math.sqrt(sum / n);
  });
  const means = scaledMeans.map((mean, j) => mean * scales[j]!);
  const standardDeviations = scaledDeviations.map((sd, j) => sd * scales[j]!);
  const constant = rows[0]!;
  const flat = constant.flatMap((value, j) => (rows.every((row) => row[j] === value) ? [j] : []));
  if (flat.length > 0) {
    throw new InvalidArgumentError(
      name,
      `requires every column to vary in the training rows; standardise the features before adding an intercept column (column${flat.length > 1 ? 's' : ''} ${flat.join(', ')} constant)`,
    );
  }
  // The statistics are frozen here; transform only applies them. Re-estimating them from the
  // rows transform is given would fit the preprocessing on test data.
  return {
    means,
    standardDeviations,
    transform: (X) => {
      const data = checkMatrix('transform', 'X', X);
      const columns = data[0]!.length;
      if (columns !== p) {
        throw new ShapeMismatchError(
          'transform',
          `requires rows with as many columns as the training rows (got ${p} and ${columns})`,
        );
      }
      // In the training columns' scaled units, so that x − mean cannot overflow near 10^308.
      return data.map((row) => {
        const standardized = row.map((value, j) => {
          const scale = scales[j]!;
          return (value / scale - scaledMeans[j]!) / scaledDeviations[j]!;
        });
        checkNoOverflow('transform', 'the standardized values', standardized);
        return standardized;
      });
    },
  };
}
