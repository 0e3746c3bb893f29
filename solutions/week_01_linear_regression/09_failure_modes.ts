/**
 * Kata 01.09 — Structural failure modes
 *
 * A diagnostic is only worth running if it notices the failure it is aimed at (sensitivity)
 * and stays quiet when that failure is absent (specificity), and both are rates over seeded
 * replicates, not the verdict of one draw. Here each failure mode is a data-generating process
 * that breaks one assumption of a well-specified linear model and reports the truth it
 * broke, and a screen runs the kata 01.08 tests on any (X, y). Two failures leave no trace in
 * the training data at all: an omitted correlated variable and extrapolation.
 *
 * Theory: theory/week_01_linear_regression.md#structural-failure-modes
 * Builds on: kata 01.08
 *
 * Implement the generators. Each takes `{ seed, n = 50, ...effect }`, draws every random
 * number from `createRng(seed)`, and returns `{ X, y, truth }` with X holding two columns
 * (x1, x2) and no constant. The reference model is y = 1 + 2·x1 − x2 + ε, x1 and x2
 * independent N(0, 1), ε independent N(0, 1). Every standard normal behind x1, x2, the z
 * and u below and ε (ε/sd under heteroscedasticity) is a `normal()` (or `normalVector`) draw
 * of that stream, in any order: where a generator draws nothing else (well-specified,
 * nonlinearity, heteroscedasticity, multicollinearity, omitted variable), they are exactly its
 * first draws; where it also draws uniforms (heavy tails, extrapolation: x1 = low + (high − low)·u
 * with u a `uniform()` or `uniformBetween` draw), each value is still among its first draws.
 * Each generator changes one thing:
 * - `simulateWellSpecified`: the reference model itself.
 * - `simulateNonlinearity({ curvature = 0.8 })`: adds curvature·z² to the mean, with
 *   z = (2·x1 − x2)/√5 the standardised slope part of the linear predictor (A1).
 * - `simulateHeteroscedasticity({ strength = 2 })`: Var(ε_i) = exp(strength·x1_i) (A4).
 * - `simulateAutocorrelation({ rho = 0.65, regressorRho = 0 })`: rows in time order,
 *   ε_t = rho·ε_{t−1} + u_t, u_t ~ N(0, 1), started from the stationary N(0, 1/(1 − rho²)) (A5);
 *   each column of X is an AR(1) too, x_t = regressorRho·x_{t−1} + sqrt(1 − regressorRho²)·v_t,
 *   x_1 and v_t ~ N(0, 1) (so regressorRho = 0 is the reference design). The dependence
 *   understates a coefficient's classical standard error only where its regressor is
 *   autocorrelated too: the intercept always, the slopes only when regressorRho ≠ 0.
 * - `simulateHeavyTails({ contamination = 0.1, outlierScale = 10 })`: each ε drawn from
 *   N(0, outlierScale²) with probability contamination, else N(0, 1) (A6); truth.outliers
 *   marks the rows drawn wide.
 * - `simulateHighLeverage({ distance = 6, shift = -8 })`: the last row moved to
 *   x1 = distance, x2 = 0, its y moved `shift` off the true line.
 * - `simulateMulticollinearity({ correlation = 0.98 })`: x2 = r·x1 + sqrt(1 − r²)·z (A3
 *   nearly failing); truth carries the population VIF 1/(1 − r²).
 * - `simulateOmittedVariable({ omittedCoefficient = 1.5, correlation = 0.7 })`: y also
 *   depends on x3 = r·x1 + sqrt(1 − r²)·u, which X leaves out (A2 fails for the fitted
 *   model); truth carries the slope OLS converges to, 2 + omittedCoefficient·r.
 * - `simulateExtrapolation({ curvature = 0.5, testFrom = 2, testTo = 3 })`: x1 uniform on
 *   [0, 1] with curvature·x1² in the mean, plus `inside` and `outside` test sets of n rows
 *   each, x1 uniform on [0, 1] and on [testFrom, testTo].
 * Then `screenAssumptions(X, y, { alpha = 0.05, cooksThreshold = 1, vifThreshold = 10 })`:
 * fit OLS with a constant and flag, in this order, nonlinearity (RESET p < alpha),
 * heteroscedasticity (Breusch–Pagan, Koenker, on X, p < alpha), autocorrelation
 * (Breusch–Godfrey order 1, p < alpha), heavyTails (Jarque–Bera p < alpha), highLeverage
 * (largest Cook's distance > cooksThreshold) and multicollinearity (largest VIF >
 * vifThreshold), reporting the numbers behind each flag, the Durbin–Watson statistic and
 * the most influential row (the first of equal largest distances). The cut-offs' sources:
 * D > 1 is Cook and Weisberg's (1982) rule of thumb (R's influence.measures flags
 * pf(D, p, n − p) > 0.5 instead, D above the median of F(p, n − p), 0.80 at n = 50, p = 3);
 * VIF > 10 is Kutner, Nachtsheim, Neter and Li's (2005, §10.5). Cook's distance is
 * e²h/(p·s²·(1 − h)²) with h the leverage; a row with h within 1e-10 of 1 (an exact 1,
 * rounded) alone decides a coefficient and gets +Infinity, as in kata 01.07. Where ŷ takes so
 * few distinct values that ŷ² or ŷ³ is a combination of the design's columns (two values: both
 * are), RESET cannot be run: `notApplicable` lists 'nonlinearity', resetPValue is 1 (R's
 * lmtest::resettest drops the aliased powers and reports F = 0) and the mode is not flagged;
 * `notApplicable` is empty otherwise.
 *
 * Errors: n below 10 or not an integer, and effect sizes outside their domain (|rho| ≥ 1,
 * |regressorRho| ≥ 1, |correlation| ≥ 1, contamination outside [0, 1], testFrom ≥ testTo, a negative curvature,
 * strength or outlierScale, anything not finite) throw InvalidArgumentError.
 * screenAssumptions throws EmptyInputError for no rows or fewer than p + 3 (RESET needs them),
 * ShapeMismatchError and NonFiniteValueError as the 01.08 tests do, InvalidArgumentError for
 * an alpha outside [0, 1), a cooksThreshold below 0, a vifThreshold below 1 or an exact fit
 * (RSS ≤ 1e-24·Σy², kata 01.07's rule), and RankDeficiencyError for a rank-deficient design, every message starting with
 * screenAssumptions (never another function's name). Every number the screen reports is
 * scale-free: y or a column of X near 10^±200 gives the same numbers and flags as at scale 1.
 *
 * @example
 * const { X, y, truth } = simulateHeteroscedasticity({ seed: 'demo', n: 200 });
 * truth.noiseSds.length; // 200
 * screenAssumptions(X, y).flagged; // includes 'heteroscedasticity'
 */
