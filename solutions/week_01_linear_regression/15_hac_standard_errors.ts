/**
 * Kata 01.15 — A remedy for autocorrelation: Newey–West HAC standard errors
 *
 * When successive errors are correlated (A5 fails) the OLS coefficients stay unbiased, but the
 * classical covariance s²(XᵀX)⁻¹, and kata 01.10's HC sandwiches with it, ignore the covariances
 * between rows. How much that understates a coefficient's variance depends on its regressor:
 * about 1 + 2Σₖρₓ(k)ρₑ(k) (Moulton), so the intercept and any autocorrelated regressor suffer.
 * The heteroscedasticity-and-autocorrelation-consistent (HAC) sandwich of Newey and West (1987)
 * keeps the bread (XᵀX)⁻¹ and adds to the meat the cross-products of the scores xₜeₜ up to a lag
 * L, down-weighted by the Bartlett kernel so that the estimate stays positive semi-definite.
 *
 * Theory: theory/week_01_linear_regression.md#newey-west-hac-standard-errors
 *
 * Implement (the rows of X are in time order; X never holds the constant column;
 * `intercept: true`, the default, adds it; p counts the columns fitted, the constant included):
 * - `bartlettWeights(lag)`: the L + 1 Bartlett weights w_l = 1 − l/(L + 1) for l = 0, 1, …, L
 *   (w₀ = 1; the first lag beyond L would get weight 0).
 * - `neweyWestLag(n)`: the rule-of-thumb lag floor(4·(n/100)^(2/9)) of Newey and West (1994),
 *   statsmodels' default (`nlags=None`); 4 at n = 100.
 * - `neweyWestCovariance(X, y, { lag = neweyWestLag(n), adjust = false, intercept })`: the OLS
 *   coefficients and the Newey–West covariance (XᵀX)⁻¹ · n·Ŝ · (XᵀX)⁻¹, multiplied by n/(n − p)
 *   when `adjust` is true, where Ŝ = Γ₀ + Σ_{l=1..L} w_l (Γ_l + Γ_lᵀ) is the long-run covariance
 *   of the scores, Γ_l = (1/n) Σ_{t=l+1..n} e_t e_{t−l} x_t x_{t−l}ᵀ, x_t the row of the design
 *   as fitted (constant included) and e the OLS residuals. lag = 0 gives HC0 (HC1 with adjust).
 *   Returns coefficients, covariance (p × p), standardErrors (intercept first), the lag used and
 *   longRunCovariance = Ŝ (p × p, never adjusted).
 *   The lab's convention in R: sandwich::NeweyWest(fit, lag = L, prewhite = FALSE,
 *   adjust = FALSE), and Ŝ = sandwich::meatHAC(fit, weights = 1 − (0:L)/(L + 1), adjust = FALSE).
 *   R's own defaults differ: prewhite = TRUE (a VAR(1) filter of the scores first) and
 *   lag = floor(bwNeweyWest(fit)), a data-driven lag.
 *
 * Errors: an empty X or y, or no more rows than coefficients, EmptyInputError; mismatched
 * lengths or ragged rows ShapeMismatchError; NaN or ±Infinity NonFiniteValueError, and also a
 * result that double precision cannot represent (data at extreme scales: a coefficient or
 * covariance entry that overflows, or a non-zero one that underflows to 0); a lag that is not
 * an integer in [0, n − 1] (in [0, LIMITS.rows] for bartlettWeights), an n that is not an
 * integer in [1, LIMITS.rows], a non-boolean adjust or intercept InvalidArgumentError; a
 * rank-deficient design RankDeficiencyError. Every message starts with the function called.
 *
 * @example
 * bartlettWeights(3); // [1, 0.75, 0.5, 0.25]
 * neweyWestLag(100); // 4
 * neweyWestCovariance([[0], [1], [2], [3], [4]], [1, 2, 2, 5, 4], { lag: 1 }).covariance[1][1];
 * // 79/5000 = 0.0158 (HC0, lag 0, gives 157/5000: the negative lag-1 products cancel half of it)
 */
