/**
 * Kata 01.06 — Inference
 *
 * A fitted line is an estimate; inference says how far to trust it. With p coefficients (the
 * intercept counted) the residuals keep n − p degrees of freedom, so s² = RSS/(n − p) is the
 * unbiased estimate of the error variance, the standard errors are sqrt(s²·diag((XᵀX)⁻¹)), each
 * t = b/se is compared with Student's t on n − p degrees of freedom, and the overall F test
 * compares the model with the intercept-only model. Each number leans on an assumption:
 * unbiased coefficients on exogeneity, valid standard errors on homoscedastic uncorrelated
 * errors, exact t and F distributions on normal errors.
 *
 * Theory: theory/week_01_linear_regression.md#inference
 *
 * Implement (conventions of R `lm` and statsmodels OLS, docs/api/week_01_linear_regression.md):
 * - `fitOLS(X, y, { intercept = true })`: X holds the predictors only; with `intercept` the
 *   constant column is prepended and its coefficient comes first. Every field of `OLSFit`
 *   below. R² is centered (1 − RSS/Σ(y − ȳ)²) with an intercept and uncentered (1 − RSS/Σy²)
 *   without; adjusted R² is 1 − (1 − R²)(n − k)/(n − p) with k = 1 with an intercept and 0
 *   without; F compares with the intercept-only model (the zero model without an intercept)
 *   on dfModel = p − k and dfResidual = n − p degrees of freedom. `conditionNumber` is
 *   σmax/σmin of the design as fitted (constant column included, unscaled).
 * - `fitPolynomial(x, y, degree, options)`: the same fit on the powers x¹ … x^degree (x⁰ too
 *   with an intercept), formed inside.
 * - `confidenceIntervals(fit, level)`: b ± t(1 − (1 − level)/2; n − p)·se, one per coefficient,
 *   read from `fit.coefficients`, `fit.standardErrors` and `fit.dfResidual` (a fit object may
 *   come from elsewhere, so those are checked too).
 * p-values (t and F) are upper-tail probabilities that keep their relative accuracy far into the
 * tail: 1e-98 must not come out as 0, as 1 − CDF would make it. No function changes its inputs.
 * A perfect fit (RSS = 0) is reported, not refused: standard errors 0, t = ±Infinity (0 for a
 * coefficient that is exactly 0), p-values 0 (1), F = Infinity; never NaN.
 *
 * Errors (helpers/errors.ts, helpers/validation.ts): empty input EmptyInputError; as many rows
 * as coefficients or fewer (no residual degrees of freedom) EmptyInputError; mismatched
 * lengths ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; a design without full
 * column rank RankDeficiencyError naming the dependent columns of the fitted design (constant
 * column = 0); constant targets (R² undefined), a non-integer or non-positive degree, a level
 * outside (0, 1) or a non-boolean `intercept` InvalidArgumentError. `confidenceIntervals` also
 * throws InvalidArgumentError for a fit whose `dfResidual` is not a positive integer (0 or 2.5,
 * say), NonFiniteValueError for a non-finite coefficient or standard error, and
 * ShapeMismatchError when the two arrays differ in length. Messages start with the name of the
 * function called.
 *
 * Tools: helpers/least_squares.ts `fitLeastSquaresAccurate(name, design, y)` solves by
 * Householder QR (redone in double-double when the problem is ill-conditioned) and returns
 * diag((XᵀX)⁻¹) without inverting XᵀX, and the factor R of X = QR, whose singular values are
 * those of X; `fitPolynomialAccurate` forms the powers itself, in extended precision.
 * helpers/distributions.ts has `studentTTwoSidedPValue`, `fSurvival` and `studentTQuantile`;
 * helpers/linalg.ts has `singularValues`.
 *
 * @example
 * const fit = fitOLS([[1], [2], [3], [4], [5]], [2, 4, 5, 4, 5]);
 * fit.coefficients; // [2.2, 0.6]
 * fit.sigma; // sqrt(2.4 / 3) = 0.894…
 * fit.rSquared; // 0.6
 * fit.fStatistic; // 4.5, the square of the slope's t = 0.6 / sqrt(0.08)
 * confidenceIntervals(fit, 0.95)[1]; // { lower: 0.6 − 3.182…·0.283, upper: 0.6 + 3.182…·0.283 }
 */
