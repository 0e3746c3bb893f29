/**
 * Experiment: how each tail of the two 95% intervals at a new point fares as n grows, under
 * normal errors (A6 holds) and under centred exponential errors (A6 broken, skewness 2).
 *
 * Fixed design x = 0, 1/(n − 1), …, 1, y = 1 + 2x + ε, a new point at the end of the data,
 * x₀ = 1, with its own new error ε₀; n = 5 … 400, 2000 seeded replicates each. The half-widths
 * come from kata 01.12 (predictWithIntervals, called once per n: with the design fixed, each
 * half-width is s times a factor of X, x₀ and the level), and each replicate's ŷ₀ and s from the
 * closed-form line. The interval for the mean recovers as n grows; the prediction interval's
 * tails stay those of the error law (theory C1.12).
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { lineChart, chartGrid, type Series } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { maxOf } from '../../helpers/validation';
import { check, choice, defineExperiment, integer, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';

const SIZES = [5, 10, 20, 50, 100, 200, 400] as const;
const X0 = 1;
const TAIL = 0.025;
/** P(ε₀ > 1.96σ) for Exp(1) − 1 errors: the prediction interval's upper miss as n → ∞. */
const EXPONENTIAL_LIMIT = Math.exp(-(1 + 1.959963984540054));

/** Error laws with mean 0 and variance 1: normal, and three ways of not being normal. */
const LAWS = {
  normal: (rng: Rng) => rng.normal(),
  /** Skewed (skewness 2). */
  exponential: (rng: Rng) => -Math.log(1 - rng.uniform()) - 1,
  /** Symmetric, heavy tails: Student t with 3 df over √3, as a normal over √(χ²₃/3), scaled. */
  t3: (rng: Rng) => {
    const chi2 = rng.normal() ** 2 + rng.normal() ** 2 + rng.normal() ** 2;
    return rng.normal() / Math.sqrt(chi2 / 3) / Math.sqrt(3);
  },
  /** Symmetric, light tails: uniform on [−√3, √3]. */
  uniform: (rng: Rng) => Math.sqrt(3) * (2 * rng.uniform() - 1),
};
type Law = keyof typeof LAWS;

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  law: choice('non-normal error law', ['exponential', 't3', 'uniform'], 'exponential'),
  replicates: integer('replicates per n', 2000, 200, 20000, 200),
};

type Tails = {
  readonly n: number;
  readonly meanBelow: number;
  readonly meanAbove: number;
  readonly newBelow: number;
  readonly newAbove: number;
};

function lineAt(x: readonly number[], y: readonly number[]): { at: number; s: number } {
  const n = x.length;
  let xSum = 0;
  let ySum = 0;
  for (let i = 0; i < n; i += 1) {
    xSum += x[i]!;
    ySum += y[i]!;
  }
  const xBar = xSum / n;
  const yBar = ySum / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i]! - xBar;
    const dy = y[i]! - yBar;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  return {
    at: yBar + slope * (X0 - xBar),
    s: Math.sqrt(Math.max(syy - slope * sxy, 0) / (n - 2)),
  };
}

const STATEMENTS = [
  'under normal errors every tail of both 95% intervals misses 2.5% of the time, within 4 binomial SEs, at every n',
  'under exponential errors the interval for the mean misses lopsidedly at n = 5 and both its tails are within 4 SEs of 2.5% at n = 400',
  'under exponential errors the prediction interval almost never misses below (under 2.5% − 4 SE) at every n ≥ 10, and its upper miss at n = 400 is within 4 SEs of e^{−2.96} = 5.2%, not 2.5%',
] as const;

