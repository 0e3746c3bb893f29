/**
 * Small summaries the experiments share: means, standard errors, correlations, grids. Kept
 * here so that no experiment leans on a kata for arithmetic that is not its subject; the
 * descriptive statistics are simple-statistics' (sample, n − 1, conventions).
 */
import {
  linearRegression,
  mean as ssMean,
  median as ssMedian,
  sampleCorrelation,
  sampleRankCorrelation,
  sampleStandardDeviation,
} from 'simple-statistics';

export const mean = (values: readonly number[]): number => ssMean([...values]);

/** Sample standard deviation (n − 1). */
export const standardDeviation = (values: readonly number[]): number =>
  sampleStandardDeviation([...values]);

/** Standard error of the mean: sd/√n. */
export function standardError(values: readonly number[]): number {
  return standardDeviation(values) / Math.sqrt(values.length);
}

export const median = (values: readonly number[]): number => ssMedian([...values]);

/** Pearson correlation. */
export const correlation = (x: readonly number[], y: readonly number[]): number =>
  sampleCorrelation([...x], [...y]);

/** Least-squares slope and intercept of y on x. */
export function lineFit(
  x: readonly number[],
  y: readonly number[],
): { slope: number; intercept: number } {
  const { m, b } = linearRegression(x.map((value, i) => [value, y[i]!]));
  return { slope: m, intercept: b };
}

/** `count` values evenly spaced on a log scale from 10^from to 10^to, both included. */
export function logGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => 10 ** (from + ((to - from) * i) / (count - 1)));
}

/** `count` values evenly spaced from `from` to `to`, both included. */
export function linearGrid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** The index of the smallest value (the first one on ties). */
export function argMin(values: readonly number[]): number {
  return values.reduce((best, value, i) => (value < values[best]! ? i : best), 0);
}

/** The index of the largest value (the first one on ties). */
export function argMax(values: readonly number[]): number {
  return values.reduce((best, value, i) => (value > values[best]! ? i : best), 0);
}

/** A number for a sentence: 3 significant digits, exponent form when very large or small. */
export function show(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-3) {
    const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}e${exponent.replace('+', '')}`;
  }
  return String(Number(value.toPrecision(digits)));
}

/** A fraction as a percentage for a sentence. */
export function percent(fraction: number): string {
  return `${(100 * fraction).toFixed(1)}%`;
}

/** Spearman rank correlation (ties given their average rank): +1 for a perfectly increasing relation. */
export const rankCorrelation = (x: readonly number[], y: readonly number[]): number =>
  sampleRankCorrelation([...x], [...y]);
