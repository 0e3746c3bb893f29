/**
 * Kata 01.10 — Remedies and the verdict
 *
 * A failed assumption calls for a specific remedy, not for abandoning the model: when the
 * variance of the errors changes (A4), the coefficients are still unbiased and only their
 * standard errors are wrong, so heteroscedasticity-consistent (sandwich) standard errors fix
 * the inference and weighted least squares, when the variances are known, also recovers the
 * lost efficiency; a curved mean (A1) calls for added features or a transformation. The last
 * step turns a fit and its diagnostics into a verdict — accept, modify or reject — with the
 * findings and remedies that justify it.
 *
 * Theory: theory/week_01_linear_regression.md#remedies-and-the-verdict
 * Builds on: katas 01.08 and 01.09
 *
 * Implement (X never holds the constant column; `intercept: true`, the default, adds it):
 * - `robustStandardErrors(X, y, { type = 'HC3', intercept })`: the OLS coefficients with the
 *   covariance (XᵀX)⁻¹ Xᵀ diag(ω) X (XᵀX)⁻¹ of R sandwich::vcovHC: HC0 ω = e², HC1 = HC0 times
 *   n/(n − p), HC2 ω = e²/(1 − h), HC3 ω = e²/(1 − h)², h the leverage; type 'const' is the
 *   classical s²(XᵀX)⁻¹ with s² = RSS/(n − p). Returns coefficients, covariance (p × p) and
 *   standardErrors, intercept first.
 * - `fitWeightedLeastSquares(X, y, weights, { intercept })`: minimise Σ wᵢ(yᵢ − xᵢᵀb)², i.e. OLS
 *   on rows and targets multiplied by √wᵢ, the constant column included (R lm(weights = w)).
 *   Residuals on the original scale; standard errors sqrt(s²·diag((XᵀWX)⁻¹)) with
 *   s² = Σ wᵢeᵢ²/(n − p).
 * - `fitLogLinear(X, y, { intercept })`: OLS of log y; `predictMedian(X)` = exp(xᵀb),
 *   `predictMean(X)` = smearingFactor·exp(xᵀb) with Duan's smearing factor mean(exp(eᵢ)).
 * - `assess({ XTrain, yTrain, XTest, yTest }, { alpha = 0.05, cooksThreshold = 1,
 *   vifThreshold = 10, severeShare = 0.5 })`: fit OLS on the training rows, compare its held-out
 *   MSE with the training-mean baseline's, screen the training fit (kata 01.09, with alpha and
 *   both thresholds), and return `{ verdict, findings, remedies, modelMSE, baselineMSE }`.
 *   Findings, in this order: noImprovementOverBaseline (model MSE ≥ baseline MSE; value =
 *   model MSE/baseline MSE), severeMisspecification (RESET rejects and its added powers explain
 *   at least severeShare of the residual sum of squares, share = F·df1/(F·df1 + df2); value =
 *   share) or else nonlinearity (value = share), then heteroscedasticity, autocorrelation,
 *   heavyTails (value = the test's p-value), highLeverage (the largest Cook's distance; detail
 *   names the row as `row i`, 0-based), multicollinearity (the largest VIF) as the screen flags
 *   them, and extrapolation. The autocorrelation finding also judges each coefficient:
 *   `coefficients` lists those (0 = intercept, then X's columns) whose Moulton factor
 *   (1 + ρₓρₑ)/(1 − ρₓρₑ) exceeds (z₀.₉₇₅/z₀.₉₅)² ≈ 1.42 (a nominal 95% interval covering under
 *   90%), with ρₑ the lag-1 autocorrelation of the training residuals, ρₓ that of the column
 *   (R's acf: Σ(v_t − v̄)(v_{t−1} − v̄)/Σ(v_t − v̄)²) and ρₓ = 1 for the constant.
 *   Extrapolation: pool the training and test rows in one design [1, X; 1, XTest]; K counts the
 *   test rows whose leverage there exceeds every training row's. If the test rows come from the
 *   training population, the n + m rows are exchangeable and P(K ≥ k) = Π_{j<k} (m − j)/
 *   (n + m − j) exactly (one test row: 1/(n + 1)); the finding needs P(K ≥ K_observed) < alpha,
 *   and that tail probability is its value.
 *   Verdict: reject if noImprovementOverBaseline or severeMisspecification is found, else modify
 *   if anything is found, else accept. Remedies, one entry per code in order of first need:
 *   noImprovementOverBaseline → revisitFeatures; severeMisspecification and nonlinearity →
 *   addFeatures (and logTransform when every training y > 0); heteroscedasticity →
 *   hc3StandardErrors, weightedLeastSquares (and logTransform when every y > 0);
 *   autocorrelation → modelDependence; heavyTails → robustRegression; highLeverage →
 *   investigateInfluentialRow; multicollinearity → dropOrCombineColumns; extrapolation →
 *   restrictToDataRange. Each remedy's detail says in words what to do about it, its own text:
 *   two remedies never share a detail.
 *
 * Errors: empty input, or fewer training rows than p + 3 for assess, EmptyInputError;
 * mismatched lengths or a row of the wrong width (ragged X, or a test or prediction row unlike
 * the training X) ShapeMismatchError; NaN or ±Infinity NonFiniteValueError; an unknown
 * covariance type, a weight that is not positive, a y that is not positive for the log fit, a
 * leverage of 1 under HC2 or HC3, an exact training fit in assess and an option out of range
 * (alpha outside [0, 1), severeShare outside [0, 1], cooksThreshold below 0, vifThreshold below
 * 1) InvalidArgumentError; a rank-deficient design RankDeficiencyError; a result beyond double
 * precision (a covariance entry has units y²/(x_a·x_b): near 10^±400 for x near 10^∓200)
 * NonFiniteValueError saying the data overflow. Every result that is a double at 10^±200 is right
 * there (scale the columns and y first). Every message starts with the function called (assess
 * checks its options itself).
 *
 * @example
 * robustStandardErrors([[0], [1], [2], [3], [4]], [1, 2, 2, 5, 4], { type: 'HC0' }).covariance[1][1];
 * // 157/5000: Σ(x − x̄)²e² / Sxx² = 3.14/100
 * fitWeightedLeastSquares([[0], [1], [2], [3], [4]], [1, 2, 2, 5, 4], [1, 2, 1, 4, 2]).coefficients;
 * // [95/82, 40/41]
 */
