/**
 * Decoy for kata 01.03 — transform that reads only the training columns.
 *
 * @misconception transform checks only that rows are not narrower than training and uses their
 * first p columns, so a row with an extra feature is silently cut instead of refused.
 * @expectMessage 'expected transform to throw ShapeMismatchError'
 */
import { ShapeMismatchError } from '../../../helpers/errors';
import { checkMatrix } from '../../../helpers/validation';
import {
  fitStandardizer as solutionFit,
  type FeatureRows,
  type Standardizer,
} from '../../../solutions/week_01_linear_regression/03_design_matrices';

export * from '../../../solutions/week_01_linear_regression/03_design_matrices';

export function fitStandardizer(Xtrain: FeatureRows): Standardizer {
  const fitted = solutionFit(Xtrain);
  const p = fitted.means.length;
  return {
    ...fitted,
    transform: (X) => {
      const rows = checkMatrix('transform', 'X', X);
      if (rows[0]!.length < p) {
        throw new ShapeMismatchError('transform', `requires at least ${p} columns`);
      }
      return fitted.transform(rows.map((row) => row.slice(0, p)));
    },
  };
}
