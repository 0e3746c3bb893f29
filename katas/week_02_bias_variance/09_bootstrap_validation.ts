/**
 * Kata 02.09 — Honest validation without pipelines: bootstrap intervals and optimism
 *
 * One sample, no second data set, no pipeline: the bootstrap still says how uncertain a fit's
 * coefficients are and how much its training error flatters it. Resample the n rows with x and
 * y kept together (case, or pairs, resampling), refit on each resample, and read two things off
 * the refits. Their spread gives percentile and basic intervals for each coefficient (Efron and
 * Tibshirani 1993, ch. 13; R's `boot.ci`). The gap between a refit's error on the original
 * sample and on its own resample estimates the optimism of the apparent error (Efron 1983; ESL
 * §7.11; Harrell's `rms::validate`), and apparent error + optimism is the corrected error.
 *
 * Theory: theory/week_02_bias_variance.md#honest-validation-bootstrap-intervals-and-optimism
 *
 * Implement (no function modifies its arguments; B is the number of index sets or replicates):
 * - `bootstrapIndexSets(n, { replicates, seed })`: the resampling plan, `replicates` arrays of
 *   n row indices drawn from one stream `createRng(seed)` (helpers/random.ts) as in kata 02.04:
 *   set 0's n indices first, then set 1's, and so on, each index ⌊u·n⌋ for the stream's next
 *   uniform u, so that every row, the last one included, has probability 1/n at every draw
 *   (`rng.sampleIndicesWithReplacement(n)` draws one set).
 * - `bootstrapIntervals(replicates, estimate, { level })`: the percentile and basic intervals
 *   from B replicate values t*₁ … t*_B of a statistic whose full-sample value is `estimate`
 *   (t₀), with the quantile rule of R's `boot.ci` (`boot:::norm.inter`; Davison and Hinkley
 *   1997, eq. 5.8). With t*₍₁₎ ≤ … ≤ t*₍B₎ sorted and r = (B + 1)·a, the a-quantile is t*₍ᵣ₎
 *   when r is an integer; otherwise, with k = ⌊r⌋, it interpolates linearly in Φ⁻¹:
 *   t*₍ₖ₎ + (Φ⁻¹(a) − Φ⁻¹(k/(B + 1))) / (Φ⁻¹((k + 1)/(B + 1)) − Φ⁻¹(k/(B + 1))) · (t*₍ₖ₊₁₎ − t*₍ₖ₎);
 *   k = 0 takes t*₍₁₎ and k = B takes t*₍B₎. With a = (1 − level)/2 and 1 − a = (1 + level)/2
 *   (computed so, as R does): percentile = [q(a), q(1 − a)], basic = [2t₀ − q(1 − a),
 *   2t₀ − q(a)]. `extremeEndpoints` is true when (B + 1)·a ≤ 1, where the endpoints are the
 *   smallest and largest replicates (R warns "extreme order statistics used as endpoints").
 * - `bootstrapCoefficientIntervals(X, y, indexSets, { level, intercept })`: least squares on
 *   all rows gives `estimates` (intercept first when fitted); least squares on the rows of each
 *   index set gives one row of `replicates` (B rows, in the order of indexSets). Per
 *   coefficient, as R's print of a `boot` object shows them: `bias` = mean of its replicates −
 *   estimate, `standardErrors` = their standard deviation (divisor B − 1); and the percentile
 *   and basic intervals of bootstrapIntervals, with its `extremeEndpoints`.
 * - `optimismCorrectedError(X, y, indexSets, { intercept })`: an error is a mean squared error,
 *   RSS/n over the rows it is measured on (rms::validate's MSE). `apparentError`: the fit on
 *   all rows, scored on all rows. For each index set, fit on its rows and score that fit twice:
 *   on its own resample (mean over sets: `bootstrapTrainingError`) and on the original n rows
 *   (mean over sets: `bootstrapTestError`). `optimism` = bootstrapTestError −
 *   bootstrapTrainingError, positive on average for least squares, and `correctedError` =
 *   apparentError + optimism. (rms::validate prints the MSE row's optimism as training − test,
 *   the negative of this, and subtracts it: the same corrected error.)
 * Options: `level` in (0, 1), default 0.95 (boot.ci's conf); `intercept` default true (a
 * column of ones before X). An index set is an array of n integers in 0 … n − 1, repeats
 * allowed. B ≥ 2 for bootstrapCoefficientIntervals (the standard error divides by B − 1) and
 * B ≥ 1 elsewhere; bootstrapIndexSets draws at most 10 000 000 indices in all.
 *
 * Errors, each message starting with the function called; X and y are checked before the
 * index sets, so n is always the number of rows of X: EmptyInputError (no rows, no index sets,
 * no replicates), ShapeMismatchError (ragged rows, y of another length, an index set whose
 * length is not n), NonFiniteValueError (non-finite data, or a result that overflows or
 * underflows double precision), InvalidArgumentError (indexSets that is not an array of
 * arrays, an index that is not an integer in 0 … n − 1, a single index set for
 * bootstrapCoefficientIntervals, a level outside (0, 1), counts that are not integers in range,
 * a bad seed or options; a non-finite `estimate` may be refused as this or as
 * NonFiniteValueError), RankDeficiencyError (the design of all rows, or of a resample, is rank
 * deficient, judged to rounding as helpers/least_squares.ts judges it: a column that the others
 * reproduce to within rounding error counts as dependent; for instance a resample holding fewer
 * distinct rows than coefficients: R's `lm` would give NA there; the message names the index
 * set).
 *
 * @example
 * const sets = bootstrapIndexSets(X.length, { replicates: 999, seed: 'study-1' });
 * bootstrapCoefficientIntervals(X, y, sets).percentile; // { lower: [b₀, b₁, …], upper: […] }
 * optimismCorrectedError(X, y, sets).correctedError; // apparentError + optimism
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export interface IndexSetOptions {
  /** Number of index sets B, an integer from 1 to 10 000. */
  readonly replicates: number;
  readonly seed: string | number;
}

