/**
 * Experiment: what Newey–West standard errors buy under autocorrelation, coefficient by
 * coefficient (kata 01.15).
 *
 * Errors AR(1) with ρₑ = 0.75 in every replicate; one regressor, either independent over time
 * (ρₓ = 0) or AR(1) with ρₓ = 0.75. Moulton's factor (1 + ρₓρₑ)/(1 − ρₓρₑ) says the classical
 * slope interval is honest in the first case and covers about 70% in the second, while the
 * intercept (ρₓ = 1) under-covers in both. Nominal 95% intervals (t on n − 2 degrees of freedom)
 * are built from three covariances: classical s²(XᵀX)⁻¹, HC0 (Newey–West at lag 0) and Newey–West
 * at the default lag floor(4·(n/100)^(2/9)). A sweep over n shows how slowly the Newey–West
 * shortfall closes.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { studentTQuantile } from '../../helpers/distributions';
import { lineChart } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { check, defineExperiment, integer, inParts, real } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';

const SWEEP_N = [50, 100, 200, 400] as const;

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  rhoErrors: real('error autocorrelation ρₑ', 0.75, 0, 0.95, 0.05),
  rhoX: real('regressor autocorrelation ρₓ (the sweep)', 0.75, 0, 0.95, 0.05),
  replicates: integer('replicates per point', 150, 50, 2000, 50),
};

interface Design {
  readonly replicates: number;
  readonly rhoErrors: number;
}
const f = (value: number): string => value.toFixed(3);

/** AR(1) series of length n with coefficient rho and unit stationary variance. */
function ar1(rng: Rng, n: number, rho: number): number[] {
  const values = [rng.normal()];
  for (let t = 1; t < n; t += 1)
    values.push(rho * values[t - 1]! + Math.sqrt(1 - rho * rho) * rng.normal());
  return values;
}

type Method = 'classical' | 'HC0' | 'Newey–West';
const METHODS: readonly Method[] = ['classical', 'HC0', 'Newey–West'];

interface Coverage {
  readonly slope: Record<Method, number>;
  readonly intercept: Record<Method, number>;
}

/** Coverage of β = (1, 2) by nominal 95% intervals, over REPLICATES seeded draws. */
function coverage(
  api: typeof Week01,
  rng: Rng,
  n: number,
  rhoX: number,
  { replicates, rhoErrors }: Design,
): Coverage {
  const t = studentTQuantile(0.975, n - 2);
  const lag = api.neweyWestLag(n);
  const hits = {
    slope: { classical: 0, HC0: 0, 'Newey–West': 0 },
    intercept: { classical: 0, HC0: 0, 'Newey–West': 0 },
  };
  for (let r = 0; r < replicates; r += 1) {
    const x = ar1(rng, n, rhoX);
    const errors = ar1(rng, n, rhoErrors);
    const X = x.map((value) => [value]);
    const y = x.map((value, i) => 1 + 2 * value + errors[i]!);
    const fits = {
      HC0: api.neweyWestCovariance(X, y, { lag: 0 }),
      'Newey–West': api.neweyWestCovariance(X, y, { lag }),
    };
    const [b0, b1] = fits.HC0.coefficients as [number, number];
    const mean = x.reduce((sum, value) => sum + value, 0) / n;
    let sxx = 0;
    let rss = 0;
    x.forEach((value, i) => {
      sxx += (value - mean) ** 2;
      rss += (y[i]! - b0 - b1 * value) ** 2;
    });
    const s2 = rss / (n - 2);
    const classical = [Math.sqrt(s2 * (1 / n + (mean * mean) / sxx)), Math.sqrt(s2 / sxx)];
    const covers = (j: number, se: number): boolean =>
      Math.abs(j === 0 ? b0 - 1 : b1 - 2) <= t * se;
    for (const method of METHODS) {
      const se =
        method === 'classical' ? classical : (fits[method].standardErrors as [number, number]);
      if (covers(0, se[0]!)) hits.intercept[method] += 1;
      if (covers(1, se[1]!)) hits.slope[method] += 1;
    }
  }
  const share = (counts: Record<Method, number>): Record<Method, number> =>
    Object.fromEntries(METHODS.map((m) => [m, counts[m] / replicates])) as Record<Method, number>;
  return { slope: share(hits.slope), intercept: share(hits.intercept) };
}

const STATEMENTS = [
  'with a regressor independent over time, classical slope intervals keep near-nominal coverage (at least 0.95 − 4 SE) while the intercept’s under-cover (below 0.85): the Moulton interaction',
  'with an AR(1) regressor, classical slope intervals cover under 0.8 at every n, and HC0 (lag 0) is no better than classical (within 4 SE)',
  'Newey–West at the default lag raises slope coverage by at least 0.08 at every n ≥ 100 with the AR(1) regressor',
  'Newey–West still falls short of 95% at n = 50 (below 0.9), and its shortfall at n = 400 is smaller than at n = 50',
] as const;

/** Coverage with a regressor independent over time at n = 100, and with an AR(1) one at each n. */
function measure(api: typeof Week01, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { rhoErrors, rhoX, replicates } = values;
  const design = { replicates, rhoErrors };
  const rng = createRng(seed);
  const independent = coverage(api, rng, 100, 0, design);
  const sweep = SWEEP_N.map((n) => ({
    n,
    lag: api.neweyWestLag(n),
    result: coverage(api, rng, n, rhoX, design),
  }));
  return {
    ...values,
    /** Binomial SE of a coverage near 0.9: about 0.024 at the default 150 replicates. */
    SE: Math.sqrt((0.9 * 0.1) / replicates),
    independent,
    sweep,
    at100: sweep.find((entry) => entry.n === 100)?.result as Coverage,
    first: (sweep[0] as (typeof sweep)[0]).result,
    last: (sweep[sweep.length - 1] as (typeof sweep)[0]).result,
  };
}

