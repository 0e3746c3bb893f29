/**
 * Experiment: bias² and variance of ridge regression against λ, the controlled experiment
 * behind "regularise to reduce variance" (kata 02.06's ridge, kata 02.03's decomposition).
 *
 * Fixed design: 30 inputs evenly spaced on [0, 1] (cell midpoints), 300 training sets y = sin(2πx) + N(0, 0.3²)
 * on them, 200 test inputs evenly spaced on [0, 1]. The model is `fitRidge` on the degree-12
 * `polynomialFeatures` (unpenalised intercept, features as they are), at 11 values of λ from
 * 1e-9 to 10, scored by `biasVarianceDecomposition`. Ridge with an intercept is linear in y, so
 * each λ's 30 unit-target fits give every replicate's predictions by superposition
 * (_setting.ts); the experiment checks that linearity on a random y before relying on it.
 */
import { lineChart } from '../../helpers/plotting';
import { createRng } from '../../helpers/random';
import { maxOf } from '../../helpers/validation';
import { check, defineExperiment, inParts, integer } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { argMin, logGrid, rankCorrelation, show } from '../numbers';
import * as setting from './_setting';
import type { Api } from './_setting';

const N_TEST = 200;
const LAMBDAS = logGrid(-9, 1, 11);

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  n: integer('training rows n', 30, 15, 200),
  sigma: setting.SIGMA_PARAMETER,
  replicates: integer('training sets R', 300, 50, 2000, 50),
  ...setting.ridgeParameters('log₁₀ λ to mark'),
};

const STATEMENTS = [
  'bias² rises with λ: its rank correlation with λ is above 0.9 and it grows more than tenfold across the grid',
  'variance falls with λ: its rank correlation with λ is below −0.9, and from least squares (λ = 0) to λ = 10 it shrinks more than tenfold',
  'the expected test error has an interior minimum: at the best λ it is at least 20% below both least squares (λ = 0) and the largest λ',
  'bias² + variance + σ² reproduces the expected test error at every λ (relative difference below 1e-9)',
] as const;

/**
 * The ridge fitter at λ on the fixed design by superposition, after checking on `probeY` that
 * superposition holds: it is exact only for a fit linear in y.
 */
function checkedFixedDesignRidge(
  ridge: (lambda: number) => setting.Fitter,
  lambda: number,
  design: setting.DecompositionSetting,
  probeY: number[],
): setting.Fitter {
  const { trainX, testX } = design;
  const direct = ridge(lambda);
  const fast = setting.fixedDesignFitter(trainX, direct);
  const expected = direct(trainX, probeY)(testX);
  const superposed = fast(trainX, probeY)(testX);
  const scale = maxOf([...expected.map(Math.abs), 1]);
  const linearityGap = maxOf(expected.map((value, i) => Math.abs(value - superposed[i]!)));
  if (!(linearityGap <= 1e-6 * scale)) {
    throw new Error(
      `fitRidge is not linear in y at λ = ${lambda} (superposition differs by ${linearityGap}): ridge with an unpenalised intercept must be`,
    );
  }
  return fast;
}

/** The decomposition at every λ of the grid, at λ = 0 (least squares) and at the marked λ. */
function measure(api: Api, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { n, sigma, replicates, degree, log10Lambda, truth } = values;
  const rng = createRng(seed);
  const trainX = setting.cellMidpoints(n);
  const design = { truth, sigma, trainX, testX: setting.gridRows(N_TEST), replicates };
  const ridge = setting.polynomialRidge(api, degree);
  const fixed = (lambda: number) => setting.fixedDesignFitter(trainX, ridge(lambda));

  const probeY = trainX.map((row) => setting.trueFunction(row, truth) + rng.normal(0, sigma));
  const points = LAMBDAS.map((lambda) => ({
    lambda,
    ...setting.decompose(
      api,
      design,
      checkedFixedDesignRidge(ridge, lambda, design, probeY),
      `${seed}-lambda-${lambda}`,
    ),
  }));
  // λ = 0 is ordinary least squares: the reference the penalty is measured against.
  const leastSquares = setting.decompose(api, design, fixed(0), `${seed}-lambda-0`);
  // The λ the reader marks: its own decomposition, on its own seed stream.
  const markedLambda = 10 ** log10Lambda;
  const marked = setting.decompose(
    api,
    design,
    fixed(markedLambda),
    `${seed}-marked-${log10Lambda}`,
  );
  const best = argMin(points.map((point) => point.expectedTestMSE));
  return {
    ...values,
    points,
    leastSquares,
    markedLambda,
    marked,
    best,
    first: points[0] as (typeof points)[0],
    last: points[points.length - 1] as (typeof points)[0],
    bestPoint: points[best] as (typeof points)[0],
    biasTrend: rankCorrelation(
      LAMBDAS,
      points.map((point) => point.bias2),
    ),
    varianceTrend: rankCorrelation(
      LAMBDAS,
      points.map((point) => point.variance),
    ),
  };
}

type Trade = ReturnType<typeof measure>;

function tables(trade: Trade): Table[] {
  const { n, sigma, replicates, degree, leastSquares, markedLambda, marked } = trade;
  return [
    {
      title: `Ridge on degree-${degree} features: decomposition over ${replicates} training sets (n = ${n}, σ² = ${sigma * sigma})`,
      columns: ['λ', 'bias²', 'variance', 'expected test MSE', '|identity gap|'],
      rows: [
        [
          '0 (least squares)',
          leastSquares.bias2,
          leastSquares.variance,
          leastSquares.expectedTestMSE,
          leastSquares.identityGap,
        ],
        ...trade.points.map((point) => [
          point.lambda,
          point.bias2,
          point.variance,
          point.expectedTestMSE,
          point.identityGap,
        ]),
      ],
    },
    {
      title: `The marked λ = ${show(markedLambda)}`,
      columns: ['λ', 'bias²', 'variance', 'expected test MSE'],
      rows: [[markedLambda, marked.bias2, marked.variance, marked.expectedTestMSE]],
    },
  ];
}

