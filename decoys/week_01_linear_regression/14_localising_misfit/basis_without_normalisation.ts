/**
 * Decoy for kata 01.14 — truncated cubes not divided by (t_k − t_1)².
 *
 * @misconception Devlin and Weeks' unnormalised terms (Hmisc norm = 0): the same function space
 * and the same fitted curve, but columns in the units of x³, not rms::rcs's columns, and a
 * badly scaled design.
 * @expectMessage 'looks like the truncated cubes were not divided by (t_k − t_1)²'
 */
import { restrictedCubicSplineBasis as solutionBasis } from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export * from '../../../solutions/week_01_linear_regression/14_localising_misfit';

export function restrictedCubicSplineBasis(
  x: readonly number[],
  knots: readonly number[],
): number[][] {
  const span = knots[knots.length - 1]! - knots[0]!;
  return solutionBasis(x, knots).map((row) =>
    row.map((value, c) => (c === 0 ? value : value * span ** 2)),
  );
}
