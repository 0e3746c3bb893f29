/**
 * Experiment: R's four `plot.lm` panels on a well-specified fit and on each failure mode the
 * panels are meant to reveal, plus one they cannot.
 *
 * Six data-generating processes with a known truth, n = 60, x ~ U(0, 10), true line
 * 1 + 0.5x: well specified (ε ~ N(0, 1)); nonlinearity (+ 0.12·(x − 5)²); heteroscedasticity
 * (sd 0.2 + 0.3x); heavy tails (ε ~ Student t, 3 df); one high-leverage outlier (x = 30,
 * 10 below the line); autocorrelated errors (AR(1), φ = 0.8, in row order, x drawn at random).
 * Each is fitted with `fitOLS` and diagnosed with `influenceMeasures` (kata 01.06 and 01.07);
 * one replicate of each is drawn as the four panels from `diagnosticPlotData`. So that "the panel shows it" is a number
 * and not an impression, each panel gets a statistic that flags what the eye looks for, and
 * the flags are counted over 100 seeded replicates (sensitivity and specificity, not one draw):
 *   residuals vs fitted   curvature: t-test of ŷ² in the regression of e on 1, ŷ, ŷ² (p < 0.01)
 *   normal Q-Q            outlier: max |external studentized residual| beyond the Bonferroni
 *                         5% critical value t(1 − 0.05/(2n), n − p − 1) (car::outlierTest)
 *   scale-location        trend: correlation of sqrt|r| with ŷ, t-test (p < 0.01)
 *   residuals vs leverage influence: a point beyond Cook's distance 0.5
 *   (not a panel)         lag-1 autocorrelation of the residuals in row order > 2/√n
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { studentTQuantile, studentTTwoSidedPValue } from '../../helpers/distributions';
import { fitLeastSquares } from '../../helpers/least_squares';
import { plotLmPanels } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { check, defineExperiment, integer, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { correlation, percent } from '../numbers';
import { maxOf } from '../../helpers/validation';

const N = 60;
// 100 replicates: a flag rate near 90% carries a standard error of about 3 points.
const COEFFICIENTS = 2;

type ScenarioKey =
  | 'wellSpecified'
  | 'nonlinearity'
  | 'heteroscedasticity'
  | 'heavyTails'
  | 'highLeverage'
  | 'autocorrelation';

interface Scenario {
  readonly key: ScenarioKey;
  readonly label: string;
  readonly caption: string;
  draw(rng: Rng): { x: number[]; y: number[] };
}

const line = (x: number) => 1 + 0.5 * x;
const uniformX = (rng: Rng) => Array.from({ length: N }, () => rng.uniformBetween(0, 10));

/** Student t with `df` degrees of freedom: Z / sqrt(χ²_df / df). */
function studentT(rng: Rng, df: number): number {
  let chiSquared = 0;
  for (let k = 0; k < df; k += 1) chiSquared += rng.normal() ** 2;
  return rng.normal() / Math.sqrt(chiSquared / df);
}

const SCENARIOS: readonly Scenario[] = [
  {
    key: 'wellSpecified',
    label: 'well specified',
    caption:
      'Well specified: a flat smoother around zero, points on the Q-Q line, an even band in scale-location, nothing near the Cook contours.',
    draw(rng) {
      const x = uniformX(rng);
      return { x, y: x.map((v) => line(v) + rng.normal()) };
    },
  },
  {
    key: 'nonlinearity',
    label: 'nonlinearity',
    caption:
      'A missed curve: the residuals vs fitted smoother is a U; the other panels are close to normal.',
    draw(rng) {
      const x = uniformX(rng);
      return { x, y: x.map((v) => line(v) + 0.12 * (v - 5) ** 2 + rng.normal()) };
    },
  },
  {
    key: 'heteroscedasticity',
    label: 'heteroscedasticity',
    caption:
      'Noise growing with x: a funnel in residuals vs fitted and a rising smoother in scale-location.',
    draw(rng) {
      const x = uniformX(rng);
      return { x, y: x.map((v) => line(v) + (0.2 + 0.3 * v) * rng.normal()) };
    },
  },
  {
    key: 'heavyTails',
    label: 'heavy tails (t, 3 df)',
    caption:
      'Heavy-tailed errors: the Q-Q points bend away from the line at both ends, with a few extreme residuals.',
    draw(rng) {
      const x = uniformX(rng);
      return { x, y: x.map((v) => line(v) + studentT(rng, 3)) };
    },
  },
  {
    key: 'highLeverage',
    label: 'high-leverage outlier',
    caption:
      'One point far out in x and off the line: it sits beyond the Cook’s distance 1 contour, and pulls the fit towards itself.',
    draw(rng) {
      const x = [...uniformX(rng).slice(0, N - 1), 30];
      return { x, y: x.map((v, i) => line(v) + (i === N - 1 ? -10 : rng.normal())) };
    },
  },
  {
    key: 'autocorrelation',
    label: 'autocorrelated errors (AR(1), φ = 0.8)',
    caption:
      'Errors correlated in time (row) order but not in x: all four panels look healthy. Only residuals in time order (or Durbin–Watson) show it.',
    draw(rng) {
      const x = uniformX(rng);
      const phi = 0.8;
      let previous = rng.normal();
      const errors = x.map(() => {
        previous = phi * previous + Math.sqrt(1 - phi * phi) * rng.normal();
        return previous;
      });
      return { x, y: x.map((v, i) => line(v) + errors[i]!) };
    },
  },
];