import { fSurvival, studentTQuantile, studentTTwoSidedPValue } from '../../helpers/distributions';
import { EmptyInputError, InvalidArgumentError } from '../../helpers/errors';
import {
  fitLeastSquaresAccurate,
  fitPolynomialAccurate,
  type LeastSquaresFit,
  powerOfTwoScaleOf,
} from '../../helpers/least_squares';
import { singularValues } from '../../helpers/linalg';
import {
  checkRows,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
  checkNoOverflow,
  checkOptions,
  maxOf,
  minOf,
  checkCount,
  LIMITS,
} from '../../helpers/validation';

export interface OLSOptions {
  /** Prepend the constant column (default true). */
  readonly intercept?: boolean;
}

/** An ordinary least-squares fit with the inference R `summary.lm` prints. */
export interface OLSFit {
  /** Least-squares estimates, the intercept first when there is one. */
  readonly coefficients: number[];
  /** sqrt of the diagonal of s²(XᵀX)⁻¹, s² = RSS/(n − p). */
  readonly standardErrors: number[];
  /** coefficient / standard error. */
  readonly tValues: number[];
  /** Two-sided Student-t p-values on n − p degrees of freedom. */
  readonly pValues: number[];
  /** ŷ = Xb. */
  readonly fitted: number[];
  /** y − ŷ. */
  readonly residuals: number[];
  /** Residual sum of squares Σ(y − ŷ)². */
  readonly rss: number;
  /** Residual standard deviation sqrt(RSS/(n − p)). */
  readonly sigma: number;
  /** Centered with an intercept, uncentered (against Σy²) without. */
  readonly rSquared: number;
  /** 1 − (1 − R²)(n − k)/(n − p), k = 1 with an intercept and 0 without. */
  readonly adjustedRSquared: number;
  /** Overall F against the intercept-only model (the zero model without an intercept). */
  readonly fStatistic: number;
  /** P(F(dfModel, dfResidual) > fStatistic). */
  readonly fPValue: number;
  /** p − k. */
  readonly dfModel: number;
  /** n − p. */
  readonly dfResidual: number;
  /** σmax/σmin of the design actually fitted (constant column included, unscaled). */
  readonly conditionNumber: number;
  /** Whether the constant column was fitted. */
  readonly intercept: boolean;
}

/** A two-sided confidence interval for one coefficient. */
export interface ConfidenceInterval {
  readonly lower: number;
  readonly upper: number;
}

function readIntercept(functionName: string, options: OLSOptions | undefined): boolean {
  const intercept: unknown = checkOptions(functionName, options).intercept ?? true;
  if (typeof intercept !== 'boolean') {
    throw new InvalidArgumentError(
      functionName,
      `requires options.intercept to be true or false (got ${String(intercept)})`,
    );
  }
  return intercept;
}

/** b/se with the perfect-fit convention: ±Infinity, or 0 for a coefficient that is exactly 0. */
function tRatio(coefficient: number, standardError: number): number {
  if (standardError > 0) return coefficient / standardError;
  return coefficient === 0 ? 0 : Math.sign(coefficient) * Number.POSITIVE_INFINITY;
}

/** σmax/σmin of a matrix. */
function conditionOf(rows: readonly (readonly number[])[]): number {
  // κ is unchanged by a common power-of-two factor, which keeps the SVD clear of overflow.
  const scale = powerOfTwoScaleOf(rows.flat());
  const singular = singularValues(rows.map((row) => row.map((value) => value / scale)));
  return maxOf(singular) / minOf(singular);
}

/**
 * Everything but the solve, shared by fitOLS and fitPolynomial: `p` coefficients are fitted
 * by `solve` (called only once the inputs are known to leave residual degrees of freedom).
 */
