/**
 * Decoy for kata 01.03 — interaction columns ordered by their later column.
 *
 * @misconception The products are generated with the later index in the outer loop,
 * (0,1), (0,2), (1,2), (0,3), …: the same columns as (0,1), (0,2), …, (0,p−1), (1,2), … for
 * three features, in another order from four on, so coefficients land on the wrong pairs.
 * @expectMessage 'looks like the pairs were ordered by their later column'
 */
import {
  pairwiseInteractions as solutionInteractions,
  type FeatureRows,
} from '../../../solutions/week_01_linear_regression/03_design_matrices';

export * from '../../../solutions/week_01_linear_regression/03_design_matrices';

export function pairwiseInteractions(X: FeatureRows): number[][] {
  solutionInteractions(X); // the solution's validation
  return X.map((row) => {
    const products: number[] = [];
    for (let k = 1; k < row.length; k += 1)
      for (let j = 0; j < k; j += 1) products.push(row[j]! * row[k]!);
    return [...row, ...products];
  });
}