import { createRng, type Rng } from '../../helpers/random';
import { columnScales, fitLeastSquares, powerOfTwoScaleOf } from '../../helpers/least_squares';
import { EmptyInputError, InvalidArgumentError } from '../../helpers/errors';
import { withInterceptColumn } from '../../helpers/linalg';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  maxOf,
  checkOptions,
  checkCount,
  LIMITS,
} from '../../helpers/validation';
import {
  breuschGodfrey,
  breuschPagan,
  durbinWatson,
  jarqueBera,
  resetTest,
  varianceInflationFactors,
} from './08_assumption_tests';

/** The failure modes a screen of (X, y) can see. */
export type ScreenedFailureMode =
  | 'nonlinearity'
  | 'heteroscedasticity'
  | 'autocorrelation'
  | 'heavyTails'
  | 'highLeverage'
  | 'multicollinearity';

export interface SimulationOptions {
  readonly seed: string | number;
  /** Rows of X; at least 10. */
  readonly n?: number;
}

export interface SimulatedRegression<Truth> {
  /** Two columns, x1 and x2, no constant. */
  readonly X: number[][];
  readonly y: number[];
  readonly truth: Truth;
}

export interface LinearTruth {
  /** [intercept, slope of x1, slope of x2] of the reference model: [1, 2, −1]. */
  readonly coefficients: number[];
  /** The mean of y at a row of X, as the generator built it. */
  readonly meanFunction: (row: readonly number[]) => number;
}

export interface NonlinearityTruth extends LinearTruth {
  readonly curvature: number;
}

export interface HeteroscedasticityTruth extends LinearTruth {
  readonly strength: number;
  /** sqrt(Var(ε_i)) of every row. */
  readonly noiseSds: number[];
}

export interface AutocorrelationTruth extends LinearTruth {
  readonly rho: number;
  /** The lag-1 autocorrelation of each regressor column, 0 by default. */
  readonly regressorRho: number;
  /** ε_t of every row. */
  readonly errors: number[];
}