/** The miss rate of each tail of both intervals at x₀ over `replicates` samples of size n. */
function tailsAt(
  api: typeof Week01,
  rng: Rng,
  error: (rng: Rng) => number,
  n: number,
  replicates: number,
): Tails {
  const X = Array.from({ length: n }, (_, i) => [i / (n - 1)]);
  const x = X.map(([value]) => value as number);
  // One call fixes the half-width factors t·sqrt(q) and t·sqrt(1 + q) for this design.
  const probeY = x.map((value, i) => 1 + 2 * value + (i % 3) - 1);
  const probe = api.predictWithIntervals(X, probeY, [[X0]]);
  const { s: probeS } = lineAt(x, probeY);
  const meanFactor =
    ((probe.confidence[0]?.upper ?? NaN) - (probe.confidence[0]?.lower ?? NaN)) / (2 * probeS);
  const newFactor =
    ((probe.prediction[0]?.upper ?? NaN) - (probe.prediction[0]?.lower ?? NaN)) / (2 * probeS);
  const counts = [0, 0, 0, 0];
  const y = new Array<number>(n);
  const mean0 = 1 + 2 * X0;
  for (let r = 0; r < replicates; r += 1) {
    for (let i = 0; i < n; i += 1) y[i] = 1 + 2 * x[i]! + error(rng);
    const { at, s } = lineAt(x, y);
    const y0 = mean0 + error(rng);
    if (mean0 < at - meanFactor * s) counts[0] = counts[0]! + 1;
    if (mean0 > at + meanFactor * s) counts[1] = counts[1]! + 1;
    if (y0 < at - newFactor * s) counts[2] = counts[2]! + 1;
    if (y0 > at + newFactor * s) counts[3] = counts[3]! + 1;
  }
  const [meanBelow, meanAbove, newBelow, newAbove] = counts.map((c) => c / replicates) as [
    number,
    number,
    number,
    number,
  ];
  return { n, meanBelow, meanAbove, newBelow, newAbove };
}

/** Tail miss rates at every n, under normal errors and under the other law. */
function measure(api: typeof Week01, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { law: other, replicates } = values;
  const results = { normal: [], [other]: [] } as unknown as Record<Law, Tails[]>;
  for (const law of ['normal', other] as const) {
    const rng = createRng(`${seed}-${law}`);
    for (const n of SIZES) results[law].push(tailsAt(api, rng, LAWS[law], n, replicates));
  }
  /** Binomial SE of a 2.5% tail: 0.0035 at the default 2000 replicates. */
  const tailSE = Math.sqrt((TAIL * (1 - TAIL)) / replicates);
  return { other, replicates, tailSE, results };
}

type Misses = ReturnType<typeof measure>;

const percent = (v: number) => 100 * v;

function tables({ other, replicates, tailSE, results }: Misses): Table[] {
  const table = (law: Law) => ({
    title: `${law} errors: miss rates (%) of each tail, ${replicates} replicates per n (SE ${(100 * tailSE).toFixed(2)} at 2.5%)`,
    columns: ['n', 'mean: below', 'mean: above', 'new y₀: below', 'new y₀: above'],
    rows: results[law].map((t) => [
      t.n,
      percent(t.meanBelow),
      percent(t.meanAbove),
      percent(t.newBelow),
      percent(t.newAbove),
    ]),
  });
  return [table('normal'), table(other)];
}