function fitAndInfer(
  functionName: string,
  p: number,
  y: readonly number[],
  intercept: boolean,
  solve: () => LeastSquaresFit,
): OLSFit {
  const n = y.length;
  if (n <= p) {
    // n = p fits every point exactly and leaves no residual degree of freedom to estimate σ².
    throw new EmptyInputError(
      functionName,
      `requires more rows than fitted coefficients to estimate the error variance (got ${n} rows and ${p} coefficients)`,
    );
  }
  // The reference sum of squares: about the mean with an intercept, about zero without.
  const mean = intercept ? y.reduce((sum, value) => sum + value, 0) / n : 0;
  const totalSum = y.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  checkNoOverflow(functionName, 'the total sum of squares', [totalSum]);
  if (totalSum === 0) {
    throw new InvalidArgumentError(
      functionName,
      `requires targets that vary ${intercept ? 'about their mean' : 'from zero'}, so that R² and F are defined (got ${n} targets all equal to ${y[0]})`,
    );
  }

  const solved = solve();
  const k = intercept ? 1 : 0;
  const dfResidual = n - p;
  const dfModel = p - k;
  const { rss } = solved;
  // Unbiased: E[RSS] = σ²(n − p), because the residuals live in an (n − p)-dimensional space.
  const variance = rss / dfResidual;
  const standardErrors = solved.inverseGramRootDiagonal.map((root) => Math.sqrt(variance) * root);
  const tValues = solved.coefficients.map((b, j) => tRatio(b, standardErrors[j]!));
  const pValues = tValues.map((t) => studentTTwoSidedPValue(t, dfResidual));

  const rSquared = 1 - rss / totalSum;
  const adjustedRSquared = 1 - ((1 - rSquared) * (n - k)) / dfResidual;
  // F = (explained SS / dfModel) / s²; with an intercept dfModel ≥ 1 since X has a column. A
  // perfect fit (s² = 0) explains everything, and varying targets make that positive: F = +∞.
  const explained = Math.max(totalSum - rss, 0);
  const fStatistic = explained / dfModel / variance;
  const fPValue = fSurvival(fStatistic, dfModel, dfResidual);
  let conditionNumber: number | undefined;

  return {
    coefficients: solved.coefficients,
    standardErrors,
    tValues,
    pValues,
    fitted: solved.fitted,
    residuals: solved.residuals,
    rss,
    sigma: Math.sqrt(variance),
    rSquared,
    adjustedRSquared,
    fStatistic,
    fPValue,
    dfModel,
    dfResidual,
    // Computed on first use (an SVD costs as much as the fit, and Monte Carlo loops rarely ask).
    // X = QR with Q orthonormal, so X and R share their singular values: a p × p SVD suffices.
    get conditionNumber() {
      conditionNumber ??= conditionOf(solved.triangularFactor);
      return conditionNumber;
    },
    intercept,
  };
}

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const name = 'fitOLS';
  // Checked, not copied: the solver copies the rows into its own layout (the constant column
  // in front when `intercept`), and nothing here keeps them.
  const rows = checkRows(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const intercept = readIntercept(name, options);
  const p = rows[0]!.length + (intercept ? 1 : 0);
  // The accurate solver redoes ill-conditioned problems (Longley) in double-double arithmetic.
  return fitAndInfer(name, p, targets, intercept, () =>
    fitLeastSquaresAccurate(name, rows, targets, { intercept }),
  );
}

export function fitPolynomial(
  x: readonly number[],
  y: readonly number[],
  degree: number,
  options?: OLSOptions,
): OLSFit {
  const name = 'fitPolynomial';
  const values = checkVector(name, 'x', x);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'x values', values.length, 'targets', targets.length);
  checkCount(name, 'degree', degree, { min: 1, max: LIMITS.degree });
  const intercept = readIntercept(name, options);
  // The powers are formed inside the solver in double-double: rounding x^k to double before an
  // ill-conditioned solve (NIST Filip) would already cost about half the digits.
  return fitAndInfer(name, degree + (intercept ? 1 : 0), targets, intercept, () =>
    fitPolynomialAccurate(name, values, targets, degree, intercept),
  );
}

export function confidenceIntervals(fit: OLSFit, level: number): ConfidenceInterval[] {
  const name = 'confidenceIntervals';
  checkOptions(name, fit, 'fit');
  checkNumber(name, 'level', level);
  if (!(level > 0 && level < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires a confidence level strictly between 0 and 1 (got ${level})`,
    );
  }
  const coefficients = checkVector(name, 'fit.coefficients', fit.coefficients);
  const standardErrors = checkVector(name, 'fit.standardErrors', fit.standardErrors);
  checkSameLength(
    name,
    'coefficients',
    coefficients.length,
    'standard errors',
    standardErrors.length,
  );
  checkNumber(name, 'fit.dfResidual', fit.dfResidual, { integer: true, min: 1 });
  // Student's t, not the normal: s estimates σ, and its own uncertainty widens the interval.
  const critical = studentTQuantile(1 - (1 - level) / 2, fit.dfResidual);
  return coefficients.map((b, j) => {
    const halfWidth = critical * standardErrors[j]!;
    return { lower: b - halfWidth, upper: b + halfWidth };
  });
}