import { EmptyInputError, NonFiniteValueError } from '../../helpers/errors';
import { fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import {
  checkBoolean,
  checkCount,
  checkMatrix,
  checkOptions,
  checkSameLength,
  checkVector,
  LIMITS,
  type MatrixInput,
} from '../../helpers/validation';

export interface NeweyWestOptions {
  /** Bartlett truncation lag L, an integer in [0, n − 1]. Default neweyWestLag(n). */
  readonly lag?: number;
  /** Multiply the covariance by n/(n − p) (R's adjust = TRUE). Default false. */
  readonly adjust?: boolean;
  /** Add the constant column. Default true. */
  readonly intercept?: boolean;
}

export interface NeweyWestCovariance {
  /** OLS estimates, intercept first when present: unchanged by the choice of covariance. */
  readonly coefficients: number[];
  /** p × p: (XᵀX)⁻¹ nŜ (XᵀX)⁻¹, times n/(n − p) when adjusted. */
  readonly covariance: number[][];
  /** √diag(covariance). */
  readonly standardErrors: number[];
  /** The truncation lag L used (the default's value when none was given). */
  readonly lag: number;
  /** Ŝ = Γ₀ + Σ w_l(Γ_l + Γ_lᵀ), p × p, per observation (R meatHAC, adjust = FALSE). */
  readonly longRunCovariance: number[][];
}

export function bartlettWeights(lag: number): number[] {
  const L = checkCount('bartlettWeights', 'lag', lag, { min: 0, max: LIMITS.rows });
  return Array.from({ length: L + 1 }, (_, l) => 1 - l / (L + 1));
}

export function neweyWestLag(n: number): number {
  const count = checkCount('neweyWestLag', 'n', n, { min: 1, max: LIMITS.rows });
  // statsmodels' expression, np.floor(4 * (n / 100.) ** (2. / 9.)), operation for operation.
  return Math.floor(4 * (count / 100) ** (2 / 9));
}

/** v·2^exponent, in steps that cannot overflow on the way: exact unless the result does. */
function timesPowerOfTwo(value: number, exponent: number): number {
  if (exponent === 0) return value;
  let result = value;
  let left = exponent;
  while (left > 1000) {
    result *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    result *= 2 ** -1000;
    left += 1000;
  }
  return result * 2 ** left;
}

/** R⁻¹ of an upper-triangular R, by back substitution column by column. */
function invertUpper(r: readonly (readonly number[])[]): number[][] {
  const p = r.length;
  const result = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let column = 0; column < p; column += 1) {
    for (let i = column; i >= 0; i -= 1) {
      const row = r[i] as number[];
      let sum = i === column ? 1 : 0;
      for (let j = i + 1; j <= column; j += 1) {
        sum -= (row[j] as number) * ((result[j] as number[])[column] as number);
      }
      (result[i] as number[])[column] = sum / (row[i] as number);
    }
  }
  return result;
}

