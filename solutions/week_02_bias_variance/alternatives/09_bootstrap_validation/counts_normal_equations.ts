/**
 * Alternative for kata 02.09 — bootstrap counts, weighted normal equations and selection
 *
 * @method Each index set becomes a count per row, and every refit solves the weighted normal
 * equations (XᵀWX)b = XᵀWy, W = diag(counts), by Cholesky on column-scaled X, instead of a QR
 * of the gathered rows; training errors are count-weighted sums over the original rows. The
 * quantiles come from quickselect (no full sort), and sums of squares at extreme scales are
 * guarded by a scaled norm rather than by rescaling the data first.
 */
import { normalQuantile } from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../../../helpers/errors';
import {
  checkMatrix,
  checkNumber,
  checkOptions,
  checkRepresentable,
  checkSameLength,
  checkVector,
  normOf,
  type MatrixInput,
} from '../../../../helpers/validation';
import type {
  BootstrapIntervals,
  CoefficientIntervalOptions,
  CoefficientIntervals,
  IntervalOptions,
  OptimismCorrection,
  OptimismOptions,
} from '../../09_bootstrap_validation';

export { bootstrapIndexSets } from '../../09_bootstrap_validation';
export type * from '../../09_bootstrap_validation';

export function bootstrapIntervals(
  replicates: readonly number[],
  estimate: number,
  options?: IntervalOptions,
): BootstrapIntervals {
  const name = 'bootstrapIntervals';
  const values = checkVector(name, 'replicates', replicates);
  const t0 = checkNumber(name, 'estimate', estimate);
  const level = levelOf(name, checkOptions(name, options).level);
  return intervals(name, values, t0, level);
}

export function bootstrapCoefficientIntervals(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: CoefficientIntervalOptions,
): CoefficientIntervals {
  const name = 'bootstrapCoefficientIntervals';
  const checked = checkOptions(name, options);
  const level = levelOf(name, checked.level);
  const data = designOf(name, X, y, checked.intercept ?? true);
  const counts = countsOf(name, indexSets, data.n, 2);
  const estimates = solveWeighted(name, data, null, -1);
  const replicates = counts.map((count, b) => solveWeighted(name, data, count, b));
  const B = replicates.length;
  const bias: number[] = [];
  const standardErrors: number[] = [];
  const percentile = { lower: [] as number[], upper: [] as number[] };
  const basic = { lower: [] as number[], upper: [] as number[] };
  let extremeEndpoints = false;
  estimates.forEach((t0, j) => {
    const column = replicates.map((row) => row[j]!);
    let mean = 0;
    for (const value of column) mean += value / B; // divided first: no overflow at 10^300
    bias.push(mean - t0);
    standardErrors.push(normOf(column.map((value) => value - mean)) / Math.sqrt(B - 1));
    const ends = intervals(name, column, t0, level);
    percentile.lower.push(ends.percentile.lower);
    percentile.upper.push(ends.percentile.upper);
    basic.lower.push(ends.basic.lower);
    basic.upper.push(ends.basic.upper);
    extremeEndpoints = ends.extremeEndpoints;
  });
  finite(name, 'the standard errors', standardErrors);
  return { estimates, replicates, bias, standardErrors, percentile, basic, extremeEndpoints };
}

export function optimismCorrectedError(
  X: MatrixInput,
  y: readonly number[],
  indexSets: readonly (readonly number[])[],
  options?: OptimismOptions,
): OptimismCorrection {
  const name = 'optimismCorrectedError';
  const data = designOf(name, X, y, checkOptions(name, options).intercept ?? true);
  const counts = countsOf(name, indexSets, data.n, 1);
  const ones = new Array<number>(data.n).fill(1);
  const apparentError = weightedMse(name, data, solveWeighted(name, data, null, -1), ones);
  let training = 0;
  let test = 0;
  counts.forEach((count, b) => {
    const coefficients = solveWeighted(name, data, count, b);
    training += weightedMse(name, data, coefficients, count) / counts.length;
    test += weightedMse(name, data, coefficients, ones) / counts.length;
  });
  const optimism = test - training;
  return {
    apparentError,
    bootstrapTrainingError: training,
    bootstrapTestError: test,
    optimism,
    correctedError: apparentError + optimism,
  };
}