export interface HeavyTailsTruth extends LinearTruth {
  readonly contamination: number;
  readonly outlierScale: number;
  /** Which rows drew their error from the wide component. */
  readonly outliers: boolean[];
}

export interface HighLeverageTruth extends LinearTruth {
  /** Row of the moved point: n − 1. */
  readonly index: number;
  readonly distance: number;
  readonly shift: number;
}

export interface MulticollinearityTruth extends LinearTruth {
  readonly correlation: number;
  /** Population VIF of both columns, 1/(1 − correlation²). */
  readonly varianceInflation: number;
}

export interface OmittedVariableTruth extends LinearTruth {
  readonly omittedCoefficient: number;
  readonly correlation: number;
  /** The omitted column x3, one value per row. */
  readonly omitted: number[];
  /** Where OLS of y on (1, x1, x2) centres: 2 + omittedCoefficient·Cov(x1, x3)/Var(x1). */
  readonly biasedSlope: number;
}

export interface ExtrapolationTruth extends LinearTruth {
  readonly curvature: number;
}

export interface ExtrapolationData extends SimulatedRegression<ExtrapolationTruth> {
  /** n fresh rows with x1 in the training range [0, 1]. */
  readonly inside: { readonly X: number[][]; readonly y: number[] };
  /** n fresh rows with x1 in [testFrom, testTo]. */
  readonly outside: { readonly X: number[][]; readonly y: number[] };
}

export interface AssumptionScreen {
  /** The failure modes flagged, in the order nonlinearity … multicollinearity. */
  readonly flagged: ScreenedFailureMode[];
  /** Failure modes whose test cannot be run on this data (never flagged): see the header. */
  readonly notApplicable: ScreenedFailureMode[];
  /** 1 where RESET is not applicable. */
  readonly resetPValue: number;
  readonly breuschPaganPValue: number;
  readonly breuschGodfreyPValue: number;
  /** Reported for reading, not used for a flag: its null distribution depends on X. */
  readonly durbinWatson: number;
  readonly jarqueBeraPValue: number;
  readonly maxCooksDistance: number;
  /** The row with the largest Cook's distance. */
  readonly mostInfluentialRow: number;
  readonly maxVarianceInflation: number;
}

const COEFFICIENTS = [1, 2, -1] as const;

function referenceMean(row: readonly number[]): number {
  return COEFFICIENTS[0] + COEFFICIENTS[1] * row[0]! + COEFFICIENTS[2] * row[1]!;
}

function sampleSize(functionName: string, n: number | undefined): number {
  return checkCount(functionName, 'n', n ?? 50, { min: 10, max: LIMITS.rows });
}

function inOpenInterval(functionName: string, name: string, value: number, bound: number): number {
  checkNumber(functionName, name, value);
  if (!(Math.abs(value) < bound)) {
    throw new InvalidArgumentError(
      functionName,
      `requires ${name} strictly between ${-bound} and ${bound} (got ${value})`,
    );
  }
  return value;
}

/** Two independent standard-normal columns. */
function normalDesign(rng: Rng, n: number): number[][] {
  return Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
}

export function simulateWellSpecified(
  options: SimulationOptions,
): SimulatedRegression<LinearTruth> {
  const name = 'simulateWellSpecified';
  const n = sampleSize(name, checkOptions(name, options).n);
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  const y = X.map((row) => referenceMean(row) + rng.normal());
  return { X, y, truth: { coefficients: [...COEFFICIENTS], meanFunction: referenceMean } };
}

export function simulateNonlinearity(
  options: SimulationOptions & { curvature?: number },
): SimulatedRegression<NonlinearityTruth> {
  const name = 'simulateNonlinearity';
  const n = sampleSize(name, checkOptions(name, options).n);
  const curvature = checkNumber(name, 'curvature', options.curvature ?? 0.8, { min: 0 });
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  // The bend follows the linear predictor: z = (2·x1 − x2)/√5 is its standardised slope part.
  const meanFunction = (row: readonly number[]): number => {
    const z = (2 * row[0]! - row[1]!) / Math.sqrt(5);
    return referenceMean(row) + curvature * z * z;
  };
  const y = X.map((row) => meanFunction(row) + rng.normal());
  return { X, y, truth: { coefficients: [...COEFFICIENTS], meanFunction, curvature } };
}