interface Flags {
  readonly curvature: boolean;
  readonly outlier: boolean;
  readonly spread: boolean;
  readonly influence: boolean;
  readonly serial: boolean;
}

const FLAG_NAMES: readonly (keyof Flags)[] = [
  'curvature',
  'outlier',
  'spread',
  'influence',
  'serial',
];
const FLAG_LABELS: Record<keyof Flags, string> = {
  curvature: 'residuals vs fitted: curvature',
  outlier: 'Q-Q: Bonferroni outlier',
  spread: 'scale-location: trend',
  influence: "leverage: Cook's D > 0.5",
  serial: 'time order: lag-1 autocorrelation',
};

/** p-value of the ŷ² coefficient in the regression of the residuals on 1, ŷ, ŷ² (Tukey's curvature test). */
function curvaturePValue(fitted: readonly number[], residuals: readonly number[]): number {
  const centre = fitted.reduce((a, b) => a + b, 0) / fitted.length;
  const design = fitted.map((f) => [1, f - centre, (f - centre) ** 2]);
  const fit = fitLeastSquares('plot_lm_panels', design, residuals);
  const df = fitted.length - 3;
  const se = Math.sqrt((fit.rss / df) * fit.inverseGramDiagonal[2]!);
  return studentTTwoSidedPValue(fit.coefficients[2]! / se, df);
}

function correlationPValue(r: number, n: number): number {
  return studentTTwoSidedPValue(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
}

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  replicates: integer('replicates per scenario', 100, 10, 1000, 10),
};

const STATEMENTS = [
  'on well-specified data every panel flag fires at about its nominal rate (at most 10% of replicates each)',
  'nonlinearity is flagged by residuals vs fitted (curvature) in at least 90% of replicates',
  'heteroscedasticity is flagged by scale-location (trend) in at least 90% of replicates',
  'heavy tails are flagged by the Q-Q outlier check in at least half the replicates',
  "the high-leverage outlier is beyond Cook's distance 0.5 in every replicate, and also trips the curvature and outlier flags",
  'autocorrelated errors slip past all four panels (each flag at most 10%), while the lag-1 autocorrelation in time order catches them in at least 90%',
] as const;

type Api = typeof Week01;

/** What each panel's statistic says about one fit (and the lag-1 check no panel makes). */
function flagsOf(api: Api, x: number[], y: number[], critical: number): Flags {
  const X = x.map((v) => [v]);
  const fit = api.fitOLS(X, y);
  const influence = api.influenceMeasures(X, y);
  const n = y.length;
  const rootAbs = influence.studentizedInternal.map((r) => Math.sqrt(Math.abs(r)));
  const lagOne =
    fit.residuals.slice(1).reduce((sum, e, t) => sum + e * fit.residuals[t]!, 0) /
    fit.residuals.reduce((sum, e) => sum + e * e, 0);
  return {
    curvature: curvaturePValue(fit.fitted, fit.residuals) < 0.01,
    outlier: maxOf(influence.studentizedExternal.map(Math.abs)) > critical,
    spread: correlationPValue(correlation(fit.fitted, rootAbs), n) < 0.01,
    influence: maxOf(influence.cooksDistance) > 0.5,
    serial: lagOne > 2 / Math.sqrt(n),
  };
}

/** Each scenario's flag rates over the replicates, and its first replicate's panel data. */
function measure(api: Api, { replicates }: ValuesOf<typeof PARAMETERS>, seed: number) {
  const rng = createRng(seed);
  const critical = studentTQuantile(1 - 0.05 / (2 * N), N - COEFFICIENTS - 1);
  const rates = SCENARIOS.map((scenario) => {
    const counts: Record<keyof Flags, number> = {
      curvature: 0,
      outlier: 0,
      spread: 0,
      influence: 0,
      serial: 0,
    };
    let panels: ReturnType<Api['diagnosticPlotData']> | undefined;
    for (let replicate = 0; replicate < replicates; replicate += 1) {
      const { x, y } = scenario.draw(rng);
      const flags = flagsOf(api, x, y, critical);
      for (const name of FLAG_NAMES) if (flags[name]) counts[name] += 1;
      // The first replicate is the one figures() draws as the four panels.
      if (replicate === 0)
        panels = api.diagnosticPlotData(
          x.map((v) => [v]),
          y,
        );
    }
    const rate = Object.fromEntries(
      FLAG_NAMES.map((name) => [name, counts[name] / replicates]),
    ) as Record<keyof Flags, number>;
    return { scenario, rate, panels };
  });
  const rateOf = (key: ScenarioKey) =>
    (rates.find((entry) => entry.scenario.key === key) as (typeof rates)[0]).rate;
  return { seed, replicates, critical, rates, rateOf };
}