// ---- intervals ------------------------------------------------------------------------------

function levelOf(name: string, level: unknown): number {
  const value = level === undefined ? 0.95 : checkNumber(name, 'level', level);
  if (value <= 0 || value >= 1) {
    throw new InvalidArgumentError(name, `requires level to be in (0, 1) (got ${value})`);
  }
  return value;
}

/** The k-th smallest (1-based) of `work`, reordering it so that everything after it is ≥ it. */
function select(work: Float64Array, k: number): number {
  let left = 0;
  let right = work.length - 1;
  const target = k - 1;
  while (left < right) {
    const pivot = work[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (work[i]! < pivot) i += 1;
      while (work[j]! > pivot) j -= 1;
      if (i <= j) {
        const held = work[i]!;
        work[i] = work[j]!;
        work[j] = held;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) right = j;
    else if (target >= i) left = i;
    else break;
  }
  return work[target]!;
}

/** boot.ci's a-quantile: order statistic (B + 1)·a, interpolated in Φ⁻¹ when not an integer. */
function quantile(values: readonly number[], a: number): number {
  const B = values.length;
  const position = (B + 1) * a;
  const k = Math.floor(position);
  const work = Float64Array.from(values);
  if (k < 1) return select(work, 1);
  if (k >= B) return select(work, B);
  const low = select(work, k);
  if (position === k) return low;
  let high = Number.POSITIVE_INFINITY;
  for (let i = k; i < B; i += 1) high = Math.min(high, work[i]!);
  const zLow = normalQuantile(k / (B + 1));
  const zHigh = normalQuantile((k + 1) / (B + 1));
  const weight = (normalQuantile(a) - zLow) / (zHigh - zLow);
  return (1 - weight) * low + weight * high;
}

function intervals(
  name: string,
  values: readonly number[],
  t0: number,
  level: number,
): BootstrapIntervals {
  const a = (1 - level) / 2;
  const low = quantile(values, a);
  const high = quantile(values, (1 + level) / 2);
  const basic = { lower: t0 - (high - t0), upper: t0 - (low - t0) };
  finite(name, 'the intervals', [low, high, basic.lower, basic.upper]);
  return {
    percentile: { lower: low, upper: high },
    basic,
    extremeEndpoints: (values.length + 1) * a <= 1,
  };
}

// ---- weighted least squares -----------------------------------------------------------------

interface Design {
  readonly n: number;
  readonly p: number;
  /** Rows of the design, each column divided by its Euclidean norm. */
  readonly rows: number[][];
  readonly norms: number[];
  readonly y: number[];
}

function designOf(name: string, X: MatrixInput, y: readonly number[], intercept: boolean): Design {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'values in y', targets.length);
  const full = intercept ? rows.map((row) => [1, ...row]) : rows;
  const p = full[0]!.length;
  const norms = Array.from({ length: p }, (_, j) => normOf(full.map((row) => row[j]!)));
  const scaled = full.map((row) => row.map((value, j) => value / (norms[j]! || 1)));
  return { n: rows.length, p, rows: scaled, norms, y: targets };
}

