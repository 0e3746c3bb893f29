/**
 * LOWESS, the scatterplot smoother R's `plot.lm` draws through its residual panels
 * (`panel.smooth` → `lowess(x, y, f = 2/3, iter = 3)`).
 *
 * Method (Cleveland 1979, "Robust locally weighted regression and smoothing scatterplots",
 * JASA 74(368); R's C routine clowess): at each x_i, a straight line fitted by weighted least
 * squares to the ⌊f·n⌋ nearest neighbours with tricube weights (1 − (d/h)³)³, h the distance
 * to the farthest of them; then `iterations` robustness passes that refit with bisquare
 * weights (1 − (r/6·MAD)²)², which is what keeps one outlier from dragging the curve. This
 * version evaluates the fit at every point (R's `delta` shortcut interpolates between points
 * closer than 1 % of the range; the curves differ by less than a pixel).
 */
import { median } from 'simple-statistics';
import { checkNumber, checkSameLength, checkVector } from './validation';

export interface LowessOptions {
  /** Fraction of the points in each local fit; R's default 2/3. */
  readonly span?: number;
  /** Robustness passes after the first fit; R's default 3. */
  readonly iterations?: number;
}

export interface SmoothedCurve {
  /** The x values sorted ascending. */
  readonly x: number[];
  /** The smoothed value at each sorted x. */
  readonly y: number[];
}

/**
 * The local weighted straight-line fit at x[i] (clowess's `lowest`): the window starts at
 * `left`; h is the distance to its farther end; points up to 0.999·h to the right of the
 * window (ties at its edge) still count, as in R.
 */
function localFit(
  x: readonly number[],
  y: readonly number[],
  robustness: readonly number[],
  i: number,
  left: number,
  right: number,
): number {
  const n = x.length;
  const xi = x[i]!;
  const h = Math.max(xi - x[left]!, x[right]! - xi);
  // R's cut-offs: full weight within 0.001·h, none beyond 0.999·h.
  const indices: number[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let j = left; j < n; j += 1) {
    const distance = Math.abs(x[j]! - xi);
    if (distance > 0.999 * h) {
      if (x[j]! > xi) break;
      continue;
    }
    const weight = (distance <= 0.001 * h ? 1 : (1 - (distance / h) ** 3) ** 3) * robustness[j]!;
    indices.push(j);
    weights.push(weight);
    total += weight;
  }
  if (total <= 0) return y[i]!;
  let meanX = 0;
  indices.forEach((j, k) => (meanX += (weights[k]! * x[j]!) / total));
  let spread = 0;
  indices.forEach((j, k) => (spread += (weights[k]! * (x[j]! - meanX) ** 2) / total));
  // A slope only when the window's x values spread over more than 0.1 % of the whole range.
  const range = x[n - 1]! - x[0]!;
  const slope = h > 0 && Math.sqrt(spread) > 0.001 * range;
  let fitted = 0;
  indices.forEach((j, k) => {
    const leverage = slope ? ((xi - meanX) * (x[j]! - meanX)) / spread + 1 : 1;
    fitted += (weights[k]! / total) * leverage * y[j]!;
  });
  return fitted;
}

/** The LOWESS curve through (x, y), at the sorted x values. */
export function lowess(
  xValues: readonly number[],
  yValues: readonly number[],
  options: LowessOptions = {},
): SmoothedCurve {
  const name = 'lowess';
  const xs = checkVector(name, 'x', xValues, 2);
  const ys = checkVector(name, 'y', yValues);
  checkSameLength(name, 'x values', xs.length, 'y values', ys.length);
  const span = checkNumber(name, 'span', options.span ?? 2 / 3, { min: 0 });
  const iterations = checkNumber(name, 'iterations', options.iterations ?? 3, {
    min: 0,
    integer: true,
  });
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const x = order.map((i) => xs[i]!);
  const y = order.map((i) => ys[i]!);
  const n = x.length;
  // R: ns = max(min(floor(f·n + 1e-7), n), 2)
  const neighbours = Math.max(2, Math.min(n, Math.floor(span * n + 1e-7)));
  let robustness = new Array<number>(n).fill(1);
  let smoothed = y.slice();

  for (let pass = 0; pass <= iterations; pass += 1) {
    let left = 0;
    let right = neighbours - 1;
    smoothed = x.map((xi, i) => {
      // Slide the window of `neighbours` points right while that brings it closer to x_i.
      while (right < n - 1 && xi - x[left]! > x[right + 1]! - xi) {
        left += 1;
        right += 1;
      }
      return n === 1 ? y[0]! : localFit(x, y, robustness, i, left, Math.min(right, n - 1));
    });
    if (pass === iterations) break;
    const residuals = y.map((value, i) => value - smoothed[i]!);
    const scale = 6 * median(residuals.map(Math.abs));
    const meanAbsolute = residuals.reduce((sum, r) => sum + Math.abs(r), 0) / n;
    if (scale < 1e-7 * meanAbsolute || scale === 0) break;
    robustness = residuals.map((residual) => {
      const r = Math.abs(residual);
      if (r <= 0.001 * scale) return 1;
      if (r > 0.999 * scale) return 0;
      return (1 - (r / scale) ** 2) ** 2;
    });
  }
  return { x, y: smoothed };
}
