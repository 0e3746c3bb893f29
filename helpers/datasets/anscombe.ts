/**
 * Anscombe's quartet: four small datasets with (nearly) the same regression line and summary
 * statistics and entirely different stories, the classic argument for looking at residuals
 * rather than trusting a fit's summary.
 *
 * Source: F. J. Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician
 * 27(1), pp. 17–21, doi:10.1080/00031305.1973.10478966; the table as reprinted by E. R. Tufte,
 * The Visual Display of Quantitative Information (1983), p. 13, and as R's
 * `datasets::anscombe` (columns x1…x4, y1…y4 are sets I…IV). Sets I–III share their x values;
 * set IV has x = 8 everywhere except one point (19, 12.50).
 *
 * What each set shows (Anscombe's intent, and what later diagnostics should find):
 * - I: a straight line with scatter, the textbook case the summary fits.
 * - II: a smooth curve; the residuals are a near-perfect parabola in x (nonlinearity).
 * - III: a straight line through ten points and one outlier at x = 13 (y = 12.74).
 * - IV: all the slope comes from one point, (19, 12.50), whose leverage is exactly 1, so its
 *   residual is exactly 0 and its internally studentized residual and Cook's distance are 0/0.
 *
 * The numbers below are the published table, digit for digit; they are frozen so that specs
 * sharing a worker cannot change them for each other.
 */

export type AnscombeSetName = 'I' | 'II' | 'III' | 'IV';

export interface AnscombeSet {
  readonly name: AnscombeSetName;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

function freezeSet(name: AnscombeSetName, x: number[], y: number[]): AnscombeSet {
  return Object.freeze({ name, x: Object.freeze(x), y: Object.freeze(y) });
}

const SHARED_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];

/** The four sets in the published order, 11 points each. */
export const ANSCOMBE_QUARTET: readonly AnscombeSet[] = Object.freeze([
  freezeSet(
    'I',
    SHARED_X.slice(),
    [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68],
  ),
  freezeSet(
    'II',
    SHARED_X.slice(),
    [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74],
  ),
  freezeSet(
    'III',
    SHARED_X.slice(),
    [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73],
  ),
  freezeSet(
    'IV',
    [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
    [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
  ),
]);

/** A published summary value and how far each of the four sets may sit from it. */
export interface PublishedValue {
  readonly value: number;
  /**
   * Half a unit in the last published digit (the rounding the number was printed with),
   * unless a note on the field says otherwise.
   */
  readonly tolerance: number;
}

/**
 * The summary every set shares, at the precision it is usually quoted (Tufte's reprint and the
 * widely copied table: mean x 9, variance x 11, mean y 7.50, variance y 4.125 ± 0.003,
 * correlation 0.816, line y = 3.00 + 0.500x, R² 0.67). Variances are sample variances
 * (divisor n − 1). Anscombe's own list (n = 11, Σ(x − x̄)² = 110.0, regression SS 27.50,
 * residual SS 13.75, standard error of the slope 0.118, R² 0.667) is `ANSCOMBE_PAPER_SUMMARY`.
 */
export const ANSCOMBE_PUBLISHED_SUMMARY = Object.freeze({
  n: 11,
  /** Exact in every set. */
  meanX: { value: 9, tolerance: 0 },
  /** Exact in every set (Σ(x − x̄)² = 110, divided by n − 1 = 10). */
  varianceX: { value: 11, tolerance: 0 },
  meanY: { value: 7.5, tolerance: 0.005 },
  /** Quoted as "4.125 ± 0.003": the four sets give 4.1273, 4.1276, 4.1226 and 4.1232. */
  varianceY: { value: 4.125, tolerance: 0.003 },
  /**
   * Quoted as 0.816; set IV's r is 0.81652, which rounds to 0.817, so the quoted value holds
   * to ±0.001 rather than to half a unit in its last digit.
   */
  correlation: { value: 0.816, tolerance: 0.001 },
  intercept: { value: 3, tolerance: 0.005 },
  slope: { value: 0.5, tolerance: 0.0005 },
  rSquared: { value: 0.67, tolerance: 0.005 },
} satisfies Record<string, number | PublishedValue>);

/**
 * Anscombe's (1973) own summary list, identical "for each of the four data sets" to the
 * precision he printed. Tolerances are those the four sets actually meet (measured from the
 * table above): his figures are rounded, not exact, for sets II–IV.
 */
export const ANSCOMBE_PAPER_SUMMARY = Object.freeze({
  // n, the means and the line as in the quoted summary.
  n: ANSCOMBE_PUBLISHED_SUMMARY.n,
  meanX: ANSCOMBE_PUBLISHED_SUMMARY.meanX,
  meanY: ANSCOMBE_PUBLISHED_SUMMARY.meanY,
  slope: ANSCOMBE_PUBLISHED_SUMMARY.slope,
  intercept: ANSCOMBE_PUBLISHED_SUMMARY.intercept,
  /** Σ(x − x̄)², exact in every set. */
  sumOfSquaresX: { value: 110, tolerance: 0 },
  /** Regression sum of squares on 1 df: the sets give 27.510, 27.500, 27.470, 27.490. */
  regressionSumOfSquares: { value: 27.5, tolerance: 0.05 },
  /** Residual sum of squares on 9 df: the sets give 13.763, 13.776, 13.756, 13.742. */
  residualSumOfSquares: { value: 13.75, tolerance: 0.05 },
  /** Estimated standard error of the slope, sqrt((RSS/9)/110). */
  slopeStandardError: { value: 0.118, tolerance: 0.0005 },
  /** Multiple R²: the sets give 0.66654, 0.66624, 0.66632, 0.66671. */
  rSquared: { value: 0.667, tolerance: 0.001 },
} satisfies Record<string, number | PublishedValue>);
