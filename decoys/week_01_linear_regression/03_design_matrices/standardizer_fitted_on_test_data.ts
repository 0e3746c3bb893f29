/**
 * Decoy for kata 01.03 — standardisation fitted on test data.
 *
 * @misconception transform re-estimates the means and standard deviations from the rows it is
 * given, so test rows are standardised with their own statistics: preprocessing fitted on test
 * data.
 * @expectMessage 'standardisation fitted on test data'
 */
import {
  fitStandardizer as solutionFit,
  type FeatureRows,
  type Standardizer,
} from '../../../solutions/week_01_linear_regression/03_design_matrices';

export * from '../../../solutions/week_01_linear_regression/03_design_matrices';

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const fitted = solutionFit(Xtrain);
  return {
    ...fitted,
    transform: (X) => {
      fitted.transform(X); // the solution's validation
      const n = X.length;
      const columns = (X[0] ?? []).length;
      const means = Array.from(
        { length: columns },
        (_, j) => X.reduce((sum, row) => sum + row[j]!, 0) / n,
      );
      const sds = means.map((mean, j) =>
        Math.sqrt(X.reduce((sum, row) => sum + (row[j]! - mean) ** 2, 0) / n),
      );
      return X.map((row) => row.map((value, j) => (value - means[j]!) / sds[j]!));
    },
  };
}