function figures({ other, results }: Misses): Figure[] {
  const panel = (law: Law, which: 'mean' | 'new') => {
    const tails = results[law];
    const series: Series[] = [
      {
        name: 'misses below',
        points: tails.map((t) => ({
          x: t.n,
          y: percent(which === 'mean' ? t.meanBelow : t.newBelow),
        })),
      },
      {
        name: 'misses above',
        points: tails.map((t) => ({
          x: t.n,
          y: percent(which === 'mean' ? t.meanAbove : t.newAbove),
        })),
      },
      {
        name: 'nominal 2.5%',
        dashed: true,
        colour: '#888888',
        points: SIZES.map((n) => ({ x: n, y: 100 * TAIL })),
      },
    ];
    return lineChart({
      title: `${which === 'mean' ? 'interval for E[y | x₀]' : 'prediction interval for y₀'}, ${law} errors`,
      x: { title: 'n (log scale)', scale: 'log' },
      y: { title: 'miss rate (%)', domain: [0, 10] },
      width: 280,
      height: 200,
      series,
      legend: law === 'normal' && which === 'mean',
    });
  };
  return [
    {
      id: 'tails_by_n',
      caption:
        other === 'exponential'
          ? 'Each tail of the two 95% intervals at x₀ = 1 against n. With normal errors every line stays at 2.5%. With exponential errors the interval for the mean starts lopsided and closes in on 2.5% as n grows; the prediction interval never misses below and misses above about 5.2% of the time at every n.'
          : `Each tail of the two 95% intervals at x₀ = 1 against n, under normal errors and under ${other} errors (mean 0, variance 1). The interval for the mean recovers as n grows; the prediction interval's tails stay those of the error law.`,
      spec: chartGrid({
        title: 'Tail miss rates of the 95% intervals, by n',
        charts: [
          panel('normal', 'mean'),
          panel('normal', 'new'),
          panel(other, 'mean'),
          panel(other, 'new'),
        ],
        columns: 2,
      }),
    },
  ];
}

function numbers({ other, replicates, tailSE, results }: Misses) {
  return {
    replicates,
    x0: X0,
    tailStandardError: tailSE,
    exponentialUpperLimit: EXPONENTIAL_LIMIT,
    normal: results.normal,
    [other]: results[other],
  };
}

function conclusions({ other, replicates, tailSE, results }: Misses): Conclusion[] {
  const within = (rate: number) => Math.abs(rate - TAIL) <= 4 * tailSE;
  const normalOk = results.normal.every(
    (t) => within(t.meanBelow) && within(t.meanAbove) && within(t.newBelow) && within(t.newAbove),
  );
  const skewed = results[other];
  const first = skewed[0] as Tails;
  const last = skewed[skewed.length - 1] as Tails;
  const lopsided =
    (first.meanAbove - first.meanBelow) /
    Math.sqrt(Math.max(first.meanAbove + first.meanBelow, 1 / replicates) / replicates);
  const predictionBelowEmpty = skewed
    .filter((t) => t.n >= 10)
    .every((t) => t.newBelow < TAIL - 4 * tailSE);
  const upperAtLimit =
    Math.abs(last.newAbove - EXPONENTIAL_LIMIT) <=
    4 * Math.sqrt((EXPONENTIAL_LIMIT * (1 - EXPONENTIAL_LIMIT)) / replicates);
  return [
    check(
      STATEMENTS[0],
      normalOk,
      `largest deviation from 2.5%: ${maxOf(results.normal.flatMap((t) => [t.meanBelow, t.meanAbove, t.newBelow, t.newAbove].map((r) => Math.abs(r - TAIL)))).toFixed(4)} (4 SE = ${(4 * tailSE).toFixed(4)})`,
    ),
    check(
      STATEMENTS[1],
      lopsided > 4 && within(last.meanBelow) && within(last.meanAbove),
      `n = 5: above ${percent(first.meanAbove).toFixed(2)}%, below ${percent(first.meanBelow).toFixed(2)}% (gap ${lopsided.toFixed(1)} SE); n = 400: ${percent(last.meanBelow).toFixed(2)}% and ${percent(last.meanAbove).toFixed(2)}%`,
    ),
    check(
      STATEMENTS[2],
      predictionBelowEmpty && upperAtLimit,
      `below: ${skewed.map((t) => `${percent(t.newBelow).toFixed(2)}%`).join(', ')}; above at n = 400: ${percent(last.newAbove).toFixed(2)}% (limit ${percent(EXPONENTIAL_LIMIT).toFixed(2)}%)`,
    ),
  ];
}

export default defineExperiment<typeof Week01>({
  title: 'Prediction intervals and intervals for the mean, tail by tail',
  question:
    'When the errors are not normal, which interval at a new point does more data repair: the one for the mean, or the one for a new observation?',
  seed: 20261203,
  uses: ['predictWithIntervals'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions }),
});