type Flagged = ReturnType<typeof measure>;

const PANEL_FLAGS = FLAG_NAMES.filter((name) => name !== 'serial');

function tables({ replicates, rates }: Flagged): Table[] {
  return [
    {
      title: `Share of ${replicates} replicates in which each panel statistic flags the fit (n = ${N})`,
      columns: ['data-generating process', ...FLAG_NAMES.map((name) => FLAG_LABELS[name])],
      rows: rates.map(({ scenario, rate }) => [
        scenario.label,
        ...FLAG_NAMES.map((name) => rate[name]),
      ]),
    },
  ];
}

function figures({ seed, rates }: Flagged): Figure[] {
  return rates.flatMap(({ scenario, panels }) =>
    panels === undefined
      ? []
      : [
          {
            id: `panels_${scenario.key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
            caption: scenario.caption,
            spec: plotLmPanels({
              title: `plot.lm panels: ${scenario.label}`,
              subtitle: `n = ${N}, one replicate (seed ${seed}); drawn from diagnosticPlotData`,
              data: panels,
            }),
          },
        ],
  );
}

function numbers({ replicates, critical, rates }: Flagged) {
  return {
    n: N,
    replicates,
    bonferroniCritical: critical,
    flagRates: Object.fromEntries(rates.map(({ scenario, rate }) => [scenario.key, rate])),
  };
}

function conclusions({ rateOf }: Flagged): Conclusion[] {
  const well = rateOf('wellSpecified');
  const autocorrelated = rateOf('autocorrelation');
  const heavy = rateOf('heavyTails');
  const leverage = rateOf('highLeverage');
  return [
    check(
      STATEMENTS[0],
      PANEL_FLAGS.every((name) => well[name] <= 0.1),
      PANEL_FLAGS.map((name) => `${name} ${percent(well[name])}`).join(', '),
    ),
    check(
      STATEMENTS[1],
      rateOf('nonlinearity').curvature >= 0.9,
      `curvature flagged in ${percent(rateOf('nonlinearity').curvature)}`,
    ),
    check(
      STATEMENTS[2],
      rateOf('heteroscedasticity').spread >= 0.9,
      `trend flagged in ${percent(rateOf('heteroscedasticity').spread)}`,
    ),
    check(
      STATEMENTS[3],
      heavy.outlier >= 0.5,
      `outlier flagged in ${percent(heavy.outlier)} (t, 3 df) vs ${percent(well.outlier)} (normal errors)`,
    ),
    check(
      STATEMENTS[4],
      leverage.influence === 1 && leverage.curvature >= 0.9 && leverage.outlier >= 0.9,
      `Cook's D > 0.5 in ${percent(leverage.influence)}; curvature ${percent(leverage.curvature)}, outlier ${percent(leverage.outlier)}`,
    ),
    check(
      STATEMENTS[5],
      PANEL_FLAGS.every((name) => autocorrelated[name] <= 0.1) && autocorrelated.serial >= 0.9,
      `${PANEL_FLAGS.map((name) => `${name} ${percent(autocorrelated[name])}`).join(', ')}; lag-1 ${percent(autocorrelated.serial)}`,
    ),
  ];
}

function notes({ rateOf }: Flagged): string[] {
  const leverage = rateOf('highLeverage');
  return [
    `A flag is a symptom, not a diagnosis: one high-leverage point also bends the residuals vs fitted smoother (curvature ${percent(leverage.curvature)}) and tilts scale-location (${percent(leverage.spread)}), and heteroscedastic noise produces Bonferroni "outliers" in ${percent(rateOf('heteroscedasticity').outlier)} of replicates.`,
    `The Q-Q outlier check is a 5% Bonferroni test, so it fires on about 5% of well-specified fits by design (${percent(rateOf('wellSpecified').outlier)} here); the other flags use p < 0.01.`,
    'Autocorrelation lives in the order of the rows, which none of the four panels plots: check residuals against time (Durbin–Watson, kata 01.08).',
  ];
}

export default defineExperiment<Api>({
  title: 'The four plot.lm panels, and the failure each one shows',
  question:
    "Which failure mode does each of R's four diagnostic panels reveal, how reliably over repeated samples, and which failure do they all miss?",
  seed: 7,
  uses: ['fitOLS', 'influenceMeasures', 'diagnosticPlotData'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
