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
import { EmptyInputError, InvalidArgumentError, ShapeMismatchError } from '../../helpers/errors';
import { normalQuantile } from '../../helpers/distributions';
import { columnScales, fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import { invertUpperTriangular, sandwich, withInterceptColumn } from '../../helpers/linalg';
import {
  checkMatrix,
  checkNoOverflow,
  scaleBack,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
  maxOf,
  checkOptions,
} from '../../helpers/validation';
import { resetTest } from './08_assumption_tests';
import { screenAssumptions, type ScreenedFailureMode } from './09_failure_modes';

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

const COVARIANCE_TYPES: readonly CovarianceType[] = ['const', 'HC0', 'HC1', 'HC2', 'HC3'];

/** Validated rows and targets, and the design actually fitted. */
function prepare(
  name: string,
  X: MatrixInput,
  y: readonly number[],
  intercept: boolean,
  [xName, yName] = ['X', 'y'],
): { rows: number[][]; targets: number[]; design: number[][] } {
  const rows = checkMatrix(name, xName, X);
  const targets = checkVector(name, yName, y);
  checkSameLength(name, `rows of ${xName}`, rows.length, 'targets', targets.length);
  const design = intercept ? withInterceptColumn(rows) : rows;
  const p = design[0]!.length;
  if (design.length <= p) {
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients (got ${design.length} rows for ${p} coefficients)`,
    );
  }
  return { rows, targets, design };
}

/**
 * The design's columns and y divided by powers of two near their largest |value| (exact), so
 * that fits of data near 10^±200 keep their squares in range; the constant column keeps 1.
 */
function scaledProblem(
  design: readonly (readonly number[])[],
  targets: readonly number[],
): { design: number[][]; targets: number[]; columnScale: number[]; yScale: number } {
  const columnScale = columnScales(design);
  const yScale = powerOfTwoScaleOf(targets);
  return {
    design: design.map((row) => row.map((value, j) => value / columnScale[j]!)),
    targets: targets.map((value) => value / yScale),
    columnScale,
    yScale,
  };
}

/** b_j in the data's units: y's scale over column j's, refused where it leaves double precision. */
function coefficientsInUnits(
  name: string,
  coefficients: readonly number[],
  columnScale: readonly number[],
  yScale: number,
): number[] {
  return coefficients.map((b, j) =>
    scaleBack(name, `coefficient ${j}`, b, yScale, 1 / columnScale[j]!),
  );
}

export function robustStandardErrors(
  X: MatrixInput,
  y: readonly number[],
  options: { type?: CovarianceType; intercept?: boolean } = {},
): RobustCovariance {
  const name = 'robustStandardErrors';
  const type = checkOptions(name, options).type ?? 'HC3';
  if (!COVARIANCE_TYPES.includes(type)) {
    throw new InvalidArgumentError(
      name,
      `requires type to be one of ${COVARIANCE_TYPES.join(', ')} (got ${String(type)})`,
    );
  }
  const { design: data, targets: observed } = prepare(name, X, y, options.intercept ?? true);
  // Fitted in units of a power of two per column and for y (exact, so nothing changes at
  // ordinary scales): at 10^±200 the squares and the sandwich stay in range. Entry (a, b) of the
  // covariance has units y²/(x_a·x_b) and is scaled back at the end, refused where it leaves
  // double precision.
  const { design, targets, columnScale, yScale } = scaledProblem(data, observed);
  const n = design.length;
  const p = design[0]!.length;
  const fit = fitLeastSquares(name, design, targets);
  const e = fit.residuals;
  const leverage = fit.leverage;
  // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ from X = QR, never XᵀX itself; uᵢ = R⁻ᵀxᵢ is row i of Q₁, so that
  // (XᵀX)⁻¹xᵢ = R⁻¹uᵢ and the sandwich is R⁻¹ (Σ ωᵢ uᵢuᵢᵀ) R⁻ᵀ.
  const rInverse = invertUpperTriangular(fit.triangularFactor);
  const weights = e.map((residual, i) => {
    const h = leverage[i]!;
    if ((type === 'HC2' || type === 'HC3') && h >= 1 - 1e-10) {
      throw new InvalidArgumentError(
        name,
        `requires leverages below 1 for ${type} (row ${i} has leverage ${h})`,
      );
    }
    const squared = residual * residual;
    if (type === 'HC2') return squared / (1 - h);
    if (type === 'HC3') return squared / (1 - h) ** 2;
    return squared;
  });
  const meat = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  if (type === 'const') {
    // Classical: ω = s² for every row, and Σ uᵢuᵢᵀ = Q₁ᵀQ₁ = I.
    const s2 = fit.rss / (n - p);
    meat.forEach((row, j) => (row[j] = s2));
  } else {
    const scale = type === 'HC1' ? n / (n - p) : 1;
    design.forEach((row, i) => {
      const u = rInverse.map((_, a) =>
        row.reduce((sum, value, k) => sum + rInverse[k]![a]! * value, 0),
      );
      const weight = scale * weights[i]!;
      meat.forEach((meatRow, a) =>
        u.forEach((ub, b) => {
          meatRow[b] = meatRow[b]! + weight * u[a]! * ub;
        }),
      );
    });
  }
  const covariance = sandwich(rInverse, meat);
  const inUnits = (value: number, a: number, b: number, what: string) =>
    scaleBack(name, what, value, yScale, yScale, 1 / columnScale[a]!, 1 / columnScale[b]!);
  return {
    type,
    coefficients: coefficientsInUnits(name, fit.coefficients, columnScale, yScale),
    covariance: covariance.map((row, a) =>
      row.map((value, b) => inUnits(value, a, b, `the covariance entry (${a}, ${b})`)),
    ),
    standardErrors: covariance.map((row, j) =>
      scaleBack(name, 'a standard error', Math.sqrt(row[j]!), yScale, 1 / columnScale[j]!),
    ),
  };
}

export function fitWeightedLeastSquares(
  X: MatrixInput,
  y: readonly number[],
  weights: readonly number[],
  options: { intercept?: boolean } = {},
): WeightedFit {
  const name = 'fitWeightedLeastSquares';
  const prepared = prepare(name, X, y, checkOptions(name, options).intercept ?? true);
  // In units of a power of two per column and for y (exact): see robustStandardErrors.
  const { design, targets, columnScale, yScale } = scaledProblem(prepared.design, prepared.targets);
  const w = checkVector(name, 'weights', weights);
  checkSameLength(name, 'targets', targets.length, 'weights', w.length);
  w.forEach((value, i) => {
    if (!(value > 0)) {
      throw new InvalidArgumentError(
        name,
        `requires positive weights (got ${value} at index ${i})`,
      );
    }
  });
  // Every column is scaled, the constant too: the intercept of the weighted problem is the
  // coefficient of √w, not of a column of ones.
  const roots = w.map(Math.sqrt);
  const fit = fitLeastSquares(
    name,
    design.map((row, i) => row.map((value) => value * roots[i]!)),
    targets.map((value, i) => value * roots[i]!),
  );
  const p = design[0]!.length;
  const fitted = design.map((row) =>
    row.reduce((sum, value, j) => sum + value * fit.coefficients[j]!, 0),
  );
  const s2 = fit.rss / (design.length - p);
  const fittedInUnits = fitted.map((value) => value * yScale);
  const residuals = targets.map((value, i) => (value - fitted[i]!) * yScale);
  checkNoOverflow(name, 'the fitted values', fittedInUnits);
  checkNoOverflow(name, 'the residuals', residuals);
  return {
    coefficients: coefficientsInUnits(name, fit.coefficients, columnScale, yScale),
    standardErrors: fit.inverseGramRootDiagonal.map((root, j) =>
      scaleBack(name, 'a standard error', Math.sqrt(s2) * root, yScale, 1 / columnScale[j]!),
    ),
    fitted: fittedInUnits,
    residuals,
    sigma: scaleBack(name, 'sigma', Math.sqrt(s2), yScale),
  };
}

export function fitLogLinear(
  X: MatrixInput,
  y: readonly number[],
  options: { intercept?: boolean } = {},
): LogLinearFit {
  const name = 'fitLogLinear';
  const intercept = checkOptions(name, options).intercept ?? true;
  const { design, targets } = prepare(name, X, y, intercept);
  targets.forEach((value, i) => {
    if (!(value > 0)) {
      throw new InvalidArgumentError(
        name,
        `requires positive targets to take logs (got ${value} at index ${i})`,
      );
    }
  });
  const fit = fitLeastSquares(name, design, targets.map(Math.log));
  const width = design[0]!.length - (intercept ? 1 : 0);
  // exp(E[log y]) is the median of y, not its mean: E[exp(ε)] > 1 by Jensen. Duan's smearing
  // estimates that factor from the residuals without assuming normal errors.
  const smearingFactor =
    fit.residuals.reduce((sum, residual) => sum + Math.exp(residual), 0) / fit.residuals.length;
  const linear = (functionName: string, X0: MatrixInput): number[] => {
    const rows = checkMatrix(functionName, 'X', X0);
    rows.forEach((row, i) => {
      if (row.length !== width) {
        throw new ShapeMismatchError(
          functionName,
          `requires rows of ${width} columns like the training X (got ${row.length} at row ${i})`,
        );
      }
    });
    return rows.map((row) =>
      (intercept ? [1, ...row] : row).reduce(
        (sum, value, j) => sum + value * fit.coefficients[j]!,
        0,
      ),
    );
  };
  return {
    coefficients: fit.coefficients,
    residuals: fit.residuals,
    smearingFactor,
    predictMedian: (X0) => linear('predictMedian', X0).map(Math.exp),
    predictMean: (X0) => linear('predictMean', X0).map((value) => smearingFactor * Math.exp(value)),
  };
}

/** Lag-1 sample autocorrelation Σ(v_t − v̄)(v_{t−1} − v̄)/Σ(v_t − v̄)², as R's acf. */
function lagOneAutocorrelation(values: readonly number[]): number {
  const centre = values.reduce((sum, value) => sum + value, 0) / values.length;
  let lagged = 0;
  let total = 0;
  values.forEach((value, t) => {
    total += (value - centre) ** 2;
    if (t > 0) lagged += (value - centre) * (values[t - 1]! - centre);
  });
  return lagged / total;
}

/**
 * The coefficients (0 = intercept) whose classical variance AR(1)-like dependence inflates by
 * more than (z₀.₉₇₅/z₀.₉₅)², so that a nominal 95% interval covers under 90%. Moulton's factor
 * 1 + 2Σₖρₓ(k)ρₑ(k), with both autocorrelations geometric from their lag-1 values, is
 * (1 + ρₓρₑ)/(1 − ρₓρₑ); the constant column has ρₓ = 1.
 */
function understatedByDependence(
  rows: readonly number[][],
  residuals: readonly number[],
): number[] {
  const rhoErrors = lagOneAutocorrelation(residuals);
  const limit = (normalQuantile(0.975) / normalQuantile(0.95)) ** 2;
  const width = rows[0]!.length;
  const rhos = [
    1,
    ...Array.from({ length: width }, (_, j) => lagOneAutocorrelation(rows.map((row) => row[j]!))),
  ];
  return rhos.flatMap((rho, j) => {
    const r = rho * rhoErrors;
    return (1 + r) / (1 - r) > limit ? [j] : [];
  });
}

const REMEDY_DETAILS: Record<RemedyCode, string> = {
  revisitFeatures:
    'the features carry no signal the model can use on new data: find better predictors before refining this model',
  addFeatures:
    'add the curvature the mean needs: squares, interactions or splines of the predictors, then re-assess',
  logTransform:
    'model log y: it straightens multiplicative effects and stabilises a spread that grows with the level (retransform with smearing)',
  hc3StandardErrors:
    'keep the coefficients and report HC3 (sandwich) standard errors, valid whatever the variance pattern',
  weightedLeastSquares:
    'if the variance function is known or can be modelled, weight each row by 1/variance to regain efficiency',
  modelDependence:
    'model the dependence (lagged terms, GLS with AR errors) or use HAC (Newey–West) standard errors',
  robustRegression:
    'inspect the outlying rows; fit a robust (Huber) or quantile regression and compare the coefficients',
  investigateInfluentialRow:
    'check the influential row for a data error, and report the fit with and without it',
  dropOrCombineColumns:
    'drop or combine the collinear columns (or use ridge): their separate coefficients are not identified by this data',
  restrictToDataRange:
    'do not predict outside the range of the training data, or collect data where predictions are needed',
};

export function assess(
  data: AssessmentData,
  options: {
    alpha?: number;
    cooksThreshold?: number;
    vifThreshold?: number;
    severeShare?: number;
  } = {},
): Assessment {
  const name = 'assess';
  checkOptions(name, options);
  const alpha = checkNumber(name, 'alpha', options.alpha ?? 0.05, { min: 0 });
  const severeShare = checkNumber(name, 'severeShare', options.severeShare ?? 0.5, { min: 0 });
  if (alpha >= 1 || severeShare > 1) {
    throw new InvalidArgumentError(
      name,
      `requires alpha below 1 and severeShare at most 1 (got ${alpha} and ${severeShare})`,
    );
  }
  // Checked here, under this function's name, though the screen would check them too.
  const cooksThreshold = checkNumber(name, 'cooksThreshold', options.cooksThreshold ?? 1, {
    min: 0,
  });
  const vifThreshold = checkNumber(name, 'vifThreshold', options.vifThreshold ?? 10, { min: 1 });
  checkOptions(name, data, 'data');
  const train = prepare(name, data.XTrain, data.yTrain, true, ['XTrain', 'yTrain']);
  const testRows = checkMatrix(name, 'XTest', data.XTest);
  const testTargets = checkVector(name, 'yTest', data.yTest);
  checkSameLength(name, 'rows of XTest', testRows.length, 'test targets', testTargets.length);
  const width = train.rows[0]!.length;
  testRows.forEach((row, i) => {
    if (row.length !== width) {
      throw new ShapeMismatchError(
        name,
        `requires XTest rows of ${width} columns like XTrain (got ${row.length} at row ${i})`,
      );
    }
  });

  const p = width + 1;
  // The screen's RESET needs two more coefficients and a residual degree of freedom.
  if (train.rows.length < p + 3) {
    throw new EmptyInputError(
      name,
      `requires at least ${p + 3} training rows for ${p} coefficients (got ${train.rows.length})`,
    );
  }
  const fit = fitLeastSquares(name, train.design, train.targets);
  if (fit.rss <= 1e-24 * train.targets.reduce((sum, value) => sum + value * value, 0)) {
    throw new InvalidArgumentError(
      name,
      `requires a training fit that leaves residuals (got RSS = ${fit.rss})`,
    );
  }
  const predict = (row: readonly number[]): number =>
    fit.coefficients[0]! + row.reduce((sum, value, j) => sum + value * fit.coefficients[j + 1]!, 0);
  const baseline = train.targets.reduce((sum, value) => sum + value, 0) / train.targets.length;
  const mse = (predictions: readonly number[]): number =>
    testTargets.reduce((sum, value, i) => sum + (value - predictions[i]!) ** 2, 0) /
    testTargets.length;
  const modelMSE = mse(testRows.map(predict));
  const baselineMSE = mse(testRows.map(() => baseline));

  const screen = screenAssumptions(train.rows, train.targets, {
    alpha,
    cooksThreshold,
    vifThreshold,
  });
  const flagged = new Set(screen.flagged);
  const findings: AssessmentFinding[] = [];
  if (modelMSE >= baselineMSE) {
    findings.push({
      code: 'noImprovementOverBaseline',
      detail: `held-out MSE ${modelMSE.toPrecision(4)} does not beat the training-mean baseline's ${baselineMSE.toPrecision(4)}`,
      value: modelMSE / baselineMSE,
    });
  }
  if (flagged.has('nonlinearity')) {
    const reset = resetTest(train.rows, train.targets);
    // (RSS_linear − RSS_augmented)/RSS_linear, read off the F statistic.
    const share = (reset.statistic * reset.df1) / (reset.statistic * reset.df1 + reset.df2);
    findings.push(
      share >= severeShare
        ? {
            code: 'severeMisspecification',
            detail: `RESET p = ${screen.resetPValue.toPrecision(3)}, and powers of ŷ explain ${(100 * share).toFixed(0)}% of the residual sum of squares: the linear form is wrong, not just imperfect (A1)`,
            value: share,
          }
        : {
            code: 'nonlinearity',
            detail: `RESET p = ${screen.resetPValue.toPrecision(3)} < ${alpha}: curvature left in the mean (A1), powers of ŷ explain ${(100 * share).toFixed(0)}% of the residual sum of squares`,
            value: share,
          },
    );
  }
  const screened: [ScreenedFailureMode, number, string][] = [
    [
      'heteroscedasticity',
      screen.breuschPaganPValue,
      `Breusch–Pagan (Koenker) p = ${screen.breuschPaganPValue.toPrecision(3)} < ${alpha}: the error variance moves with X (A4)`,
    ],
    [
      'autocorrelation',
      screen.breuschGodfreyPValue,
      `Breusch–Godfrey p = ${screen.breuschGodfreyPValue.toPrecision(3)} < ${alpha}, Durbin–Watson ${screen.durbinWatson.toFixed(2)}: successive errors are correlated (A5)`,
    ],
    [
      'heavyTails',
      screen.jarqueBeraPValue,
      `Jarque–Bera p = ${screen.jarqueBeraPValue.toPrecision(3)} < ${alpha}: the residuals are not normal (A6)`,
    ],
    [
      'highLeverage',
      screen.maxCooksDistance,
      `row ${screen.mostInfluentialRow} has Cook's distance ${screen.maxCooksDistance.toPrecision(3)}: one row moves the whole fit`,
    ],
    [
      'multicollinearity',
      screen.maxVarianceInflation,
      `largest VIF ${screen.maxVarianceInflation.toPrecision(3)}: a column is nearly a combination of the others (A3)`,
    ],
  ];
  for (const [code, value, detail] of screened) {
    if (!flagged.has(code)) continue;
    if (code !== 'autocorrelation') {
      findings.push({ code, detail, value });
      continue;
    }
    const coefficients = understatedByDependence(train.rows, fit.residuals);
    findings.push({
      code,
      detail: `${detail}; the classical standard errors understate those of coefficients [${coefficients.join(', ')}] (0 = the intercept; a regressor independent over time keeps its slope's)`,
      value,
      coefficients,
    });
  }
  // Extrapolation, as a permutation argument. Pool the training and test rows in one design:
  // if the test rows come from the training population, all n + m rows are exchangeable, and
  // so are their leverages there (a symmetric function of the rows). K, the number of test rows
  // whose leverage exceeds every training row's, then counts the test rows ahead of the first
  // training row in a uniformly random order: P(K ≥ k) = Π_{j<k} (m − j)/(n + m − j), exactly.
  // With one test row this is the augmented design [X; x₀] and a false alarm of 1/(n + 1).
  // (Comparing x₀ᵀ(XᵀX)⁻¹x₀ = h₀/(1 − h₀) with the training hᵢ inflates that rate; counting
  // each row in its own [X; x₀] and reading K as Binomial(m, 1/(n + 1)) ignores that the rows
  // share one training set, and at n = 60, m = 200 fires about 16% of the time at 5%.)
  const n = train.rows.length;
  const m = testRows.length;
  const pooled = fitLeastSquares(
    name,
    [...train.design, ...withInterceptColumn(testRows)],
    [...train.targets, ...testTargets],
  ).leverage;
  const highestTraining = maxOf(pooled.slice(0, n));
  const outside = pooled.slice(n).filter((h) => h > highestTraining).length;
  let tail = 1;
  for (let j = 0; j < outside; j += 1) tail *= (m - j) / (n + m - j);
  if (tail < alpha) {
    findings.push({
      code: 'extrapolation',
      detail: `${outside} of ${m} test rows out-lever every training row in the pooled design (chance alone does so with probability ${tail.toPrecision(3)} < ${alpha}): the diagnostics cannot vouch for the model there`,
      value: tail,
    });
  }

  const positive = train.targets.every((value) => value > 0);
  const remediesFor = (code: FindingCode): RemedyCode[] => {
    switch (code) {
      case 'noImprovementOverBaseline':
        return ['revisitFeatures'];
      case 'severeMisspecification':
      case 'nonlinearity':
        return positive ? ['addFeatures', 'logTransform'] : ['addFeatures'];
      case 'heteroscedasticity':
        return positive
          ? ['hc3StandardErrors', 'weightedLeastSquares', 'logTransform']
          : ['hc3StandardErrors', 'weightedLeastSquares'];
      case 'autocorrelation':
        return ['modelDependence'];
      case 'heavyTails':
        return ['robustRegression'];
      case 'highLeverage':
        return ['investigateInfluentialRow'];
      case 'multicollinearity':
        return ['dropOrCombineColumns'];
      case 'extrapolation':
        return ['restrictToDataRange'];
    }
  };
  const remedies: AssessmentRemedy[] = [];
  for (const finding of findings) {
    for (const code of remediesFor(finding.code)) {
      if (!remedies.some((remedy) => remedy.code === code)) {
        remedies.push({ code, addresses: finding.code, detail: REMEDY_DETAILS[code] });
      }
    }
  }
  const rejected = findings.some(
    (finding) =>
      finding.code === 'noImprovementOverBaseline' || finding.code === 'severeMisspecification',
  );
  const verdict: AssessmentVerdict = rejected
    ? 'reject'
    : findings.length > 0
      ? 'modify'
      : 'accept';
  return { verdict, findings, remedies, modelMSE, baselineMSE };
}
