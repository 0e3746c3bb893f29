/**
 * Experiment: bias², variance and expected test error of polynomial least squares against the
 * degree, by Monte Carlo over training sets with a known truth (kata 02.03).
 *
 * Fixed design: n = 30 inputs evenly spaced on [0, 1] (cell midpoints); 500 training sets that differ only in
 * their noise (y = sin(2πx) + N(0, 0.3²)); 200 test inputs evenly spaced on [0, 1]; degrees
 * 0 … 12 fitted by least squares on [1, x, …, x^d] built with `polynomialFeatures`, scored by
 * `biasVarianceDecomposition`. The fits are linear in y, so each degree's fitter is evaluated by
 * superposition (_setting.ts), which keeps 13 × 500 fits well under a second.
 *
 * Two exact checks ride along: the decomposition identity E(test MSE) = bias² + variance + σ²,
 * and, at the training inputs, the mean variance of fixed-design OLS predictions σ²·p/n
 * (p = d + 1), whose Monte Carlo estimate (dividing by R) has expectation σ²·p/n·(R − 1)/R and
 * relative standard error sqrt(2/(pR)) (‖H(ε − ε̄)‖² is σ²·χ²_p).
 */
import { lineChart, scatterChart, type Series } from '../../helpers/plotting';
import { createRng } from '../../helpers/random';
import { maxOf } from '../../helpers/validation';
import { check, defineExperiment, integer, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { argMin, show } from '../numbers';
import * as setting from './_setting';
import type { Api } from './_setting';

const N_TEST = 200;
// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  n: integer('training rows n', 30, 15, 200),
  sigma: setting.SIGMA_PARAMETER,
  replicates: integer('training sets R', 500, 50, 2000, 50),
  truth: setting.TRUTH_PARAMETER,
};
const DEGREES = Array.from({ length: 13 }, (_, d) => d);
const VARIANCE_CHECK_DEGREES = [1, 3, 6, 9];

const STATEMENTS = [
  'bias² falls as the degree grows: at degree 5 it is below 1% of its value at degree 0',
  'variance rises with the degree: at degree 12 it is more than 3 times its value at degree 3 (σ²·p/n alone gives 13/4)',
  'expected test error is U-shaped: its minimum is at an interior degree and at least 30% below both degree 0 and degree 12',
  'bias² + variance + σ² reproduces the expected test error at every degree (relative difference below 1e-9)',
  'at the training inputs the variance of the fitted values is σ²·p/n, within 4 Monte Carlo standard errors, at degrees 1, 3, 6 and 9',
] as const;

/** The decomposition at every degree, the variance check at the training inputs, one example fit. */
function measure(api: Api, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { n, sigma, replicates, truth } = values;
  const rng = createRng(seed);
  const trainX = setting.cellMidpoints(n);
  const testX = setting.gridRows(N_TEST);
  const design = { truth, sigma, trainX, testX, replicates };
  const fitter = (degree: number) => setting.fixedDesignPolynomialOLS(api, degree, trainX);

  const sweep = DEGREES.map((degree) => ({
    degree,
    ...setting.decompose(api, design, fitter(degree), `${seed}-degree-${degree}`),
  }));

  const varianceChecks = VARIANCE_CHECK_DEGREES.map((degree) => {
    const atTraining = { ...design, testX: trainX };
    const result = setting.decompose(
      api,
      atTraining,
      fitter(degree),
      `${seed}-at-training-inputs-${degree}`,
    );
    const p = degree + 1;
    const expected = ((sigma * sigma * p) / n) * ((replicates - 1) / replicates);
    const standardError = expected * Math.sqrt(2 / (p * replicates));
    return {
      degree,
      parameters: p,
      measured: result.variance,
      expected,
      zScore: (result.variance - expected) / standardError,
    };
  });

  const best = argMin(sweep.map((row) => row.expectedTestMSE));
  // One training set and its fits at three degrees, to see what the numbers summarise.
  const exampleY = trainX.map((row) => setting.trueFunction(row, truth) + rng.normal(0, sigma));
  const examples = [1, best, 12].map((degree) => ({
    degree,
    predicted: setting.polynomialOLS(api, degree)(trainX, exampleY)(testX),
  }));
  const at = (degree: number) => sweep[degree] as (typeof sweep)[0];
  return { ...values, trainX, testX, sweep, varianceChecks, best, at, exampleY, examples };
}

type Sweep = ReturnType<typeof measure>;

function tables({ n, sigma, replicates, sweep, varianceChecks }: Sweep): Table[] {
  return [
    {
      title: `Decomposition over ${replicates} training sets (n = ${n}, ${N_TEST} test inputs, σ² = ${sigma * sigma})`,
      columns: ['degree', 'bias²', 'variance', 'noise σ²', 'expected test MSE', '|identity gap|'],
      rows: sweep.map((row) => [
        row.degree,
        row.bias2,
        row.variance,
        row.noise,
        row.expectedTestMSE,
        row.identityGap,
      ]),
    },
    {
      title: 'Variance at the training inputs against σ²·p/n·(R − 1)/R',
      columns: ['degree', 'p', 'measured', 'theory', 'z (Monte Carlo SEs)'],
      rows: varianceChecks.map((row) => [
        row.degree,
        row.parameters,
        row.measured,
        row.expected,
        row.zScore,
      ]),
    },
  ];
}

