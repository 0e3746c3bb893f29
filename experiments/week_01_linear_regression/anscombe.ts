/**
 * Experiment: Anscombe's quartet, fitted and diagnosed side by side.
 *
 * Four published data sets (helpers/datasets/anscombe.ts; Anscombe 1973) with the same
 * least-squares line, R² and residual standard error to two decimals. `fitOLS` (kata 01.06)
 * reproduces the shared summary; `influenceMeasures` (kata 01.07) tells the sets apart:
 * curvature in set II, one outlier in set III, one point of leverage 1 carrying the whole
 * slope in set IV. Nothing here is random: the seed is recorded for form only.
 *
 * Reference values (R 4.x, `lm(y1 ~ x1, anscombe)` etc.): intercept 3.0001, 3.0009, 3.0025,
 * 3.0017; slope 0.5001, 0.5000, 0.4997, 0.4999; R² 0.6665, 0.6662, 0.6663, 0.6667;
 * `rstudent(lm(y3 ~ x3))[3]` = 1203.54; `hatvalues(lm(y4 ~ x4))[8]` = 1.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { ANSCOMBE_QUARTET } from '../../helpers/datasets/anscombe';
import { fitLeastSquares } from '../../helpers/least_squares';
import { chartGrid, scatterChart, type Chart } from '../../helpers/plotting';
import { check, defineExperiment, inParts } from '../experiment';
import type { Conclusion, Figure, Table } from '../experiment';
import { show } from '../numbers';
import { maxOf } from '../../helpers/validation';

const STATEMENTS = [
  'all four sets give the same fit to two decimals: intercept 3.00, slope 0.50, R² 0.67, residual standard error 1.24',
  'set II is a curve: a quadratic in x explains more than 99% of its residual variation, against less than 30% in set I',
  'set III has one gross outlier: its largest externally studentized residual exceeds 100 while set I’s stays below 3',
  'set IV’s slope rests on one point: its leverage is 1 (to 1e-9), so its own residual is 0 and its influence unbounded',
] as const;

/**
 * Share of the residuals' variation explained by a quadratic in x (R² of e on 1, x, x²);
 * null when x takes fewer than three distinct values (set IV), where no quadratic is identified.
 */
function quadraticShare(x: readonly number[], residuals: readonly number[]): number | null {
  if (new Set(x).size < 3) return null;
  const centre = x.reduce((a, b) => a + b, 0) / x.length;
  const fit = fitLeastSquares(
    'anscombe',
    x.map((v) => [1, v - centre, (v - centre) ** 2]),
    residuals,
  );
  const mean = residuals.reduce((a, b) => a + b, 0) / residuals.length;
  const total = residuals.reduce((sum, e) => sum + (e - mean) ** 2, 0);
  return 1 - fit.rss / total;
}

/** Each set's fit and diagnostics, and set III refitted without its outlier. */
function measure(api: typeof Week01) {
  const sets = ANSCOMBE_QUARTET.map((set) => {
    const X = set.x.map((v) => [v]);
    const y = set.y.slice();
    const fit = api.fitOLS(X, y);
    const influence = api.influenceMeasures(X, y);
    const maxExternal = maxOf(influence.studentizedExternal.map(Math.abs));
    const maxLeverage = maxOf(influence.leverage);
    const mostInfluential = influence.cooksDistance.indexOf(maxOf(influence.cooksDistance));
    return {
      set,
      fit,
      influence,
      intercept: fit.coefficients[0]!,
      slope: fit.coefficients[1]!,
      quadratic: quadraticShare(set.x, fit.residuals),
      maxExternal,
      maxLeverage,
      mostInfluential,
    };
  });
  const three = sets[2] as (typeof sets)[0];
  const keep = three.set.x.map((_, i) => i).filter((i) => i !== three.mostInfluential);
  const withoutOutlier = fitLeastSquares(
    'anscombe',
    keep.map((i) => [1, three.set.x[i]!]),
    keep.map((i) => three.set.y[i]!),
  );
  return { sets, withoutOutlier };
}

type Quartet = ReturnType<typeof measure>;
type Entry = Quartet['sets'][number];

function tables({ sets }: Quartet): Table[] {
  return [
    {
      title: 'One summary (fitOLS)…',
      columns: ['set', 'intercept', 'slope', 'R²', 'residual SE', 'F', 'p (slope)'],
      rows: sets.map((entry) => [
        entry.set.name,
        entry.intercept,
        entry.slope,
        entry.fit.rSquared,
        entry.fit.sigma,
        entry.fit.fStatistic,
        entry.fit.pValues[1]!,
      ]),
    },
    {
      title: '…four diagnoses (influenceMeasures)',
      columns: [
        'set',
        'quadratic share of residuals',
        'max |external studentized|',
        'max leverage',
        "max Cook's D",
        'most influential obs',
      ],
      rows: sets.map((entry) => [
        entry.set.name,
        entry.quadratic ?? 'n/a (2 distinct x)',
        entry.maxExternal,
        entry.maxLeverage,
        maxOf(entry.influence.cooksDistance),
        entry.mostInfluential + 1,
      ]),
    },
  ];
}

