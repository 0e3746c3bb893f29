/**
 * Decoy for kata 01.03 — sample standard deviation in the standardizer.
 *
 * @misconception The standardizer divides by the sample standard deviation (n − 1), where
 * scikit-learn's StandardScaler, the pinned convention, uses the population one (n).
 * @expectMessage 'StandardScaler divides by n'
 */
import {
  fitStandardizer as solutionFit,
  type FeatureRows,
  type Standardizer,
} from '../../../solutions/week_01_linear_regression/03_design_matrices';

export * from '../../../solutions/week_01_linear_regression/03_design_matrices';

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const fitted = solutionFit(Xtrain);
  const n = Xtrain.length;
  const standardDeviations = fitted.standardDeviations.map((sd) => sd * Math.sqrt(n / (n - 1)));
  return {
    means: fitted.means,
    standardDeviations,
    transform: (X) =>
      fitted
        .transform(X)
        .map((row) =>
          row.map((value, j) => (value * fitted.standardDeviations[j]!) / standardDeviations[j]!),
        ),
  };
}