export interface IntervalOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  readonly level?: number;
}

export interface CoefficientIntervalOptions extends IntervalOptions {
  /** Prepend a column of ones to X. Default true. */
  readonly intercept?: boolean;
}

export interface OptimismOptions {
  /** Prepend a column of ones to X. Default true. */
  readonly intercept?: boolean;
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface BootstrapIntervals {
  /** [q(a), q(1 − a)], a = (1 − level)/2, by boot.ci's quantile rule. */
  readonly percentile: Interval;
  /** [2t₀ − q(1 − a), 2t₀ − q(a)]. */
  readonly basic: Interval;
  /** (B + 1)·a ≤ 1: the endpoints are the smallest and largest replicates. */
  readonly extremeEndpoints: boolean;
}

export interface IntervalBounds {
  /** One per coefficient, intercept first when fitted. */
  readonly lower: number[];
  readonly upper: number[];
}

export interface CoefficientIntervals {
  /** Least squares on all rows, intercept first when fitted. */
  readonly estimates: number[];
  /** One row per index set, in their order: the coefficients fitted on its rows. */
  readonly replicates: number[][];
  /** Mean of the replicates − estimate, per coefficient. */
  readonly bias: number[];
  /** Standard deviation of the replicates (divisor B − 1), per coefficient. */
  readonly standardErrors: number[];
  readonly percentile: IntervalBounds;
  readonly basic: IntervalBounds;
  /** (B + 1)·a ≤ 1: the endpoints are the smallest and largest replicates. */
  readonly extremeEndpoints: boolean;
}

export interface OptimismCorrection {
  /** The fit on all rows, scored on all rows: RSS/n. */
  readonly apparentError: number;
  /** Mean over index sets of the resample fit's MSE on its own resample. */
  readonly bootstrapTrainingError: number;
  /** Mean over index sets of the resample fit's MSE on the original n rows. */
  readonly bootstrapTestError: number;
  /** bootstrapTestError − bootstrapTrainingError. */
  readonly optimism: number;
  /** apparentError + optimism. */
  readonly correctedError: number;
}

export function bootstrapIndexSets(n: number, options: IndexSetOptions): number[][] {
  // TODO: validate n and the options; draw every set from one stream createRng(seed), set after
  // set, each index ⌊u·n⌋.
  throw new NotImplementedError('02.09', 'bootstrapIndexSets');
}

export function bootstrapIntervals(
  replicates: readonly number[],
  estimate: number,
  options?: IntervalOptions,
): BootstrapIntervals {
  // TODO: sort the replicates; the a-quantile by boot.ci's rule at a = (1 − level)/2 and
  // (1 + level)/2; percentile = [q(a), q(1 − a)], basic = [2t₀ − q(1 − a), 2t₀ − q(a)].
  throw new NotImplementedError('02.09', 'bootstrapIntervals');
}

export function bootstrapCoefficientIntervals(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: CoefficientIntervalOptions,
): CoefficientIntervals {
  // TODO: fit on all rows, then on the rows (x and y together) of each index set; per
  // coefficient the bias, the standard error and the intervals of its replicates.
  throw new NotImplementedError('02.09', 'bootstrapCoefficientIntervals');
}

export function optimismCorrectedError(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: OptimismOptions,
): OptimismCorrection {
  // TODO: the apparent error of the fit on all rows; for each index set, the refit's error on
  // its own resample and on the original rows; optimism = mean test − mean training error.
  throw new NotImplementedError('02.09', 'optimismCorrectedError');
}