export function simulateHeteroscedasticity(
  options: SimulationOptions & { strength?: number },
): SimulatedRegression<HeteroscedasticityTruth> {
  const name = 'simulateHeteroscedasticity';
  const n = sampleSize(name, checkOptions(name, options).n);
  const strength = checkNumber(name, 'strength', options.strength ?? 2, { min: 0 });
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  // Log-linear variance: always positive, and monotone in x1 so a linear Z can see it.
  const noiseSds = X.map((row) => Math.exp((strength * row[0]!) / 2));
  const y = X.map((row, i) => referenceMean(row) + noiseSds[i]! * rng.normal());
  return {
    X,
    y,
    truth: { coefficients: [...COEFFICIENTS], meanFunction: referenceMean, strength, noiseSds },
  };
}

export function simulateAutocorrelation(
  options: SimulationOptions & { rho?: number; regressorRho?: number },
): SimulatedRegression<AutocorrelationTruth> {
  const name = 'simulateAutocorrelation';
  const n = sampleSize(name, checkOptions(name, options).n);
  const rho = inOpenInterval(name, 'rho', options.rho ?? 0.65, 1);
  const regressorRho = inOpenInterval(name, 'regressorRho', options.regressorRho ?? 0, 1);
  const rng = createRng(options.seed, name);
  // Each column an AR(1) with unit stationary variance, started from N(0, 1); with
  // regressorRho = 0 these are the reference model's independent N(0, 1) draws.
  const innovationSd = Math.sqrt(1 - regressorRho * regressorRho);
  const X: number[][] = [[rng.normal(), rng.normal()]];
  for (let t = 1; t < n; t += 1) {
    const previous = X[t - 1]!;
    const x1 = regressorRho * previous[0]! + innovationSd * rng.normal();
    X.push([x1, regressorRho * previous[1]! + innovationSd * rng.normal()]);
  }
  // Started from the stationary distribution so every ε_t has the same variance 1/(1 − ρ²).
  const errors = [rng.normal() / Math.sqrt(1 - rho * rho)];
  for (let t = 1; t < n; t += 1) errors.push(rho * errors[t - 1]! + rng.normal());
  const y = X.map((row, t) => referenceMean(row) + errors[t]!);
  return {
    X,
    y,
    truth: {
      coefficients: [...COEFFICIENTS],
      meanFunction: referenceMean,
      rho,
      regressorRho,
      errors,
    },
  };
}

export function simulateHeavyTails(
  options: SimulationOptions & { contamination?: number; outlierScale?: number },
): SimulatedRegression<HeavyTailsTruth> {
  const name = 'simulateHeavyTails';
  const n = sampleSize(name, checkOptions(name, options).n);
  const contamination = checkNumber(name, 'contamination', options.contamination ?? 0.1, {
    min: 0,
  });
  if (contamination > 1) {
    throw new InvalidArgumentError(name, `requires contamination at most 1 (got ${contamination})`);
  }
  const outlierScale = checkNumber(name, 'outlierScale', options.outlierScale ?? 10, { min: 0 });
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  // Tukey's gross-error model: most errors N(0, 1), a fraction from N(0, outlierScale²). The
  // mixture has kurtosis far above 3 while staying symmetric with a finite variance.
  const outliers = X.map(() => rng.uniform() < contamination);
  const y = X.map(
    (row, i) => referenceMean(row) + (outliers[i] === true ? outlierScale : 1) * rng.normal(),
  );
  return {
    X,
    y,
    truth: {
      coefficients: [...COEFFICIENTS],
      meanFunction: referenceMean,
      contamination,
      outlierScale,
      outliers,
    },
  };
}

export function simulateHighLeverage(
  options: SimulationOptions & { distance?: number; shift?: number },
): SimulatedRegression<HighLeverageTruth> {
  const name = 'simulateHighLeverage';
  const n = sampleSize(name, checkOptions(name, options).n);
  const distance = checkNumber(name, 'distance', options.distance ?? 6);
  const shift = checkNumber(name, 'shift', options.shift ?? -8);
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  const y = X.map((row) => referenceMean(row) + rng.normal());
  // One row far out in x1 and off the line: a bad leverage point. On the line it would only
  // sharpen the slope; off it, it drags the slope towards itself.
  const index = n - 1;
  X[index] = [distance, 0];
  y[index] = referenceMean([distance, 0]) + shift;
  return {
    X,
    y,
    truth: { coefficients: [...COEFFICIENTS], meanFunction: referenceMean, index, distance, shift },
  };
}

