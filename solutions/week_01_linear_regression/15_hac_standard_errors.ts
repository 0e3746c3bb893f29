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
import { EmptyInputError } from '../../helpers/errors';
import { columnScales, fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import { invertUpperTriangular, sandwich } from '../../helpers/linalg';
import {
  checkBoolean,
  checkCount,
  checkMatrix,
  checkOptions,
  checkSameLength,
  checkVector,
  LIMITS,
  type MatrixInput,
  scaleBack,
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
  const p = raw[0]!.length;
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

  // As in kata 01.10: fitted in units of a power of two per column and for y (exact), so that
  // e²x² cannot overflow at 10^±200; the answer is scaled back at the end.
  const columnScale = columnScales(raw);
  const yScale = powerOfTwoScaleOf(targets);
  const design = raw.map((row) => row.map((value, j) => value / columnScale[j]!));
  const fit = fitLeastSquares(
    name,
    design,
    targets.map((value) => value / yScale),
  );

  // Scores g_t = x_t e_t, stored by column; Γ_l's (a, b) entry is (1/n)Σ_{t>l} g_a[t]·g_b[t − l].
  // Ŝ = Γ₀ + Σ_{l=1..L} w_l (Γ_l + Γ_lᵀ).
  const scores = Array.from({ length: p }, (_, j) =>
    design.map((row, t) => row[j]! * fit.residuals[t]!),
  );
  const lagged = (a: readonly number[], b: readonly number[], l: number): number => {
    let sum = 0;
    for (let t = l; t < n; t += 1) sum += a[t]! * b[t - l]!;
    return sum;
  };
  const weights = bartlettWeights(lag);
  const meat = scores.map((first) =>
    scores.map((second) => {
      let sum = lagged(first, second, 0);
      for (let l = 1; l <= lag; l += 1)
        sum += weights[l]! * (lagged(first, second, l) + lagged(second, first, l));
      return sum / n;
    }),
  );

  // Kata 01.10's sandwich with n·Ŝ as the meat: (XᵀX)⁻¹ = R⁻¹·I·R⁻ᵀ from X = QR, never XᵀX.
  const rInverse = invertUpperTriangular(fit.triangularFactor);
  const bread = sandwich(
    rInverse,
    rInverse.map((_, a) => rInverse.map((__, b) => (a === b ? 1 : 0))),
  );
  const scale = n * (adjust ? n / (n - p) : 1);
  const scaledCovariance = sandwich(bread, meat).map((row) => row.map((value) => scale * value));

  // Back to the data's units: b_j·y/x_j, V_ab·y²/(x_a·x_b), Ŝ_ab·y²·x_a·x_b.
  const x = (j: number): number => columnScale[j]!;
  return {
    coefficients: fit.coefficients.map((value, j) =>
      scaleBack(name, 'the coefficients', value, yScale, 1 / x(j)),
    ),
    covariance: scaledCovariance.map((row, a) =>
      row.map((value, b) =>
        scaleBack(name, 'the covariance', value, yScale, yScale, 1 / x(a), 1 / x(b)),
      ),
    ),
    standardErrors: scaledCovariance.map((row, j) =>
      scaleBack(name, 'the standard errors', Math.sqrt(Math.max(0, row[j]!)), yScale, 1 / x(j)),
    ),
    lag,
    longRunCovariance: meat.map((row, a) =>
      row.map((value, b) =>
        scaleBack(name, 'the long-run covariance of the scores', value, yScale, yScale, x(a), x(b)),
      ),
    ),
  };
}
