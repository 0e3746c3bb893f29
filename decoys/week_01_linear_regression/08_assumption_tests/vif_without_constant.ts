/**
 * Decoy for kata 01.08 — VIF without a constant in the auxiliary regression.
 *
 * @misconception Each column is regressed on the other columns alone, without a constant, so
 * its R² is uncentred and two columns with large means look collinear.
 * @expectMessage 'looks like the auxiliary regression had no constant'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import type { MatrixInput } from '../../../helpers/validation';
import { varianceInflationFactors as solutionVif } from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export * from '../../../solutions/week_01_linear_regression/08_assumption_tests';

export function varianceInflationFactors(X: MatrixInput): number[] {
  const centred = solutionVif(X); // the solution's validation
  const rows = (X as readonly (readonly number[])[]).map((row) => [...row]);
  return centred.map((_, j) => {
    const target = rows.map((row) => row[j]!);
    const others = rows.map((row) => row.filter((__, column) => column !== j));
    const squares = target.reduce((sum, value) => sum + value * value, 0);
    if ((others[0] ?? []).length === 0) return 1;
    return squares / fitLeastSquares('varianceInflationFactors', others, target).rss;
  });
}
