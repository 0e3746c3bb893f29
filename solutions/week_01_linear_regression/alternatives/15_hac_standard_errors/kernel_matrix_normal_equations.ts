/**
 * Alternative for kata 01.15 — the kernel matrix Gᵀ K G and Cholesky normal equations
 *
 * @method nŜ is formed in one product Gᵀ K G, with G the n × p matrix of scores xₜeₜ and K the
 * n × n Bartlett kernel matrix K_ts = max(0, 1 − |t − s|/(L + 1)), instead of summing lagged
 * cross-products lag by lag; OLS and (XᵀX)⁻¹ come from a Cholesky factorisation of the normal
 * equations (columns scaled to unit root mean square), not from Householder QR.
 */
import {
  EmptyInputError,
  NonFiniteValueError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import {
  checkBoolean,
  checkCount,
  checkMatrix,
  checkOptions,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import {
  neweyWestLag,
  type NeweyWestCovariance,
  type NeweyWestOptions,
} from '../../15_hac_standard_errors';

export * from '../../15_hac_standard_errors';

const NAME = 'neweyWestCovariance';

/** Lower-triangular C with CCᵀ = A; a pivot that vanishes relative to its diagonal is rank loss. */
function cholesky(a: number[][]): number[][] {
  const p = a.length;
  const c = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j += 1) {
    let pivot = a[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= c[j]![k]! ** 2;
    if (!(pivot > 1e-10 * a[j]![j]!)) {
      throw new RankDeficiencyError(
        NAME,
        `requires a design of full column rank (column ${j} of the fitted design depends on the others)`,
        [j],
      );
    }
    const root = Math.sqrt(pivot);
    c[j]![j] = root;
    for (let i = j + 1; i < p; i += 1) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= c[i]![k]! * c[j]![k]!;
      c[i]![j] = sum / root;
    }
  }
  return c;
}

/** A⁻¹ from its Cholesky factor: solve CCᵀx = e_j for each unit vector. */
function inverseFromCholesky(c: number[][]): number[][] {
  const p = c.length;
  const columns = Array.from({ length: p }, (_, j) => {
    const z = new Array<number>(p).fill(0);
    for (let i = 0; i < p; i += 1) {
      let sum = i === j ? 1 : 0;
      for (let k = 0; k < i; k += 1) sum -= c[i]![k]! * z[k]!;
      z[i] = sum / c[i]![i]!;
    }
    const x = new Array<number>(p).fill(0);
    for (let i = p - 1; i >= 0; i -= 1) {
      let sum = z[i]!;
      for (let k = i + 1; k < p; k += 1) sum -= c[k]![i]! * x[k]!;
      x[i] = sum / c[i]![i]!;
    }
    return x;
  });
  return columns.map((_, i) => columns.map((column) => column[i]!));
}

const multiply = (a: number[][], b: number[][]): number[][] =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((sum, value, k) => sum + value * b[k]![j]!, 0)));

/** Root mean square, or 1 for a vector of zeros. */
function rms(values: readonly number[]): number {
  const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (largest === 0) return 1;
  const mean = values.reduce((sum, v) => sum + (v / largest) ** 2, 0) / values.length;
  return largest * Math.sqrt(mean);
}

export function neweyWestCovariance(
  X: MatrixInput,
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  checkOptions(NAME, options);
  const intercept = options.intercept ?? true;
  const adjust = checkBoolean(NAME, 'adjust', options.adjust ?? false);
  const rows = checkMatrix(NAME, 'X', X);
  const targets = checkVector(NAME, 'y', y);
  checkSameLength(NAME, 'rows of X', rows.length, 'targets', targets.length);
  const n = rows.length;
  const raw = rows.map((row) => (intercept ? [1, ...row] : row));
  const p = raw[0]!.length;
  if (n <= p) {
    throw new EmptyInputError(
      NAME,
      `requires more rows than coefficients (got ${n} rows for ${p} coefficients)`,
    );
  }
  const lag =
    options.lag === undefined
      ? neweyWestLag(n)
      : checkCount(NAME, 'lag', options.lag, { min: 0, max: n - 1 });

  // Unit root-mean-square columns and y: the normal equations then hold numbers of order one.
  const scales = Array.from({ length: p }, (_, j) => rms(raw.map((row) => row[j]!)));
  const yScale = rms(targets);
  const design = raw.map((row) => row.map((value, j) => value / scales[j]!));
  const response = targets.map((value) => value / yScale);

  const gram = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => design.reduce((sum, row) => sum + row[a]! * row[b]!, 0)),
  );
  const bread = inverseFromCholesky(cholesky(gram));
  const xty = Array.from({ length: p }, (_, a) =>
    design.reduce((sum, row, t) => sum + row[a]! * response[t]!, 0),
  );
  const coefficients = bread.map((row) => row.reduce((sum, value, k) => sum + value * xty[k]!, 0));
  const residuals = design.map(
    (row, t) => response[t]! - row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0),
  );

  // G (n × p) scores, K (n × n) Bartlett kernel: nŜ = Gᵀ K G.
  const scores = design.map((row, t) => row.map((value) => value * residuals[t]!));
  const kernel = (distance: number): number => Math.max(0, 1 - distance / (lag + 1));
  const kernelScores = scores.map((_, t) =>
    Array.from({ length: p }, (_, j) => {
      let sum = 0;
      for (let s = Math.max(0, t - lag); s <= Math.min(n - 1, t + lag); s += 1)
        sum += kernel(Math.abs(t - s)) * scores[s]![j]!;
      return sum;
    }),
  );
  const longRunTimesN = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) =>
      scores.reduce((sum, row, t) => sum + row[a]! * kernelScores[t]![b]!, 0),
    ),
  );
  const factor = adjust ? n / (n - p) : 1;
  const scaledCovariance = multiply(multiply(bread, longRunTimesN), bread).map((row) =>
    row.map((value) => value * factor),
  );

  // Back to the data's units; a value that overflows, or a non-zero one that underflows to the
  // subnormal range or 0, cannot be represented and is refused rather than returned.
  const representable = (scaled: number, value: number, what: string): number => {
    if (!Number.isFinite(value) || (scaled !== 0 && Math.abs(value) < 2 ** -1022)) {
      throw new NonFiniteValueError(
        NAME,
        `cannot represent ${what} in double precision (got ${value}); rescale the inputs`,
      );
    }
    return value;
  };
  const s = (j: number): number => scales[j]!;
  const coefficientsOut = coefficients.map((value, j) =>
    representable(value, (value * yScale) / s(j), 'the coefficients'),
  );
  const covariance = scaledCovariance.map((row, a) =>
    row.map((value, b) =>
      representable(value, ((value * yScale) / s(a)) * (yScale / s(b)), 'the covariance'),
    ),
  );
  const longRunCovariance = longRunTimesN.map((row, a) =>
    row.map((value, b) =>
      representable(
        value,
        (value / n) * yScale * s(a) * yScale * s(b),
        'the long-run covariance of the scores',
      ),
    ),
  );
  return {
    coefficients: coefficientsOut,
    covariance,
    standardErrors: scaledCovariance.map(
      (row, j) => (Math.sqrt(Math.max(0, row[j]!)) * yScale) / s(j),
    ),
    lag,
    longRunCovariance,
  };
}
