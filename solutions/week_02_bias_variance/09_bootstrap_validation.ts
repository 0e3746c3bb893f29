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
import { normalQuantile } from '../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../helpers/errors';
import { powerOfTwoScaleOf } from '../../helpers/least_squares';
import { createRng } from '../../helpers/random';
import {
  checkCount,
  checkMatrix,
  checkNoOverflow,
  checkNumber,
  checkOptions,
  checkSameLength,
  checkVector,
  LIMITS,
  scaleBack,
  type MatrixInput,
} from '../../helpers/validation';

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

/** At most this many indices in one plan: 80 MB of numbers. */
const MAX_INDICES = 10_000_000;

export function bootstrapIndexSets(n: number, options: IndexSetOptions): number[][] {
  const name = 'bootstrapIndexSets';
  const rows = checkCount(name, 'n', n, { min: 1, max: LIMITS.rows });
  const { replicates, seed } = checkOptions(name, options);
  const count = checkCount(name, 'replicates', replicates, { min: 1, max: LIMITS.replicates });
  checkCount(name, 'n × replicates', rows * count, { min: 1, max: MAX_INDICES });
  const rng = createRng(seed, name);
  // One stream, set after set: the same seed gives the same plan, whatever uses it.
  const sets: number[][] = [];
  for (let b = 0; b < count; b += 1) sets.push(rng.sampleIndicesWithReplacement(rows));
  return sets;
}

export function bootstrapIntervals(
  replicates: readonly number[],
  estimate: number,
  options?: IntervalOptions,
): BootstrapIntervals {
  const name = 'bootstrapIntervals';
  const values = checkVector(name, 'replicates', replicates);
  const t0 = checkNumber(name, 'estimate', estimate);
  const level = checkLevel(name, checkOptions(name, options).level);
  return intervalsOf(name, sortedCopy(values), t0, level);
}

export function bootstrapCoefficientIntervals(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: CoefficientIntervalOptions,
): CoefficientIntervals {
  const name = 'bootstrapCoefficientIntervals';
  const checked = checkOptions(name, options);
  const level = checkLevel(name, checked.level);
  const problem = prepare(name, X, y, checked.intercept ?? true);
  const sets = checkIndexSets(name, indexSets, problem.n, 2);
  const p = problem.p;
  const estimatesScaled = problem.fit(null);
  const replicatesScaled = sets.map((set, b) => problem.fit(set, b));

  const B = sets.length;
  // Computed in the scaled units, then multiplied by powers of two: exact, and no square
  // of a coefficient at 10^±200 overflows.
  const toCaller = (value: number, j: number): number =>
    scaleBack(
      name,
      'a coefficient or its bootstrap summary',
      value,
      ...problem.coefficientScales(j),
    );
  const estimates: number[] = [];
  const bias: number[] = [];
  const standardErrors: number[] = [];
  const percentile: IntervalBounds = { lower: [], upper: [] };
  const basic: IntervalBounds = { lower: [], upper: [] };
  for (let j = 0; j < p; j += 1) {
    const column = replicatesScaled.map((row) => row[j]!);
    const t0 = estimatesScaled[j]!;
    const mean = column.reduce((sum, value) => sum + value, 0) / B;
    const squares = column.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    const intervals = intervalsOf(name, sortedCopy(column), t0, level);
    estimates.push(toCaller(t0, j));
    bias.push(toCaller(mean - t0, j));
    standardErrors.push(toCaller(Math.sqrt(squares / (B - 1)), j));
    percentile.lower.push(toCaller(intervals.percentile.lower, j));
    percentile.upper.push(toCaller(intervals.percentile.upper, j));
    basic.lower.push(toCaller(intervals.basic.lower, j));
    basic.upper.push(toCaller(intervals.basic.upper, j));
  }
  const replicatesOut = replicatesScaled.map((row) => row.map(toCaller));
  return {
    estimates,
    replicates: replicatesOut,
    bias,
    standardErrors,
    percentile,
    basic,
    extremeEndpoints: usesExtremeEndpoints(B, level),
  };
}

export function optimismCorrectedError(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: OptimismOptions,
): OptimismCorrection {
  const name = 'optimismCorrectedError';
  const problem = prepare(name, X, y, checkOptions(name, options).intercept ?? true);
  const sets = checkIndexSets(name, indexSets, problem.n, 1);
  const apparent = problem.meanSquaredError(problem.fit(null), null);
  let training = 0;
  let test = 0;
  sets.forEach((set, b) => {
    const coefficients = problem.fit(set, b);
    // The refit is scored where it was trained, and on the sample it stands in for.
    training += problem.meanSquaredError(coefficients, set);
    test += problem.meanSquaredError(coefficients, null);
  });
  training /= sets.length;
  test /= sets.length;
  const optimism = test - training;
  // Errors are in y's units squared: scaled back by s twice, as one exponent (s² alone may
  // overflow where the product does not).
  const toCaller = (value: number): number =>
    scaleBack(name, 'a mean squared error', value, problem.targetScale, problem.targetScale);
  return {
    apparentError: toCaller(apparent),
    bootstrapTrainingError: toCaller(training),
    bootstrapTestError: toCaller(test),
    optimism: toCaller(optimism),
    correctedError: toCaller(apparent + optimism),
  };
}

