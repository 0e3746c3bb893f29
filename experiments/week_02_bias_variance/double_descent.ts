/**
 * Experiment: the double-descent curve of minimum-norm least squares (kata 02.08).
 *
 * n = 30 rows, p = 3 … 150 features with independent N(0, 1) entries (isotropic), a true
 * coefficient vector of fixed norm r = 1 spread evenly over the p features, noise σ = 0.5, and
 * `minimumNormLeastSquares` (pinv(X)·y, no intercept) fitted on 40 fresh data sets per p. Its
 * excess risk is exact per fit: E_x[(xᵀβ̂ − xᵀβ)²] = ‖β̂ − β‖² because E[xxᵀ] = I.
 *
 * Two analytic curves are overlaid:
 * - the asymptotic one (Hastie, Montanari, Rosset & Tibshirani 2019, n, p → ∞ at γ = p/n;
 *   theory/week_02_bias_variance.md#beyond-the-u-curve-double-descent): σ²γ/(1 − γ) for γ < 1 and r²(1 − 1/γ) + σ²/(γ − 1) for γ > 1;
 * - the exact finite-n expectation for Gaussian designs (Belkin, Hsu & Xu 2020, via the mean of
 *   an inverse Wishart): σ²p/(n − p − 1) for p ≤ n − 2 and r²(1 − n/p) + σ²n/(p − n − 1) for
 *   p ≥ n + 2, which the Monte Carlo means are checked against.
 * Next to p = n the risk's distribution is so heavy-tailed that its mean is infinite or has no
 * variance (n − p − 3 ≤ 0 or p − n − 3 ≤ 0): there the median is the honest summary.
 */
import { lineChart } from '../../helpers/plotting';
import { createRng } from '../../helpers/random';
import { check, defineExperiment, integer, inParts, real } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { argMax, mean, median, show, standardError } from '../numbers';
import type { Api } from './_setting';

const N = 30;
const FEATURES = [3, 6, 10, 15, 20, 25, 27, 29, 30, 31, 33, 35, 40, 45, 60, 90, 120, 150];

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  signalNorm: real('signal ‖β‖ = r', 1, 0, 5, 0.1),
  sigma: real('noise sd σ', 0.5, 0.05, 3, 0.05),
  replicates: integer('data sets per p', 40, 10, 400, 10),
};

/** The noise and signal energies σ² and r² that the risk formulas below depend on. */
interface Energies {
  readonly sigma2: number;
  readonly r2: number;
}

/** The asymptotic excess risk at γ = p/n (Hastie et al. 2019; infinite at γ = 1). */
function asymptoticRisk(gamma: number, { sigma2, r2 }: Energies): number {
  if (gamma < 1) return (sigma2 * gamma) / (1 - gamma);
  if (gamma > 1) return r2 * (1 - 1 / gamma) + sigma2 / (gamma - 1);
  return Number.POSITIVE_INFINITY;
}

/** Exact E‖β̂ − β‖² for an n × p Gaussian design; undefined (infinite) for |p − n| ≤ 1. */
function exactRisk(p: number, n: number, { sigma2, r2 }: Energies): number {
  if (p <= n - 2) return (sigma2 * p) / (n - p - 1);
  if (p >= n + 2) return r2 * (1 - n / p) + (sigma2 * n) / (p - n - 1);
  return Number.POSITIVE_INFINITY;
}

const STATEMENTS = [
  'the risk peaks at the interpolation threshold: the largest median risk is at a p within 1 of n',
  'past the threshold the risk falls again: the median risk at p = 2n is less than half the median at p = n + 3',
  'the measured mean risk agrees with the exact finite-n expectation within 4 standard errors wherever |p − n| ≥ 10',
] as const;

type Values = ValuesOf<typeof PARAMETERS>;

/** The excess risk of `replicates` minimum-norm fits at every p, beside the two analytic risks. */
function measure(api: Api, { signalNorm, sigma, replicates }: Values, seed: number) {
  const energies: Energies = { sigma2: sigma * sigma, r2: signalNorm * signalNorm };
  const rng = createRng(seed);
  const points = FEATURES.map((p) => {
    const coefficient = signalNorm / Math.sqrt(p);
    const risks = Array.from({ length: replicates }, () => {
      const X = Array.from({ length: N }, () => rng.normalVector(p));
      const y = X.map(
        (row) => row.reduce((sum, value) => sum + value * coefficient, 0) + rng.normal(0, sigma),
      );
      const fit = api.minimumNormLeastSquares(X, y);
      return fit.coefficients.reduce((sum, b) => sum + (b - coefficient) ** 2, 0);
    });
    return {
      p,
      gamma: p / N,
      mean: mean(risks),
      standardError: standardError(risks),
      median: median(risks),
      exact: exactRisk(p, N, energies),
      asymptotic: asymptoticRisk(p / N, energies),
    };
  });
  const at = (p: number) => points.find((point) => point.p === p) as (typeof points)[0];
  const peak = points[argMax(points.map((point) => point.median))] as (typeof points)[0];
  return { signalNorm, sigma, replicates, energies, points, at, peak };
}

type Risks = ReturnType<typeof measure>;