export function simulateMulticollinearity(
  options: SimulationOptions & { correlation?: number },
): SimulatedRegression<MulticollinearityTruth> {
  const name = 'simulateMulticollinearity';
  const n = sampleSize(name, checkOptions(name, options).n);
  const correlation = inOpenInterval(name, 'correlation', options.correlation ?? 0.98, 1);
  const rng = createRng(options.seed, name);
  const residualSd = Math.sqrt(1 - correlation * correlation);
  const X = Array.from({ length: n }, () => {
    const x1 = rng.normal();
    return [x1, correlation * x1 + residualSd * rng.normal()];
  });
  const y = X.map((row) => referenceMean(row) + rng.normal());
  return {
    X,
    y,
    truth: {
      coefficients: [...COEFFICIENTS],
      meanFunction: referenceMean,
      correlation,
      varianceInflation: 1 / (1 - correlation * correlation),
    },
  };
}

export function simulateOmittedVariable(
  options: SimulationOptions & { omittedCoefficient?: number; correlation?: number },
): SimulatedRegression<OmittedVariableTruth> {
  const name = 'simulateOmittedVariable';
  const n = sampleSize(name, checkOptions(name, options).n);
  const omittedCoefficient = checkNumber(
    name,
    'omittedCoefficient',
    options.omittedCoefficient ?? 1.5,
  );
  const correlation = inOpenInterval(name, 'correlation', options.correlation ?? 0.7, 1);
  const rng = createRng(options.seed, name);
  const X = normalDesign(rng, n);
  const residualSd = Math.sqrt(1 - correlation * correlation);
  const omitted = X.map((row) => correlation * row[0]! + residualSd * rng.normal());
  const y = X.map((row, i) => referenceMean(row) + omittedCoefficient * omitted[i]! + rng.normal());
  // y given (x1, x2) is still linear with normal, constant-variance errors: every residual test
  // sees a well-specified model, only the slope of x1 means something else.
  const meanFunction = (row: readonly number[]): number =>
    referenceMean(row) + omittedCoefficient * correlation * row[0]!;
  return {
    X,
    y,
    truth: {
      coefficients: [...COEFFICIENTS],
      meanFunction,
      omittedCoefficient,
      correlation,
      omitted,
      biasedSlope: COEFFICIENTS[1] + omittedCoefficient * correlation,
    },
  };
}

export function simulateExtrapolation(
  options: SimulationOptions & { curvature?: number; testFrom?: number; testTo?: number },
): ExtrapolationData {
  const name = 'simulateExtrapolation';
  const n = sampleSize(name, checkOptions(name, options).n);
  const curvature = checkNumber(name, 'curvature', options.curvature ?? 0.5, { min: 0 });
  const testFrom = checkNumber(name, 'testFrom', options.testFrom ?? 2);
  const testTo = checkNumber(name, 'testTo', options.testTo ?? 3);
  if (!(testFrom < testTo)) {
    throw new InvalidArgumentError(
      name,
      `requires testFrom below testTo (got ${testFrom} and ${testTo})`,
    );
  }
  const rng = createRng(options.seed, name);
  const meanFunction = (row: readonly number[]): number =>
    referenceMean(row) + curvature * row[0]! ** 2;
  const draw = (low: number, high: number): { X: number[][]; y: number[] } => {
    const X = Array.from({ length: n }, () => [rng.uniformBetween(low, high), rng.normal()]);
    return { X, y: X.map((row) => meanFunction(row) + rng.normal()) };
  };
  const training = draw(0, 1);
  return {
    ...training,
    truth: { coefficients: [...COEFFICIENTS], meanFunction, curvature },
    inside: draw(0, 1),
    outside: draw(testFrom, testTo),
  };
}

/**
 * RESET, or undefined where it cannot be run: when ŷ takes few distinct values its powers are
 * combinations of the design's columns (two values: ŷ² and ŷ³ lie in span{1, ŷ}). R's
 * lmtest::resettest then drops them, and its F is 0: the powers add nothing.
 */
