/**
 * Section 6: how `fitOLS` and `influenceMeasures` grow with n (p = 20) and with p (n = 10⁴),
 * and fitOLS against ml-regression-multivariate-linear at n = 10⁵, p = 20. Each size is a
 * median of a few runs (one at n = 10⁶); the growth exponent between neighbouring sizes,
 * log(t₂/t₁)/log(n₂/n₁), is ≈ 1 for work linear in n and ≈ 2 for np² in p. An n × n hat matrix
 * would show as 2 in n (and as memory: 10⁶ × 10⁶ doubles do not fit), so the table also prints
 * the memory the call added (the process's resident set, sampled before and after).
 */
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { median } from 'simple-statistics';
import { createRng } from '../../helpers/random';
import { fitOLS, influenceMeasures } from '../../solutions/week_01_linear_regression/index';

export interface ScalingRow {
  readonly n: number;
  readonly p: number;
  readonly fitOLSMs: number;
  readonly influenceMs: number;
  /** Growth exponent against the previous row of the same table (undefined for the first). */
  readonly fitOLSExponent?: number;
  readonly influenceExponent?: number;
  /** Resident memory added by influenceMeasures, MB (a rough upper bound: GC timing moves it). */
  readonly influenceMemoryMb: number;
}

export interface MlrComparison {
  readonly n: number;
  readonly p: number;
  readonly fitOLSMs: number[];
  readonly mlrMs: number[];
  readonly ratio: number;
  readonly pairedRatios: number[];
}

export interface ScalingResult {
  readonly byN: ScalingRow[];
  readonly byP: ScalingRow[];
  readonly mlr: MlrComparison;
}

function problem(n: number, p: number): { X: number[][]; y: number[] } {
  const rng = createRng(`bench-scaling-${n}-${p}`);
  const X = Array.from({ length: n }, () => rng.normalVector(p));
  const y = X.map(
    (row) => row.reduce((sum, value, j) => sum + value * (1 + (j % 5)), 1) + rng.normal(),
  );
  return { X, y };
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function table(sizes: readonly [number, number][], key: 'n' | 'p'): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const [n, p] of sizes) {
    const { X, y } = problem(n, p);
    const runs = n * p >= 1e7 ? 1 : n * p >= 1e6 ? 3 : 5;
    if (runs > 1) fitOLS(X, y); // warm-up
    const fitTimes = Array.from({ length: runs }, () => timeMs(() => fitOLS(X, y)));
    const before = process.memoryUsage().rss;
    const influenceTimes = Array.from({ length: runs }, () =>
      timeMs(() => influenceMeasures(X, y)),
    );
    const memory = (process.memoryUsage().rss - before) / 2 ** 20;
    const previous = rows.at(-1);
    const growth = (t: number, t0: number | undefined): number | undefined =>
      previous === undefined || t0 === undefined
        ? undefined
        : Math.log(t / t0) / Math.log((key === 'n' ? n : p) / previous[key]);
    const fitOLSMs = median(fitTimes);
    const influenceMs = median(influenceTimes);
    rows.push({
      n,
      p,
      fitOLSMs,
      influenceMs,
      fitOLSExponent: growth(fitOLSMs, previous?.fitOLSMs),
      influenceExponent: growth(influenceMs, previous?.influenceMs),
      influenceMemoryMb: Math.max(0, memory),
    });
  }
  return rows;
}

/** fitOLS and ml-regression-multivariate-linear alternately, `runs` times each. */
function compareWithMlr(n: number, p: number, runs: number): MlrComparison {
  const { X, y } = problem(n, p);
  const targets = y.map((value) => [value]);
  const fitOLSMs: number[] = [];
  const mlrMs: number[] = [];
  fitOLS(X, y);
  new MultivariateLinearRegression(X, targets);
  for (let run = 0; run < runs; run += 1) {
    fitOLSMs.push(timeMs(() => fitOLS(X, y)));
    // Its default computes the standard errors too, as fitOLS does.
    mlrMs.push(timeMs(() => new MultivariateLinearRegression(X, targets)));
  }
  return {
    n,
    p,
    fitOLSMs,
    mlrMs,
    ratio: median(fitOLSMs) / median(mlrMs),
    pairedRatios: fitOLSMs.map((ms, k) => ms / (mlrMs[k] as number)),
  };
}

/**
 * Runs both functions until V8 has optimised their loops: without it the first table's rows are
 * measured on less optimised code (n = 10⁴, p = 20 took 3× longer in byN than in byP).
 */
function warmUp(): void {
  const { X, y } = problem(2000, 20);
  for (let run = 0; run < 30; run += 1) {
    fitOLS(X, y);
    influenceMeasures(X, y);
  }
}

export function measureScaling(quick = false): ScalingResult {
  warmUp();
  const ns = quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6];
  const ps = quick ? [5, 20, 50] : [5, 20, 50, 100, 200];
  return {
    byN: table(
      ns.map((n) => [n, 20]),
      'n',
    ),
    byP: table(
      ps.map((p) => [1e4, p]),
      'p',
    ),
    mlr: compareWithMlr(1e5, 20, quick ? 3 : 5),
  };
}
