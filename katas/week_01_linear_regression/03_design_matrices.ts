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
import { NotImplementedError } from '../../helpers/errors';

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
  // TODO
  throw new NotImplementedError('01.03', 'addInterceptColumn');
}

export function polynomialColumns(x: readonly number[], degree: number): number[][] {
  // TODO: x, x², …, x^degree; no constant column.
  throw new NotImplementedError('01.03', 'polynomialColumns');
}

export function pairwiseInteractions(X: FeatureRows): number[][] {
  // TODO: the original columns, then x_j·x_k for every pair j < k.
  throw new NotImplementedError('01.03', 'pairwiseInteractions');
}

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  // TODO: statistics from the training rows only; transform never re-estimates them.
  throw new NotImplementedError('01.03', 'fitStandardizer');
}