const scatter = (entry: Entry, index: number): Chart =>
  scatterChart({
    title: `Set ${entry.set.name}`,
    legend: index === 0,
    x: { title: 'x', domain: [2, 20] },
    y: { title: 'y', domain: [2, 14] },
    width: 280,
    height: 200,
    series: [
      {
        name: 'data',
        points: entry.set.x.map((x, i) => ({ x, y: entry.set.y[i]! })),
      },
    ],
    lines: [
      {
        name: 'least-squares line',
        points: [3, 20].map((x) => ({ x, y: entry.intercept + entry.slope * x })),
      },
    ],
    pointLabels:
      entry.set.name !== 'I'
        ? [{ index: entry.mostInfluential, text: `obs ${entry.mostInfluential + 1}` }]
        : [],
  });

const residualPanel = (entry: Entry): Chart =>
  scatterChart({
    title: `Set ${entry.set.name}: residuals vs fitted`,
    legend: false,
    x: { title: 'fitted value', domain: [4.5, 13] },
    y: { title: 'residual', domain: [-2.5, 3.5] },
    width: 280,
    height: 200,
    series: [
      {
        name: 'residual',
        points: entry.fit.fitted.map((x, i) => ({ x, y: entry.fit.residuals[i]! })),
      },
    ],
    rules: [{ axis: 'y', value: 0, label: '' }],
  });

function figures({ sets }: Quartet): Figure[] {
  return [
    {
      id: 'quartet',
      caption:
        'The four sets with their least-squares lines: the same line, four different relationships. The most influential observation (largest Cook’s distance) is labelled.',
      spec: chartGrid({
        title: "Anscombe's quartet: the same fitted line",
        charts: sets.map(scatter),
        columns: 2,
      }),
    },
    {
      id: 'residuals',
      caption:
        'Residuals against fitted values: a scatter (I), a parabola (II), ten points on a line and one far off (III), and a single column plus one point with residual 0 (IV).',
      spec: chartGrid({
        title: 'Residuals vs fitted: where the four sets part ways',
        charts: sets.map(residualPanel),
        columns: 2,
      }),
    },
  ];
}

function numbers({ sets }: Quartet) {
  return {
    sets: Object.fromEntries(
      sets.map((entry) => [
        entry.set.name,
        {
          intercept: entry.intercept,
          slope: entry.slope,
          rSquared: entry.fit.rSquared,
          sigma: entry.fit.sigma,
          quadraticShare: entry.quadratic,
          maxExternalStudentized: entry.maxExternal,
          maxLeverage: entry.maxLeverage,
          mostInfluentialObservation: entry.mostInfluential + 1,
        },
      ]),
    ),
  };
}

function conclusions({ sets }: Quartet): Conclusion[] {
  const [one, two, three, four] = sets as [Entry, Entry, Entry, Entry];
  const sameFit = sets.every(
    (entry) =>
      Math.abs(entry.intercept - 3) < 0.005 &&
      Math.abs(entry.slope - 0.5) < 0.005 &&
      Math.abs(entry.fit.rSquared - 0.67) < 0.005 &&
      Math.abs(entry.fit.sigma - 1.24) < 0.005,
  );
  const fourResidual = four.fit.residuals[four.influence.leverage.indexOf(four.maxLeverage)];
  return [
    check(
      STATEMENTS[0],
      sameFit,
      sets
        .map(
          (entry) =>
            `${entry.set.name}: ${entry.intercept.toFixed(4)} + ${entry.slope.toFixed(4)}x, R² ${entry.fit.rSquared.toFixed(4)}, s ${entry.fit.sigma.toFixed(4)}`,
        )
        .join('; '),
    ),
    check(
      STATEMENTS[1],
      (two.quadratic ?? 0) > 0.99 && (one.quadratic ?? 1) < 0.3,
      `quadratic share ${show(two.quadratic ?? Number.NaN, 6)} (II) vs ${show(one.quadratic ?? Number.NaN)} (I)`,
    ),
    check(
      STATEMENTS[2],
      three.maxExternal > 100 && one.maxExternal < 3,
      `max |rstudent| ${show(three.maxExternal, 6)} (III; R: 1203.54) vs ${show(one.maxExternal)} (I)`,
    ),
    check(
      STATEMENTS[3],
      Math.abs(four.maxLeverage - 1) < 1e-9 &&
        Math.abs(fourResidual ?? 1) < 1e-9 &&
        four.influence.cooksDistance.some((d) => d === Number.POSITIVE_INFINITY),
      `leverage ${show(four.maxLeverage, 12)}, residual ${show(fourResidual ?? Number.NaN)}, Cook's D ${show(maxOf(four.influence.cooksDistance))}`,
    ),
  ];
}

function notes({ withoutOutlier }: Quartet): string[] {
  const [intercept = 0, slope = 0] = withoutOutlier.coefficients;
  return [
    'R² and the F test are the same for all four sets: they summarise the fit, not whether a straight line is the right model.',
    `In set III the outlier drags the line: without it the other ten points lie on y = ${intercept.toFixed(3)} + ${slope.toFixed(4)}x to within ${show(maxOf(withoutOutlier.residuals.map(Math.abs)))} (the printed data are rounded to two decimals), so the leave-one-out s(i) is tiny and the studentized residual is in the thousands.`,
  ];
}

export default defineExperiment<typeof Week01>({
  title: "Anscombe's quartet: one summary, four stories",
  question:
    'Four data sets share their regression line and R²: do the residual diagnostics tell them apart, and what does each one reveal?',
  seed: 1973,
  random: false,
  uses: ['fitOLS', 'influenceMeasures'],
  ...inParts({}, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