function figures(sweep: Sweep): Figure[] {
  const { n, sigma, replicates, truth, best, trainX, testX, exampleY } = sweep;
  const formula = setting.TRUTHS[truth].formula;
  const curves: Series[] = sweep.examples.map(({ degree, predicted }) => ({
    name: `degree ${degree}${degree === best ? ' (best on average)' : ''}`,
    points: testX.map((row, i) => ({
      x: row[0]!,
      y: Math.max(-3, Math.min(3, predicted[i]!)),
    })),
  }));
  return [
    {
      id: 'decomposition',
      caption: `Bias² falls and variance rises with the degree; their sum plus the noise floor is the expected test error, lowest at degree ${best}. Log scale.`,
      spec: lineChart({
        title: 'Bias–variance decomposition against polynomial degree',
        subtitle: `y = ${formula} + N(0, ${sigma}²), fixed design n = ${n}, ${replicates} training sets`,
        x: { title: 'polynomial degree' },
        y: { title: 'mean squared error', scale: 'log' },
        legendTitle: 'component',
        series: setting.decompositionSeries(sweep.sweep, (row) => row.degree),
        rules: [
          { axis: 'y', value: sigma * sigma, label: 'noise σ²' },
          { axis: 'x', value: best, label: `best degree ${best}` },
        ],
      }),
    },
    {
      id: 'example_fits',
      caption:
        'One training set and three fits: degree 1 misses the curve (bias), the best degree follows it, degree 12 chases the noise (variance; clipped to ±3).',
      spec: scatterChart({
        title: 'What bias and variance look like on one training set',
        subtitle: 'least-squares fits of increasing degree',
        x: { title: 'x', domain: [0, 1] },
        y: { title: 'y', domain: [-3, 3] },
        series: [
          {
            name: 'training data',
            points: trainX.map((row, i) => ({ x: row[0]!, y: exampleY[i]! })),
          },
        ],
        lines: [
          ...curves,
          {
            name: `truth ${formula}`,
            dashed: true,
            colour: '#7f7f7f',
            points: testX.map((row) => ({
              x: row[0]!,
              y: setting.trueFunction(row, truth),
            })),
          },
        ],
        linesLegendTitle: 'fit',
      }),
    },
  ];
}

function numbers({ n, sigma, replicates, best, sweep, varianceChecks }: Sweep) {
  return {
    nTrain: n,
    nTest: N_TEST,
    replicates,
    noiseVariance: sigma * sigma,
    bestDegree: best,
    sweep: sweep.map((row) => ({
      degree: row.degree,
      bias2: row.bias2,
      variance: row.variance,
      expectedTestMSE: row.expectedTestMSE,
    })),
    varianceAtTrainingInputs: varianceChecks,
  };
}

function conclusions({ sweep, varianceChecks, best, at }: Sweep): Conclusion[] {
  const bestError = at(best).expectedTestMSE;
  return [
    check(
      STATEMENTS[0],
      at(5).bias2 < 0.01 * at(0).bias2,
      `bias² ${show(at(0).bias2)} at degree 0, ${show(at(5).bias2)} at degree 5`,
    ),
    check(
      STATEMENTS[1],
      at(12).variance > 3 * at(3).variance,
      `variance ${show(at(3).variance)} at degree 3, ${show(at(12).variance)} at degree 12`,
    ),
    check(
      STATEMENTS[2],
      best > 0 &&
        best < 12 &&
        bestError < 0.7 * at(0).expectedTestMSE &&
        bestError < 0.7 * at(12).expectedTestMSE,
      `minimum ${show(bestError)} at degree ${best}; ${show(at(0).expectedTestMSE)} at degree 0, ${show(at(12).expectedTestMSE)} at degree 12`,
    ),
    check(
      STATEMENTS[3],
      sweep.every((row) => row.identityGap < 1e-9),
      `largest relative gap ${show(maxOf(sweep.map((row) => row.identityGap)))}`,
    ),
    check(
      STATEMENTS[4],
      varianceChecks.every((row) => Math.abs(row.zScore) <= 4),
      varianceChecks.map((row) => `degree ${row.degree}: z = ${show(row.zScore)}`).join(', '),
    ),
  ];
}

function notes({ sweep, best, at, replicates }: Sweep): string[] {
  return [
    `From degree ${best} to degree 12 the expected test error rises ${show(at(12).expectedTestMSE / at(best).expectedTestMSE)}-fold, while the training error can only fall (each degree's model contains the last): the extra capacity is spent on fitting noise.`,
    'The decomposition needs many training sets from a known truth: no single fit, and no single test score, can separate bias from variance.',
    `The Monte Carlo bias² carries an upward bias of variance/R. From degree 5 on the measured bias² (at most ${show(maxOf(sweep.slice(5).map((row) => row.bias2)))}) is at the level of that floor (${show(at(12).variance / replicates)} at degree 12): the true bias² there is smaller than ${replicates} training sets can resolve.`,
  ];
}

export default defineExperiment<Api>({
  title: 'Bias², variance and test error against polynomial degree',
  question:
    'As a polynomial model gains capacity, how do its bias² and variance move, and where does the expected test error they add up to reach its minimum?',
  seed: 202,
  uses: ['biasVarianceDecomposition', 'polynomialFeatures'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