import { NotImplementedError } from '../../helpers/errors';
import type { MatrixInput } from '../../helpers/validation';

export type CovarianceType = 'const' | 'HC0' | 'HC1' | 'HC2' | 'HC3';

export interface RobustCovariance {
  readonly type: CovarianceType;
  /** OLS estimates, intercept first when present: unchanged by the choice of covariance. */
  readonly coefficients: number[];
  /** p × p. */
  readonly covariance: number[][];
  readonly standardErrors: number[];
}

export interface WeightedFit {
  readonly coefficients: number[];
  readonly standardErrors: number[];
  readonly fitted: number[];
  /** y − ŷ on the original scale. */
  readonly residuals: number[];
  /** s = sqrt(Σ wᵢeᵢ²/(n − p)): the residual SD of a row of weight 1. */
  readonly sigma: number;
}

export interface LogLinearFit {
  /** Coefficients on the log scale, intercept first when present. */
  readonly coefficients: number[];
  /** log y − fitted log y. */
  readonly residuals: number[];
  /** Duan's smearing estimate of E[exp(ε)]: mean(exp(residuals)). */
  readonly smearingFactor: number;
  /** exp(xᵀb): the conditional median of y when the log-scale errors are symmetric. */
  predictMedian(X: MatrixInput): number[];
  /** smearingFactor·exp(xᵀb): the conditional mean of y. */
  predictMean(X: MatrixInput): number[];
}

export type AssessmentVerdict = 'accept' | 'modify' | 'reject';

export type FindingCode =
  | 'noImprovementOverBaseline'
  | 'severeMisspecification'
  | 'nonlinearity'
  | 'heteroscedasticity'
  | 'autocorrelation'
  | 'heavyTails'
  | 'highLeverage'
  | 'multicollinearity'
  | 'extrapolation';

export type RemedyCode =
  | 'revisitFeatures'
  | 'addFeatures'
  | 'logTransform'
  | 'hc3StandardErrors'
  | 'weightedLeastSquares'
  | 'modelDependence'
  | 'robustRegression'
  | 'investigateInfluentialRow'
  | 'dropOrCombineColumns'
  | 'restrictToDataRange';

export interface AssessmentFinding {
  readonly code: FindingCode;
  /** What was seen, with the number behind it, for a human reader. */
  readonly detail: string;
  /** The number behind the finding: a p-value, a statistic, a share or a ratio. */
  readonly value: number;
  /**
   * autocorrelation only: the coefficients (0 = intercept, then X's columns) whose classical
   * standard errors the dependence understates, judged one by one.
   */
  readonly coefficients?: number[];
}

export interface AssessmentRemedy {
  readonly code: RemedyCode;
  /** The first finding that called for it. */
  readonly addresses: FindingCode;
  readonly detail: string;
}

export interface Assessment {
  readonly verdict: AssessmentVerdict;
  readonly findings: AssessmentFinding[];
  readonly remedies: AssessmentRemedy[];
  /** Held-out MSE of the fitted model. */
  readonly modelMSE: number;
  /** Held-out MSE of the training-mean baseline. */
  readonly baselineMSE: number;
}

export interface AssessmentData {
  readonly XTrain: MatrixInput;
  readonly yTrain: readonly number[];
  readonly XTest: MatrixInput;
  readonly yTest: readonly number[];
}

export function robustStandardErrors(
  X: MatrixInput,
  y: readonly number[],
  options: { type?: CovarianceType; intercept?: boolean } = {},
): RobustCovariance {
  // TODO: the OLS fit, then (XᵀX)⁻¹ Xᵀ diag(ω) X (XᵀX)⁻¹ with ω chosen by the type.
  throw new NotImplementedError('01.10', 'robustStandardErrors');
}

export function fitWeightedLeastSquares(
  X: MatrixInput,
  y: readonly number[],
  weights: readonly number[],
  options: { intercept?: boolean } = {},
): WeightedFit {
  // TODO: OLS on √w-scaled rows (the constant column too) and √w-scaled targets.
  throw new NotImplementedError('01.10', 'fitWeightedLeastSquares');
}

export function fitLogLinear(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): LogLinearFit {
  // TODO: OLS of log y; predictions on the original scale, median and mean.
  throw new NotImplementedError('01.10', 'fitLogLinear');
}

export function assess(
  data: AssessmentData,
  options: {
    alpha?: number;
    cooksThreshold?: number;
    vifThreshold?: number;
    severeShare?: number;
  } = {},
): Assessment {
  // TODO: held-out comparison with the baseline, the screen of kata 01.09, findings, remedies, verdict.
  throw new NotImplementedError('01.10', 'assess');
}