/** (XᵀWX)b = XᵀWy by Cholesky, W the counts (all ones when null); b in the caller's units. */
function solveWeighted(
  name: string,
  data: Design,
  counts: readonly number[] | null,
  setIndex: number,
): number[] {
  const { n, p, rows } = data;
  const gram = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const right = new Array<number>(p).fill(0);
  // y enters through its own scale so that XᵀWy cannot overflow at 10^300.
  const yScale = normOf(data.y) || 1;
  for (let i = 0; i < n; i += 1) {
    const weight = counts === null ? 1 : counts[i]!;
    if (weight === 0) continue;
    const row = rows[i]!;
    const target = data.y[i]! / yScale;
    for (let j = 0; j < p; j += 1) {
      right[j] = right[j]! + weight * row[j]! * target;
      for (let k = 0; k <= j; k += 1) gram[j]![k] = gram[j]![k]! + weight * row[j]! * row[k]!;
    }
  }
  // Cholesky, lower: a pivot at or below max(n, p)·ε of its diagonal entry marks a dependent column.
  const lower = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j += 1) {
    let pivot = gram[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= lower[j]![k]! ** 2;
    if (!(pivot > Math.max(n, p) * Number.EPSILON * gram[j]![j]!)) {
      const where = setIndex < 0 ? 'the design of all rows' : `the design of index set ${setIndex}`;
      throw new RankDeficiencyError(
        name,
        `requires ${where} to have full column rank (column ${j} depends on the earlier ones)`,
        [j],
      );
    }
    const root = Math.sqrt(pivot);
    lower[j]![j] = root;
    for (let i = j + 1; i < p; i += 1) {
      let sum = gram[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= lower[i]![k]! * lower[j]![k]!;
      lower[i]![j] = sum / root;
    }
  }
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let sum = right[i]!;
    for (let k = 0; k < i; k += 1) sum -= lower[i]![k]! * z[k]!;
    z[i] = sum / lower[i]![i]!;
  }
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = z[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= lower[k]![i]! * b[k]!;
    b[i] = sum / lower[i]![i]!;
  }
  // A coefficient below the normal range (x near 1e200, y near 1e−200) is refused, not 0.
  return b.map((value, j) =>
    checkRepresentable(
      name,
      'the coefficients',
      (value / (data.norms[j]! || 1)) * yScale,
      value !== 0,
    ),
  );
}

/** Σ wᵢ(yᵢ − xᵢᵀb)² / n, through a scaled norm so that neither overflow nor underflow hides. */
function weightedMse(
  name: string,
  data: Design,
  coefficients: readonly number[],
  weights: readonly number[],
): number {
  const scaledResiduals: number[] = [];
  for (let i = 0; i < data.n; i += 1) {
    const weight = weights[i]!;
    if (weight === 0) continue;
    const row = data.rows[i]!;
    let fitted = 0;
    for (let j = 0; j < data.p; j += 1)
      fitted += row[j]! * (data.norms[j]! || 1) * coefficients[j]!;
    scaledResiduals.push(Math.sqrt(weight) * (data.y[i]! - fitted));
  }
  const root = normOf(scaledResiduals) / Math.sqrt(data.n);
  const mse = root * root;
  if (!Number.isFinite(mse) || (mse < 2 ** -1022 && root > 0)) {
    throw new NonFiniteValueError(
      name,
      `cannot represent the mean squared error: the data ${Number.isFinite(mse) ? 'underflow' : 'overflow'} double precision (got ${mse})`,
    );
  }
  return mse;
}

// ---- validation -------------------------------------------------------------------------------

/** Each index set as a count per row, after the same checks as the reference. */
function countsOf(name: string, indexSets: unknown, n: number, minimum: number): number[][] {
  if (!Array.isArray(indexSets)) {
    throw new InvalidArgumentError(name, 'requires indexSets to be an array of index arrays');
  }
  if (indexSets.length === 0) {
    throw new EmptyInputError(name, 'requires at least one index set in indexSets (got 0)');
  }
  if (indexSets.length < minimum) {
    throw new InvalidArgumentError(
      name,
      `requires at least ${minimum} index sets in indexSets (got ${indexSets.length})`,
    );
  }
  return indexSets.map((set: unknown, b) => {
    const indices = checkVector(name, `indexSets[${b}]`, set);
    if (indices.length !== n) {
      throw new ShapeMismatchError(
        name,
        `requires indexSets[${b}] to hold n = ${n} indices (got ${indices.length})`,
      );
    }
    const count = new Array<number>(n).fill(0);
    for (const index of indices) {
      if (!Number.isInteger(index) || index < 0 || index >= n) {
        throw new InvalidArgumentError(
          name,
          `requires every index in indexSets[${b}] to be an integer from 0 to ${n - 1} (got ${index})`,
        );
      }
      count[index] = count[index]! + 1;
    }
    return count;
  });
}

function finite(name: string, what: string, values: readonly number[]): void {
  const bad = values.find((value) => !Number.isFinite(value));
  if (bad !== undefined) {
    throw new NonFiniteValueError(
      name,
      `cannot represent ${what}: the data overflow double precision (got ${bad})`,
    );
  }
}