// ---- intervals ------------------------------------------------------------------------------

function checkLevel(name: string, level: unknown): number {
  if (level === undefined) return 0.95;
  const value = checkNumber(name, 'level', level);
  if (!(value > 0 && value < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires level to be strictly between 0 and 1 (got ${value})`,
    );
  }
  return value;
}

function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** boot:::norm.inter for one probability a, on sorted values. */
function quantile(sorted: Float64Array, a: number): number {
  const B = sorted.length;
  const r = (B + 1) * a;
  const k = Math.trunc(r);
  if (k === 0) return sorted[0]!;
  if (k >= B) return sorted[B - 1]!;
  const below = sorted[k - 1]!;
  if (k === r) return below;
  const above = sorted[k]!;
  const zk = normalQuantile(k / (B + 1));
  const weight = (normalQuantile(a) - zk) / (normalQuantile((k + 1) / (B + 1)) - zk);
  return below + weight * (above - below);
}

function intervalsOf(
  name: string,
  sorted: Float64Array,
  t0: number,
  level: number,
): BootstrapIntervals {
  const a = (1 - level) / 2;
  const lowerQuantile = quantile(sorted, a);
  const upperQuantile = quantile(sorted, (1 + level) / 2);
  const result = {
    percentile: { lower: lowerQuantile, upper: upperQuantile },
    // The spread of t* − t₀ stands in for that of t₀ − θ, reflected about the estimate; written
    // t₀ + (t₀ − q), not 2t₀ − q, so that an estimate near the largest double does not overflow.
    basic: { lower: t0 + (t0 - upperQuantile), upper: t0 + (t0 - lowerQuantile) },
    extremeEndpoints: usesExtremeEndpoints(sorted.length, level),
  };
  checkNoOverflow(name, 'the basic interval', [result.basic.lower, result.basic.upper]);
  return result;
}

/** (B + 1)·a ≤ 1: both quantiles fall back on the smallest and largest replicates. */
function usesExtremeEndpoints(B: number, level: number): boolean {
  return (B + 1) * ((1 - level) / 2) <= 1;
}

// ---- least squares on resamples ---------------------------------------------------------------

interface Problem {
  readonly n: number;
  readonly p: number;
  /** y was divided by this power of two; the errors are in its square. */
  readonly targetScale: number;
  /** Scaled coefficient j times these powers of two is the coefficient in the caller's units. */
  coefficientScales(j: number): [number, number];
  /** Coefficients (scaled units) fitted on the rows of index set `setIndex`, or on all rows. */
  fit(set: readonly number[] | null, setIndex?: number): number[];
  /** RSS/n (scaled units) of `coefficients` on the rows of `set`, or on all rows when null. */
  meanSquaredError(coefficients: readonly number[], set: readonly number[] | null): number;
}

/**
 * Validates X and y and returns a fitter over resamples. Each column and y are divided by a
 * power of two near their largest value (exact), so data at 10^±200 neither overflow nor
 * underflow in the sums of squares; every fit is a Householder QR of the resample's design.
 */
function prepare(name: string, X: MatrixInput, y: readonly number[], intercept: boolean): Problem {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'values in y', targets.length);
  const n = rows.length;
  const design = intercept ? rows.map((row) => [1, ...row]) : rows;
  const p = design[0]!.length;
  const columnScales = Array.from({ length: p }, (_, j) =>
    powerOfTwoScaleOf(design.map((row) => row[j]!)),
  );
  const targetScale = powerOfTwoScaleOf(targets);
  const columns = columnScales.map((scale, j) =>
    Float64Array.from(design, (row) => row[j]! / scale),
  );
  const scaledTargets = Float64Array.from(targets, (value) => value / targetScale);
  const all = Array.from({ length: n }, (_, i) => i);
  // Work space reused by every fit.
  const work = Array.from({ length: p }, () => new Float64Array(n));
  const rhs = new Float64Array(n);

  const fit = (set: readonly number[] | null, setIndex?: number): number[] => {
    const rowsOf = set ?? all;
    columns.forEach((source, j) => {
      const target = work[j]!;
      rowsOf.forEach((row, i) => {
        target[i] = source[row]!;
      });
    });
    rowsOf.forEach((row, i) => {
      rhs[i] = scaledTargets[row]!;
    });
    return householderSolve(name, work, rhs, n, setIndex);
  };

  const meanSquaredError = (
    coefficients: readonly number[],
    set: readonly number[] | null,
  ): number => {
    const rowsOf = set ?? all;
    let sum = 0;
    for (let i = 0; i < n; i += 1) {
      const row = rowsOf[i]!;
      let residual = scaledTargets[row]!;
      for (let j = 0; j < p; j += 1) residual -= columns[j]![row]! * coefficients[j]!;
      sum += residual * residual;
    }
    return sum / n;
  };

  return {
    n,
    p,
    targetScale,
    coefficientScales: (j) => [targetScale, 1 / columnScales[j]!],
    fit,
    meanSquaredError,
  };
}

/**
 * Least squares by Householder QR, in place on `columns` (n × p, column-major) and `rhs`.
 * A diagonal |R_jj| ≤ max(n, p)·ε·max|R_ii| counts as a dependent column (numpy lstsq's rule,
 * as in helpers/least_squares.ts).
 */
function householderSolve(
  name: string,
  columns: Float64Array[],
  rhs: Float64Array,
  n: number,
  setIndex: number | undefined,
): number[] {
  const p = columns.length;
  const diagonal: number[] = [];
  for (let k = 0; k < p; k += 1) {
    const column = columns[k]!;
    let squares = 0;
    for (let i = k; i < n; i += 1) squares += column[i]! ** 2;
    const norm = Math.sqrt(squares);
    const head = column[k]!;
    const alpha = head > 0 ? -norm : norm;
    diagonal.push(alpha);
    if (norm === 0) continue;
    column[k] = head - alpha; // the Householder vector v, stored from row k down
    const vNormSquared = 2 * norm * (norm + Math.abs(head)); // ‖x − αe₁‖², α = −sign(x₁)‖x‖
    // Reflect the later columns and the right-hand side: target −= (2vᵀtarget/vᵀv)·v.
    for (let j = k + 1; j <= p; j += 1) {
      const target = j < p ? columns[j]! : rhs;
      let dot = 0;
      for (let i = k; i < n; i += 1) dot += column[i]! * target[i]!;
      const factor = (2 * dot) / vNormSquared;
      for (let i = k; i < n; i += 1) target[i] = target[i]! - factor * column[i]!;
    }
  }
  let largest = 0;
  for (const value of diagonal) largest = Math.max(largest, Math.abs(value));
  const threshold = Math.max(n, p) * Number.EPSILON * largest;
  // With fewer rows than columns the trailing columns have nothing left below the diagonal:
  // their R_jj is 0, so the same test catches n < p.
  const dependent = diagonal.flatMap((value, j) => (Math.abs(value) <= threshold ? [j] : []));
  if (dependent.length > 0) {
    throw new RankDeficiencyError(
      name,
      `requires ${setIndex === undefined ? 'the design of all rows' : `the design of index set ${setIndex}`} to have full column rank (column${dependent.length > 1 ? 's' : ''} ${dependent.join(', ')} depend${dependent.length > 1 ? '' : 's'} on the others; got ${n} rows and ${p} columns)`,
      dependent,
    );
  }
  const solution = new Float64Array(p);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = rhs[i]!;
    for (let j = i + 1; j < p; j += 1) sum -= columns[j]![i]! * solution[j]!;
    solution[i] = sum / diagonal[i]!;
  }
  return Array.from(solution);
}

// ---- validation -------------------------------------------------------------------------------

function checkIndexSets(
  name: string,
  indexSets: unknown,
  n: number,
  minimum: number,
): (readonly number[])[] {
  if (!Array.isArray(indexSets)) {
    throw new InvalidArgumentError(
      name,
      `requires indexSets to be an array of index arrays (got ${indexSets === null ? 'null' : typeof indexSets})`,
    );
  }
  if (indexSets.length === 0) {
    throw new EmptyInputError(name, 'requires at least one index set in indexSets (got none)');
  }
  if (indexSets.length < minimum) {
    throw new InvalidArgumentError(
      name,
      `requires at least ${minimum} index sets in indexSets (got ${indexSets.length})`,
    );
  }
  const sets: (readonly number[])[] = [];
  for (let b = 0; b < indexSets.length; b += 1) {
    const set: unknown = indexSets[b];
    // The common case is checked in one pass; the messages come from the slower checks below.
    if (!(Array.isArray(set) && set.length === n && holdsRowIndices(set, n))) {
      const values = checkVector(name, `indexSets[${b}]`, set);
      if (values.length !== n) {
        throw new ShapeMismatchError(
          name,
          `requires every index set to hold n = ${n} row indices (got ${values.length} in indexSets[${b}])`,
        );
      }
      throw new InvalidArgumentError(
        name,
        `requires the indices in indexSets[${b}] to be integers from 0 to ${n - 1} (got ${values.find((index) => !Number.isInteger(index) || index < 0 || index >= n)})`,
      );
    }
    sets.push(set as readonly number[]); // read, never written: no copy needed
  }
  return sets;
}

/** Every entry an integer in 0 … n − 1 (a hole reads as undefined and fails). */
function holdsRowIndices(set: readonly unknown[], n: number): boolean {
  for (let i = 0; i < set.length; i += 1) {
    const index = set[i] as number; // Number.isInteger refuses anything but a number
    if (!(Number.isInteger(index) && index >= 0 && index < n)) return false;
  }
  return true;
}
