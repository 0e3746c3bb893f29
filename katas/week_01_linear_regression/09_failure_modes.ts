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
import { NotImplementedError } from '../../helpers/errors';

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

export function simulateWellSpecified(
  options: SimulationOptions,
): SimulatedRegression<LinearTruth> {
  // TODO: y = 1 + 2·x1 − x2 + ε, everything drawn from createRng(options.seed).
  throw new NotImplementedError('01.09', 'simulateWellSpecified');
}

export function simulateNonlinearity(
  options: SimulationOptions & { curvature?: number },
): SimulatedRegression<NonlinearityTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateNonlinearity');
}

export function simulateHeteroscedasticity(
  options: SimulationOptions & { strength?: number },
): SimulatedRegression<HeteroscedasticityTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateHeteroscedasticity');
}

export function simulateAutocorrelation(
  options: SimulationOptions & { rho?: number; regressorRho?: number },
): SimulatedRegression<AutocorrelationTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateAutocorrelation');
}

export function simulateHeavyTails(
  options: SimulationOptions & { contamination?: number; outlierScale?: number },
): SimulatedRegression<HeavyTailsTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateHeavyTails');
}

export function simulateHighLeverage(
  options: SimulationOptions & { distance?: number; shift?: number },
): SimulatedRegression<HighLeverageTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateHighLeverage');
}

export function simulateMulticollinearity(
  options: SimulationOptions & { correlation?: number },
): SimulatedRegression<MulticollinearityTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateMulticollinearity');
}

export function simulateOmittedVariable(
  options: SimulationOptions & { omittedCoefficient?: number; correlation?: number },
): SimulatedRegression<OmittedVariableTruth> {
  // TODO
  throw new NotImplementedError('01.09', 'simulateOmittedVariable');
}

export function simulateExtrapolation(
  options: SimulationOptions & { curvature?: number; testFrom?: number; testTo?: number },
): ExtrapolationData {
  // TODO
  throw new NotImplementedError('01.09', 'simulateExtrapolation');
}

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  // TODO: one OLS fit, the kata 01.08 tests on it, and a flag per failure mode.
  throw new NotImplementedError('01.09', 'screenAssumptions');
}