export function neweyWestCovariance(
  X: MatrixInput,
  y: readonly number[],
  options: NeweyWestOptions = {},
): NeweyWestCovariance {
  const name = 'neweyWestCovariance';
  checkOptions(name, options);
  const intercept = options.intercept ?? true;
  const adjust = checkBoolean(name, 'adjust', options.adjust ?? false);
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets', targets.length);
  const n = rows.length;
  const raw = rows.map((row) => (intercept ? [1, ...row] : row));
  const p = (raw[0] as number[]).length;
  if (n <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients (got ${n} rows for ${p} coefficients)`,
    );
  }
  const lag =
    options.lag === undefined
      ? neweyWestLag(n)
      : checkCount(name, 'lag', options.lag, { min: 0, max: n - 1 });

  // Work in units where every column and y are of order one (powers of two: exact), so that
  // e²x² cannot overflow at 10^±200; the answer is scaled back at the end.
  const columnExponents = Array.from({ length: p }, (_, j) =>
    Math.round(Math.log2(powerOfTwoScaleOf(raw.map((row) => row[j] as number)))),
  );
  const yExponent = Math.round(Math.log2(powerOfTwoScaleOf(targets)));
  const design = raw.map((row) =>
    row.map((value, j) => timesPowerOfTwo(value, -(columnExponents[j] as number))),
  );
  const fit = fitLeastSquares(
    name,
    design,
    targets.map((value) => timesPowerOfTwo(value, -yExponent)),
  );

  // Scores g_t = x_t e_t, stored by column; Γ_l's (a, b) entry is (1/n)Σ_{t>l} g_a[t]·g_b[t − l].
  // Ŝ = Γ₀ + Σ_{l=1..L} w_l (Γ_l + Γ_lᵀ).
  const scores = Array.from({ length: p }, (_, j) => {
    const column = new Float64Array(n);
    for (let t = 0; t < n; t += 1)
      column[t] = ((design[t] as number[])[j] as number) * (fit.residuals[t] as number);
    return column;
  });
  const lagged = (a: Float64Array, b: Float64Array, l: number): number => {
    let sum = 0;
    for (let t = l; t < n; t += 1) sum += (a[t] as number) * (b[t - l] as number);
    return sum;
  };
  const weights = bartlettWeights(lag);
  // Γ_l + Γ_lᵀ is symmetric: each entry is computed once, for a ≤ b, and mirrored.
  const meat = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  scores.forEach((first, a) => {
    for (let b = a; b < p; b += 1) {
      const second = scores[b] as Float64Array;
      let sum = lagged(first, second, 0);
      for (let l = 1; l <= lag; l += 1)
        sum += (weights[l] as number) * (lagged(first, second, l) + lagged(second, first, l));
      (meat[a] as number[])[b] = sum / n;
      (meat[b] as number[])[a] = sum / n;
    }
  });

  // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ from X = QR, never XᵀX itself.
  const rInverse = invertUpper(fit.triangularFactor);
  const bread = rInverse.map((rowA) =>
    rInverse.map((rowB) => rowA.reduce((sum, value, k) => sum + value * (rowB[k] as number), 0)),
  );
  const scale = n * (adjust ? n / (n - p) : 1);
  const breadMeat = bread.map((row) =>
    meat.map((_, b) =>
      row.reduce((sum, value, k) => sum + value * ((meat[k] as number[])[b] as number), 0),
    ),
  );
  const scaledCovariance = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let a = 0; a < p; a += 1) {
    for (let b = a; b < p; b += 1) {
      const value =
        scale *
        (breadMeat[a] as number[]).reduce(
          (sum, entry, k) => sum + entry * ((bread[k] as number[])[b] as number),
          0,
        );
      (scaledCovariance[a] as number[])[b] = value;
      (scaledCovariance[b] as number[])[a] = value;
    }
  }

  // Back to the data's units: b_j·2^(y − j), V_jk·2^(2y − j − k), Ŝ_jk·2^(2y + j + k).
  const unscale = (value: number, exponent: number, what: string): number => {
    const result = timesPowerOfTwo(value, exponent);
    if (!Number.isFinite(result) || (value !== 0 && Math.abs(result) < 2 ** -1022)) {
      throw new NonFiniteValueError(
        name,
        `cannot represent ${what} in double precision (got ${result} from ${value}·2^${exponent}); rescale the inputs, e.g. divide y or a column by a power of ten`,
      );
    }
    return result;
  };
  const e = (j: number): number => columnExponents[j] as number;
  const coefficients = fit.coefficients.map((value, j) =>
    unscale(value, yExponent - e(j), 'the coefficients'),
  );
  const covariance = scaledCovariance.map((row, a) =>
    row.map((value, b) => unscale(value, 2 * yExponent - e(a) - e(b), 'the covariance')),
  );
  const longRunCovariance = meat.map((row, a) =>
    row.map((value, b) =>
      unscale(value, 2 * yExponent + e(a) + e(b), 'the long-run covariance of the scores'),
    ),
  );
  const standardErrors = scaledCovariance.map((row, j) =>
    unscale(Math.sqrt(Math.max(0, row[j] as number)), yExponent - e(j), 'the standard errors'),
  );
  return { coefficients, covariance, standardErrors, lag, longRunCovariance };
}
