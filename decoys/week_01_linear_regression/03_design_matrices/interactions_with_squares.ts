/**
 * Decoy for kata 01.03 — interactions that include squares.
 *
 * @misconception Pairwise interactions are taken over j ≤ k, so each column's square is added
 * as if it were an interaction of the column with itself.
 * @expectMessage 'for j < k only'
 */
import { pairwiseInteractions as solutionInteractions } from '../../../solutions/week_01_linear_regression/03_design_matrices';
import type { FeatureRows } from '../../../solutions/week_01_linear_regression/03_design_matrices';

export * from '../../../solutions/week_01_linear_regression/03_design_matrices';

export function pairwiseInteractions(X: FeatureRows): number[][] {
  solutionInteractions(X); // the solution's validation
  return X.map((row) => {
    const products: number[] = [];
    for (let j = 0; j < row.length; j += 1)
      for (let k = j; k < row.length; k += 1) products.push(row[j]! * row[k]!);
    return [...row, ...products];
  });
}
