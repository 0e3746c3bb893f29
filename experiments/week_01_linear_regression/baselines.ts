/**
 * Experiment: a linear model against its mean baseline, on held-out data.
 *
 * Two data-generating processes, 200 seeded replicates each (n = 30 training and 30 test
 * points): a real linear signal, y = 2 + 1.5x + ε, and no signal at all, y = 2 + ε
 * (ε ~ N(0, 1), x ~ U(0, 4)). The model is a least-squares line (helpers/least_squares.ts);
 * everything scored goes through kata 01.01 (baselines, MSE, R², the accept/reject verdict).
 * In-sample the line always wins; only held-out data tells the two processes apart.
 */
import type * as Week01 from '../../katas/week_01_linear_regression/index';
import { fitLeastSquares } from '../../helpers/least_squares';
import { chartGrid, scatterChart, type Chart } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { check, defineExperiment, integer, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { maxOf, minOf } from '../../helpers/validation';

interface Scenario {
  readonly key: 'signal' | 'noSignal';
  readonly label: string;
  readonly slope: number;
}

const SCENARIOS: readonly Scenario[] = [
  { key: 'signal', label: 'linear signal (slope 1.5)', slope: 1.5 },
  { key: 'noSignal', label: 'no signal (slope 0)', slope: 0 },
];

function draw(rng: Rng, count: number, slope: number): { x: number[]; y: number[] } {
  const x = Array.from({ length: count }, () => rng.uniformBetween(0, 4));
  return { x, y: x.map((value) => 2 + slope * value + rng.normal()) };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  nTrain: integer('training rows', 30, 5, 500),
  nTest: integer('test rows', 30, 5, 500),
  replicates: integer('replicates', 200, 20, 2000, 10),
};

const STATEMENTS = [
  'in-sample, the fitted line never loses to the mean baseline, signal or not',
  'with a linear signal, the line beats the baseline on held-out data in at least 99% of replicates',
  "with no signal, the line's mean held-out MSE is above the baseline's, and it is accepted in under half the replicates",
  'the training-mean baseline scores test R² ≤ 0 in every replicate',
] as const;

type Api = typeof Week01;

/** Each process's replicates (a line and its mean baseline, scored in and out of sample), summarised. */
function measure(api: Api, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { nTrain, nTest, replicates: replicateCount } = values;
  const rng = createRng(seed);
  const rows = SCENARIOS.map((scenario) => {
    const replicates = Array.from({ length: replicateCount }, () => {
      const train = draw(rng, nTrain, scenario.slope);
      const test = draw(rng, nTest, scenario.slope);
      const fit = fitLeastSquares(
        'baselines',
        train.x.map((x) => [1, x]),
        train.y,
      );
      const [b0 = 0, b1 = 0] = fit.coefficients;
      const baseline = api.fitMeanBaseline(train.y);
      const trainBaseline = baseline.predict(train.x.map((x) => [x]));
      const testBaseline = baseline.predict(test.x.map((x) => [x]));
      const testModel = test.x.map((x) => b0 + b1 * x);
      const comparison = api.compareWithBaseline(test.y, testModel, testBaseline);
      return {
        train,
        line: [b0, b1] as const,
        baselineValue: baseline.value,
        trainModelMSE: api.meanSquaredError(train.y, fit.fitted),
        trainBaselineMSE: api.meanSquaredError(train.y, trainBaseline),
        testModelMSE: comparison.modelMSE,
        testBaselineMSE: comparison.baselineMSE,
        accepted: comparison.verdict === 'accept',
        testModelR2: api.rSquared(test.y, testModel),
        testBaselineR2: api.rSquared(test.y, testBaseline),
      };
    });
    return { scenario, replicates };
  });

  const summary = rows.map(({ scenario, replicates }) => ({
    key: scenario.key,
    label: scenario.label,
    inSampleWins: mean(replicates.map((r) => (r.trainModelMSE <= r.trainBaselineMSE ? 1 : 0))),
    acceptRate: mean(replicates.map((r) => (r.accepted ? 1 : 0))),
    meanTestModelMSE: mean(replicates.map((r) => r.testModelMSE)),
    meanTestBaselineMSE: mean(replicates.map((r) => r.testBaselineMSE)),
    meanTestModelR2: mean(replicates.map((r) => r.testModelR2)),
    maxTestBaselineR2: maxOf(replicates.map((r) => r.testBaselineR2)),
  }));
  return { ...values, rows, summary };
}

type Replicates = ReturnType<typeof measure>;

function tables({ nTrain, nTest, replicates, summary }: Replicates): Table[] {
  return [
    {
      title: `Line vs mean baseline over ${replicates} replicates (n = ${nTrain} train, ${nTest} test)`,
      columns: [
        'process',
        'in-sample wins',
        'held-out accept rate',
        'mean test MSE (line)',
        'mean test MSE (baseline)',
        'mean test R² (line)',
        'max test R² (baseline)',
      ],
      rows: summary.map((s) => [
        s.label,
        s.inSampleWins,
        s.acceptRate,
        s.meanTestModelMSE,
        s.meanTestBaselineMSE,
        s.meanTestModelR2,
        s.maxTestBaselineR2,
      ]),
    },
  ];
}

/** One replicate of each process: its training data, its line and its mean baseline. */
function exampleFits({ rows }: Replicates): Chart[] {
  return rows.map(({ scenario, replicates }) => {
    const first = replicates[0] as (typeof replicates)[0];
    const [b0, b1] = first.line;
    return scatterChart({
      title: scenario.label,
      x: { title: 'x' },
      y: { title: 'y' },
      width: 300,
      height: 220,
      series: [
        {
          name: 'training data',
          points: first.train.x.map((x, i) => ({ x, y: first.train.y[i]! })),
        },
      ],
      lines: [
        {
          name: 'fitted line',
          points: [0, 4].map((x) => ({ x, y: b0 + b1 * x })),
        },
        {
          name: 'mean baseline',
          dashed: true,
          points: [0, 4].map((x) => ({ x, y: first.baselineValue })),
        },
      ],
    });
  });
}

/** Held-out MSE of the line against its baseline, one point per replicate, with the diagonal. */
function heldOutMse({ rows }: Replicates): Chart {
  const all = rows.flatMap(({ replicates }) =>
    replicates.flatMap((r) => [r.testBaselineMSE, r.testModelMSE]),
  );
  return scatterChart({
    title: 'Held-out MSE of the line against its baseline, one point per replicate',
    subtitle: 'Below the diagonal the line wins (accept); on or above it, it is rejected.',
    x: { title: 'baseline test MSE' },
    y: { title: 'fitted-line test MSE' },
    legendTitle: 'data-generating process',
    series: rows.map(({ scenario, replicates }) => ({
      name: scenario.label,
      points: replicates.map((r) => ({ x: r.testBaselineMSE, y: r.testModelMSE })),
    })),
    lines: [
      {
        name: 'y = x (tie)',
        dashed: true,
        points: [minOf(all), maxOf(all)].map((v) => ({ x: v, y: v })),
      },
    ],
  });
}

function figures(replicates: Replicates): Figure[] {
  return [
    {
      id: 'example_fits',
      caption:
        'One replicate of each process: the fitted line and the mean baseline, both fitted on the training data shown.',
      spec: chartGrid({
        title: 'A line and its baseline',
        charts: exampleFits(replicates),
        columns: 2,
      }),
    },
    {
      id: 'held_out_mse',
      caption:
        'With a signal every replicate falls well below the diagonal; without one the cloud straddles it, slightly above on average.',
      spec: heldOutMse(replicates),
    },
  ];
}

function numbers({ nTrain, nTest, replicates, summary }: Replicates) {
  return {
    replicates,
    nTrain,
    nTest,
    scenarios: Object.fromEntries(
      summary.map((s) => [
        s.key,
        {
          inSampleWins: s.inSampleWins,
          acceptRate: s.acceptRate,
          meanTestModelMSE: s.meanTestModelMSE,
          meanTestBaselineMSE: s.meanTestBaselineMSE,
          meanTestModelR2: s.meanTestModelR2,
          maxTestBaselineR2: s.maxTestBaselineR2,
        },
      ]),
    ),
  };
}

function conclusions({ summary }: Replicates): Conclusion[] {
  const [signal, noSignal] = summary as [(typeof summary)[0], (typeof summary)[0]];
  const largestBaselineR2 = Math.max(signal.maxTestBaselineR2, noSignal.maxTestBaselineR2);
  return [
    check(
      STATEMENTS[0],
      signal.inSampleWins === 1 && noSignal.inSampleWins === 1,
      `in-sample win rate ${signal.inSampleWins} with signal, ${noSignal.inSampleWins} without`,
    ),
    check(
      STATEMENTS[1],
      signal.acceptRate >= 0.99,
      `accepted in ${(100 * signal.acceptRate).toFixed(1)}% of replicates`,
    ),
    check(
      STATEMENTS[2],
      noSignal.meanTestModelMSE > noSignal.meanTestBaselineMSE && noSignal.acceptRate < 0.5,
      `mean test MSE ${noSignal.meanTestModelMSE.toFixed(4)} (line) vs ${noSignal.meanTestBaselineMSE.toFixed(4)} (baseline); accepted in ${(100 * noSignal.acceptRate).toFixed(1)}%`,
    ),
    check(
      STATEMENTS[3],
      largestBaselineR2 <= 0,
      `largest baseline test R² ${largestBaselineR2.toExponential(3)}`,
    ),
  ];
}

export default defineExperiment<Api>({
  title: 'A model against its baseline, on held-out data',
  question:
    'Does a fitted line beat the constant mean prediction on data it has not seen, and does the comparison tell a real signal from none?',
  seed: 20240101,
  uses: ['fitMeanBaseline', 'meanSquaredError', 'rSquared', 'compareWithBaseline'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions }),
});
