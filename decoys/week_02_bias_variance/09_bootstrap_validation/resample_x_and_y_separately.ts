/**
 * Decoy for kata 02.09 — x and y resampled with different indices.
 *
 * @misconception A resample takes the rows of X listed by the index set but pairs them with the
 * targets of another draw (here the set shifted by one place), as if x and y could be resampled
 * separately. The pairing is the relation being estimated: the refitted slopes collapse
 * towards zero.
 * @expectMessage 'x and y together'
 */
import { fitLeastSquares } from '../../../helpers/least_squares';
import { withInterceptColumn } from '../../../helpers/linalg';
import type { MatrixInput } from '../../../helpers/validation';
import {
  bootstrapCoefficientIntervals as reference,
  bootstrapIntervals,
  type CoefficientIntervalOptions,
  type CoefficientIntervals,
} from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export * from '../../../solutions/week_02_bias_variance/09_bootstrap_validation';

export function bootstrapCoefficientIntervals(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: CoefficientIntervalOptions,
): CoefficientIntervals {
  const right = reference(X, y, indexSets, options); // validation, estimates
  const rows = (Array.isArray(X) ? X : []) as readonly (readonly number[])[];
  const fit = (design: number[][], targets: number[]): number[] =>
    fitLeastSquares(
      'bootstrapCoefficientIntervals',
      options?.intercept === false ? design : withInterceptColumn(design),
      targets,
    ).coefficients;
  const replicates = indexSets.map((set) =>
    fit(
      set.map((i) => rows[i]!.slice()),
      set.map((_, j) => y[set[(j + 1) % set.length]!]!),
    ),
  );
  const B = replicates.length;
  const columns = right.estimates.map((_, j) => replicates.map((row) => row[j]!));
  const means = columns.map((column) => column.reduce((s, v) => s + v, 0) / B);
  const ends = columns.map((column, j) =>
    bootstrapIntervals(column, right.estimates[j]!, { level: options?.level ?? 0.95 }),
  );
  return {
    estimates: right.estimates,
    replicates,
    bias: means.map((m, j) => m - right.estimates[j]!),
    standardErrors: columns.map((column, j) =>
      Math.sqrt(column.reduce((s, v) => s + (v - means[j]!) ** 2, 0) / (B - 1)),
    ),
    percentile: {
      lower: ends.map((e) => e.percentile.lower),
      upper: ends.map((e) => e.percentile.upper),
    },
    basic: { lower: ends.map((e) => e.basic.lower), upper: ends.map((e) => e.basic.upper) },
    extremeEndpoints: right.extremeEndpoints,
  };
}