function resetWhereApplicable(
  rows: readonly number[][],
  targets: readonly number[],
): { pValue: number } | undefined {
  // The screen's own fit has already refused a rank-deficient design and an exact fit, and
  // resetTest drops aliased powers itself (df1 = 0 when none is left): nothing to catch here.
  const result = resetTest(rows, targets);
  return result.df1 > 0 && Number.isFinite(result.pValue) ? result : undefined;
}

/** h this close to 1 is the rounding of an exact 1 (the tolerance of kata 01.07). */
const UNIT_LEVERAGE_TOLERANCE = 1e-10;

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  const name = 'screenAssumptions';
  checkOptions(name, options);
  const alpha = checkNumber(name, 'alpha', options.alpha ?? 0.05, { min: 0 });
  if (alpha >= 1) {
    throw new InvalidArgumentError(name, `requires alpha below 1 (got ${alpha})`);
  }
  const cooksThreshold = checkNumber(name, 'cooksThreshold', options.cooksThreshold ?? 1, {
    min: 0,
  });
  const vifThreshold = checkNumber(name, 'vifThreshold', options.vifThreshold ?? 10, { min: 1 });
  const data = checkMatrix(name, 'X', X);
  const observed = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', data.length, 'targets', observed.length);
  // Every number the screen reports is unchanged when y or a column of X is rescaled (p-values,
  // DW, Cook's distance, VIF), so each is divided by a power of two near its largest |value|
  // (exact): at 10^±200 sums of squares then stay in range and nothing reads as collinear.
  const scales = columnScales(data);
  const rows = data.map((row) => row.map((value, j) => value / scales[j]!));
  const yScale = powerOfTwoScaleOf(observed);
  const targets = observed.map((value) => value / yScale);
  const p = rows[0]!.length + 1;
  // Every test below needs spare rows; RESET needs the most: two more coefficients and a residual.
  if (rows.length < p + 3) {
    throw new EmptyInputError(
      name,
      `requires at least ${p + 3} rows for ${p} coefficients (got ${rows.length})`,
    );
  }
  const fit = fitLeastSquares(name, withInterceptColumn(rows), targets);
  const e = fit.residuals;
  if (fit.rss <= 1e-24 * targets.reduce((sum, value) => sum + value * value, 0)) {
    throw new InvalidArgumentError(
      name,
      `requires a fit that leaves residuals (got RSS = ${fit.rss})`,
    );
  }
  const s2 = fit.rss / (rows.length - p);
  // Cook's distance r²h/(p(1 − h)) with r = e/(s·sqrt(1 − h)), i.e. e²h/(p·s²·(1 − h)²).
  const leverage = fit.leverage;
  const cooks = e.map((residual, i) => {
    const h = leverage[i]!;
    // Rounding can leave an exact h = 1 a few ulps below 1, where the formula is rounding noise
    // over rounding noise; the tolerance is 01.07's.
    return h >= 1 - UNIT_LEVERAGE_TOLERANCE
      ? Number.POSITIVE_INFINITY
      : (residual * residual * h) / (p * s2 * (1 - h) ** 2);
  });
  const maxCooksDistance = maxOf(cooks);
  const mostInfluentialRow = cooks.indexOf(maxCooksDistance);
  const reset = resetWhereApplicable(rows, targets);
  const screen = {
    notApplicable: reset === undefined ? ['nonlinearity' as const] : [],
    resetPValue: reset?.pValue ?? 1,
    breuschPaganPValue: breuschPagan(e, rows).pValue,
    breuschGodfreyPValue: breuschGodfrey(e, rows).pValue,
    durbinWatson: durbinWatson(e),
    jarqueBeraPValue: jarqueBera(e).pValue,
    maxCooksDistance,
    mostInfluentialRow,
    maxVarianceInflation: maxOf(varianceInflationFactors(rows)),
  };
  const checks: [ScreenedFailureMode, boolean][] = [
    ['nonlinearity', screen.resetPValue < alpha],
    ['heteroscedasticity', screen.breuschPaganPValue < alpha],
    ['autocorrelation', screen.breuschGodfreyPValue < alpha],
    ['heavyTails', screen.jarqueBeraPValue < alpha],
    ['highLeverage', screen.maxCooksDistance > cooksThreshold],
    ['multicollinearity', screen.maxVarianceInflation > vifThreshold],
  ];
  return { flagged: checks.filter(([, flag]) => flag).map(([mode]) => mode), ...screen };
}
