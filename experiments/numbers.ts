/**
 * Small summaries the experiments share: means, standard errors, correlations, grids. Kept
 * here so that no experiment leans on a kata for arithmetic that is not its subject.
 */

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample standard deviation (n − 1). */
export function standardDeviation(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(
    values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1),
  );
}

/** Standard error of the mean: sd/√n. */
export function standardError(values: readonly number[]): number {
  return standardDeviation(values) / Math.sqrt(values.length);
}

export function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Pearson correlation. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((value, i) => {
    const dx = value - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Least-squares slope and intercept of y on x. */
export function lineFit(
  x: readonly number[],
  y: readonly number[],
): { slope: number; intercept: number } {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  x.forEach((value, i) => {
    sxy += (value - mx) * ((y[i] as number) - my);
    sxx += (value - mx) ** 2;
  });
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
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
  return values.reduce((best, value, i) => (value < (values[best] as number) ? i : best), 0);
}

/** The index of the largest value (the first one on ties). */
export function argMax(values: readonly number[]): number {
  return values.reduce((best, value, i) => (value > (values[best] as number) ? i : best), 0);
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

/** Ranks 1 … n, ties given their average rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) result[(order[k] as { index: number }).index] = rank;
    start = end + 1;
  }
  return result;
}

/** Spearman rank correlation: +1 for a perfectly increasing relation, −1 for decreasing. */
export function rankCorrelation(x: readonly number[], y: readonly number[]): number {
  return correlation(ranks(x), ranks(y));
}