function tables({ signalNorm, sigma, replicates, points }: Risks): Table[] {
  return [
    {
      title: `Excess risk ‖β̂ − β‖² of minimumNormLeastSquares, n = ${N}, r = ${signalNorm}, σ = ${sigma}, ${replicates} fits per p`,
      columns: [
        'p',
        'γ = p/n',
        'mean',
        'standard error',
        'median',
        'exact (finite n)',
        'asymptotic (Hastie et al. 2019)',
      ],
      rows: points.map((point) => [
        point.p,
        point.gamma,
        point.mean,
        point.standardError,
        point.median,
        Number.isFinite(point.exact) ? point.exact : '∞',
        Number.isFinite(point.asymptotic) ? point.asymptotic : '∞',
      ]),
    },
  ];
}

function figures({ signalNorm, sigma, replicates, energies, points }: Risks): Figure[] {
  // The analytic curves on a fine grid of γ, cut where they leave the plot.
  const CAP = 60;
  const fine = Array.from({ length: 300 }, (_, k) => 3 + (k * (150 - 3)) / 299);
  const curve = (risk: (p: number) => number) =>
    fine
      .map((p) => ({ x: p, y: risk(p) }))
      .filter((point) => Number.isFinite(point.y) && point.y > 0 && point.y <= CAP);
  // Drawn with a break at p = n (the pole), so it does not join across the threshold.
  const exactCurve = curve((p) => exactRisk(p, N, energies));
  return [
    {
      id: 'double_descent',
      caption: `Test risk against the number of features: it climbs to a peak at p = n = ${N}, where X is square and its smallest singular value collapses, then falls again as extra features give the minimum-norm fit room to spread the noise thinly. Solid: measured (mean and median); dashed: the exact risk for this n (the asymptotic risk of Hastie et al. 2019 is in the table).`,
      spec: lineChart({
        title: 'Double descent: minimum-norm least squares',
        subtitle: `n = ${N} rows, isotropic Gaussian features, ‖β‖ = ${signalNorm}, σ = ${sigma}, ${replicates} data sets per p`,
        x: { title: 'number of features p', scale: 'log', domain: [2, 200] },
        y: { title: 'excess test risk ‖β̂ − β‖²', scale: 'log' },
        legendTitle: 'risk',
        width: 520,
        height: 300,
        series: [
          { name: 'measured mean', points: points.map((p) => ({ x: p.p, y: p.mean })) },
          { name: 'measured median', points: points.map((p) => ({ x: p.p, y: p.median })) },
          {
            // One theoretical curve; the asymptotic one (close to it) is in the table.
            name: `exact risk for n = ${N}`,
            dashed: true,
            colour: '#222222',
            breaks: [N],
            points: exactCurve,
          },
        ],
        rules: [{ axis: 'x', value: N, label: 'p = n' }],
      }),
    },
  ];
}

function numbers({ signalNorm, sigma, replicates, points, peak }: Risks) {
  return {
    n: N,
    signalNorm,
    noiseSd: sigma,
    replicates,
    peakFeatures: peak.p,
    points: points.map((point) => ({
      p: point.p,
      mean: point.mean,
      standardError: point.standardError,
      median: point.median,
      exact: Number.isFinite(point.exact) ? point.exact : null,
      asymptotic: Number.isFinite(point.asymptotic) ? point.asymptotic : null,
    })),
  };
}

function conclusions({ points, at, peak }: Risks): Conclusion[] {
  // Closer to the threshold the risk is so heavy-tailed (its variance needs |n − p| > 3, and
  // a trustworthy sample standard deviation more) that 40 draws cannot pin its mean down.
  const checked = points.filter((point) => Math.abs(point.p - N) >= 10);
  const zScores = checked.map((point) => (point.mean - point.exact) / point.standardError);
  return [
    check(
      STATEMENTS[0],
      Math.abs(peak.p - N) <= 1,
      `largest median ${show(peak.median)} at p = ${peak.p}`,
    ),
    check(
      STATEMENTS[1],
      at(2 * N).median < at(N + 3).median / 2,
      `median ${show(at(N + 3).median)} at p = ${N + 3}, ${show(at(2 * N).median)} at p = ${2 * N}`,
    ),
    check(
      STATEMENTS[2],
      zScores.every((z) => Math.abs(z) <= 4),
      checked.map((point, i) => `p = ${point.p}: z = ${show(zScores[i]!)}`).join(', '),
    ),
  ];
}

function notes({ energies, at }: Risks): string[] {
  const offBy = (p: number) => show(100 * Math.abs(at(p).asymptotic / at(p).exact - 1));
  return [
    `The asymptotic curve has the right shape but is an n → ∞ limit: at n = ${N} it is off by ${offBy(25)}% at p = 25 and ${offBy(35)}% at p = 35, and by ${offBy(120)}% at p = 120.`,
    `Far past the threshold the risk tends to ‖β‖² = ${energies.r2}, the risk of predicting 0: with p ≫ n the minimum-norm fit sees only n of p directions of β. In this setting the smallest risk is still with few features; the lesson is that the peak is a property of p ≈ n, not of "too many parameters".`,
  ];
}

export default defineExperiment<Api>({
  title: 'Double descent of minimum-norm least squares',
  question:
    'What happens to the test risk of least squares as the number of features passes the number of rows, when the fit is the minimum-norm interpolant?',
  seed: 208,
  uses: ['minimumNormLeastSquares'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