type Coverages = ReturnType<typeof measure>;

const row = (label: string, values: Record<Method, number>): (string | number)[] => [
  label,
  ...METHODS.map((m) => values[m]),
];

function tables({
  replicates,
  SE,
  rhoErrors,
  rhoX,
  independent,
  at100,
  sweep,
}: Coverages): Table[] {
  return [
    {
      title: `Coverage of nominal 95% intervals at n = 100 (${replicates} replicates, SE ≈ ${SE.toFixed(3)}; errors AR(1), ρₑ = ${rhoErrors})`,
      columns: ['coefficient (regressor)', ...METHODS],
      rows: [
        row('slope (ρₓ = 0)', independent.slope),
        row('intercept (ρₓ = 0)', independent.intercept),
        row(`slope (ρₓ = ${rhoX})`, at100.slope),
        row(`intercept (ρₓ = ${rhoX})`, at100.intercept),
      ],
    },
    {
      title: `Slope coverage with an AR(1) regressor (ρₓ = ${rhoX}) as n grows; default lag floor(4·(n/100)^(2/9))`,
      columns: ['n', 'default lag', ...METHODS],
      rows: sweep.map(({ n, lag, result }) => [n, lag, ...METHODS.map((m) => result.slope[m])]),
    },
  ];
}

function figures({ rhoX, rhoErrors, replicates, sweep }: Coverages): Figure[] {
  return [
    {
      id: 'slope_coverage_by_n',
      caption:
        'Classical and HC0 intervals stay near 70% at every n: more data does not cure the dependence. Newey–West recovers most of the gap and closes the rest slowly.',
      spec: lineChart({
        title: 'Slope coverage under AR(1) errors on an AR(1) regressor',
        subtitle: `ρₓ = ${rhoX}, ρₑ = ${rhoErrors}, ${replicates} replicates per point`,
        x: { title: 'n', scale: 'log' },
        y: { title: 'coverage of a nominal 95% interval', domain: [0.5, 1] },
        series: METHODS.map((m) => ({
          name: m,
          points: sweep.map(({ n, result }) => ({ x: n, y: result.slope[m] })),
        })),
        rules: [{ axis: 'y', value: 0.95, label: 'nominal 95%' }],
      }),
    },
  ];
}

function numbers({ replicates, rhoErrors, independent, sweep }: Coverages) {
  return {
    replicates,
    rhoErrors,
    independentRegressor: {
      slope: { ...independent.slope },
      intercept: { ...independent.intercept },
    },
    sweep: sweep.map(({ n, lag, result }) => ({
      n,
      lag,
      slope: { ...result.slope },
      intercept: { ...result.intercept },
    })),
  };
}

function conclusions({ SE, independent, sweep, first, last }: Coverages): Conclusion[] {
  return [
    check(
      STATEMENTS[0],
      independent.slope.classical >= 0.95 - 4 * SE && independent.intercept.classical < 0.85,
      `ρₓ = 0, n = 100: classical slope ${f(independent.slope.classical)}, intercept ${f(independent.intercept.classical)}`,
    ),
    check(
      STATEMENTS[1],
      sweep.every(
        ({ result }) =>
          result.slope.classical < 0.8 &&
          Math.abs(result.slope.HC0 - result.slope.classical) <= 4 * SE,
      ),
      sweep
        .map(
          ({ n, result }) =>
            `n = ${n}: classical ${f(result.slope.classical)}, HC0 ${f(result.slope.HC0)}`,
        )
        .join('; '),
    ),
    check(
      STATEMENTS[2],
      sweep.every(
        ({ n, result }) => n < 100 || result.slope['Newey–West'] - result.slope.classical >= 0.08,
      ),
      sweep
        .map(
          ({ n, result }) =>
            `n = ${n}: ${f(result.slope.classical)} → ${f(result.slope['Newey–West'])}`,
        )
        .join('; '),
    ),
    check(
      STATEMENTS[3],
      first.slope['Newey–West'] < 0.9 &&
        0.95 - last.slope['Newey–West'] < 0.95 - first.slope['Newey–West'],
      `Newey–West slope coverage ${f(first.slope['Newey–West'])} at n = 50, ${f(last.slope['Newey–West'])} at n = 400`,
    ),
  ];
}

const notes = (): string[] => [
  'Where the regressor is independent over time, Newey–West costs a little slope coverage (its standard error is noisier than the classical one, which was right there) and repairs much of the intercept’s.',
  'At n = 50 the default lag (3) recovers little: the Bartlett weights shrink the lags they keep and drop the rest, and the t critical value ignores how noisy Ŝ is. Prewhitening and fixed-b critical values are the standard refinements (theory).',
];

export default defineExperiment<typeof Week01>({
  title: 'Newey–West standard errors under autocorrelation',
  question:
    'When successive errors are correlated, which coefficients’ classical intervals fail, how much do Newey–West intervals recover, and how fast does the rest close with n?',
  seed: 20261203,
  uses: ['neweyWestCovariance', 'neweyWestLag'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