function figures(trade: Trade): Figure[] {
  const { n, sigma, replicates, degree, truth, bestPoint, markedLambda, marked } = trade;
  return [
    {
      id: 'bias_variance_vs_lambda',
      caption: `As λ grows, variance falls while bias² rises by orders of magnitude; the expected test error (their sum plus σ²) is lowest at λ = ${show(bestPoint.lambda)}, below least squares (λ = 0, upper dashed line). Log–log scale.`,
      spec: lineChart({
        title: 'Ridge regression: the bias–variance trade-off in λ',
        subtitle: `degree-${degree} polynomial, y = ${setting.TRUTHS[truth].formula} + N(0, ${sigma}²), fixed design n = ${n}, ${replicates} training sets`,
        x: { title: 'λ (ridge penalty)', scale: 'log' },
        y: { title: 'mean squared error', scale: 'log' },
        legendTitle: 'component',
        series: setting.decompositionSeries(trade.points, (point) => point.lambda),
        rules: [
          { axis: 'y', value: sigma * sigma, label: 'noise σ²' },
          {
            axis: 'y',
            value: trade.leastSquares.expectedTestMSE,
            label: 'least squares (λ = 0): test MSE',
          },
          { axis: 'x', value: bestPoint.lambda, label: 'best λ' },
          {
            axis: 'x',
            value: markedLambda,
            label: `marked: test MSE ${show(marked.expectedTestMSE)}`,
          },
        ],
      }),
    },
  ];
}

function numbers(trade: Trade) {
  const { n, replicates, degree, bestPoint, markedLambda, marked, leastSquares } = trade;
  return {
    nTrain: n,
    nTest: N_TEST,
    replicates,
    degree,
    bestLambda: bestPoint.lambda,
    marked: {
      lambda: markedLambda,
      bias2: marked.bias2,
      variance: marked.variance,
      expectedTestMSE: marked.expectedTestMSE,
    },
    leastSquares: {
      bias2: leastSquares.bias2,
      variance: leastSquares.variance,
      expectedTestMSE: leastSquares.expectedTestMSE,
    },
    biasRankCorrelation: trade.biasTrend,
    varianceRankCorrelation: trade.varianceTrend,
    points: trade.points.map((point) => ({
      lambda: point.lambda,
      bias2: point.bias2,
      variance: point.variance,
      expectedTestMSE: point.expectedTestMSE,
    })),
  };
}

function conclusions(trade: Trade): Conclusion[] {
  const { points, leastSquares, best, first, last, bestPoint, biasTrend, varianceTrend } = trade;
  return [
    check(
      STATEMENTS[0],
      biasTrend > 0.9 && last.bias2 > 10 * first.bias2,
      `rank correlation ${show(biasTrend)}; bias² ${show(first.bias2)} at λ = ${show(first.lambda)}, ${show(last.bias2)} at λ = ${show(last.lambda)}`,
    ),
    check(
      STATEMENTS[1],
      varianceTrend < -0.9 && leastSquares.variance > 10 * last.variance,
      `rank correlation ${show(varianceTrend)}; variance ${show(leastSquares.variance)} at λ = 0, ${show(first.variance)} at λ = ${show(first.lambda)}, ${show(last.variance)} at λ = ${show(last.lambda)}`,
    ),
    check(
      STATEMENTS[2],
      best > 0 &&
        best < points.length - 1 &&
        bestPoint.expectedTestMSE < 0.8 * leastSquares.expectedTestMSE &&
        bestPoint.expectedTestMSE < 0.8 * last.expectedTestMSE,
      `minimum ${show(bestPoint.expectedTestMSE)} at λ = ${show(bestPoint.lambda)}; ${show(leastSquares.expectedTestMSE)} for least squares, ${show(first.expectedTestMSE)} at λ = ${show(first.lambda)}, ${show(last.expectedTestMSE)} at λ = ${show(last.lambda)}`,
    ),
    check(
      STATEMENTS[3],
      points.every((point) => point.identityGap < 1e-9),
      `largest relative gap ${show(maxOf(points.map((point) => point.identityGap)))}`,
    ),
  ];
}

function notes({ leastSquares, first, bestPoint }: Trade): string[] {
  return [
    `Least squares (λ = 0) on the same design has variance ${show(leastSquares.variance)}; the first 1e-9 of penalty already removes ${show(100 * (1 - first.variance / leastSquares.variance))}% of it, because the near-collinear powers of x leave directions with tiny singular values d, whose coefficients least squares scales by 1/d and ridge by d/(d² + λ).`,
    `At the best λ the degree-12 ridge fit reaches an expected test error of ${show(bestPoint.expectedTestMSE)}, against ${show(first.expectedTestMSE)} with almost no penalty: regularisation lets a flexible model be used with little data by buying variance down with bias.`,
  ];
}

export default defineExperiment<Api>({
  title: 'Ridge regression: bias² and variance against λ',
  question:
    'As the ridge penalty grows, how much bias does it add and how much variance does it remove, and is there a λ at which the expected test error is lowest?',
  seed: 2026,
  uses: ['fitRidge', 'polynomialFeatures', 'biasVarianceDecomposition'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
