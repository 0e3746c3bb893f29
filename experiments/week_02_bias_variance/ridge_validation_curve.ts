/**
 * Experiment: the validation curve of ridge regression's λ on a degree-12 polynomial
 * (kata 02.05's holdout split and validation curve, kata 02.06's ridge).
 *
 * One sample of 60 rows from y = sin(2πx) + N(0, 0.3²), split once by `holdoutSplit` into
 * 30 training and 30 validation rows. For each λ on a log grid from 1e-9 to 10, `fitRidge` fits
 * [x, …, x¹²] (from `polynomialFeatures`, unpenalised intercept, features not standardised) on
 * the training rows and `validationCurve` records both errors. What to expect: training error
 * can only rise with λ (the penalised problem trades fit for smaller weights); validation error
 * falls while λ removes variance and rises once it adds more bias than it removes.
 */
import { chartGrid, lineChart, scatterChart } from '../../helpers/plotting';
import { check, defineExperiment, inParts, integer } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { argMin, logGrid, show } from '../numbers';
import * as setting from './_setting';
import type { Api } from './_setting';

const LAMBDAS = logGrid(-9, 1, 21);

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  n: integer('rows n (half train, half validation)', 60, 20, 400, 2),
  sigma: setting.SIGMA_PARAMETER,
  ...setting.ridgeParameters('log₁₀ λ of the fit drawn'),
};

const STATEMENTS = [
  'training error never falls as λ grows',
  'regularisation pays on the holdout: the best λ has a lower validation error than least squares (λ = 0), and the largest λ is at least twice as bad as the best',
  'effective degrees of freedom fall monotonically as λ grows, from p + 1 = 13 at λ = 0 (least squares) to below 2 at λ = 10',
] as const;

/** The validation curve over the λ grid, least squares, and the fit at the λ the reader picked. */
function measure(api: Api, values: ValuesOf<typeof PARAMETERS>, seed: number) {
  const { n, sigma, degree, log10Lambda, truth } = values;
  const split = setting.halvedSample(api, seed, n, sigma, truth);
  const features = (X: setting.Matrix) => setting.polynomialColumns(api, X, degree);
  const makeFitter = setting.polynomialRidge(api, degree);
  const fitOnTraining = (lambda: number) =>
    api.fitRidge(features(split.trainX), split.trainY, lambda);
  const curve = api.validationCurve(split, LAMBDAS, makeFitter);
  // λ = 0 is least squares: the fit the penalty has to beat.
  const leastSquaresError = api.validationCurve(split, [0], makeFitter).validationError[0]!;
  const edf = LAMBDAS.map((lambda) => fitOnTraining(lambda).effectiveDegreesOfFreedom);

  const best = argMin(curve.validationError);
  const edfAtZero = fitOnTraining(0).effectiveDegreesOfFreedom;
  // The fit at the λ the reader picked, drawn over the data it was fitted to and judged on.
  const drawnLambda = 10 ** log10Lambda;
  const drawn = api.validationCurve(split, [drawnLambda], makeFitter);
  const drawnFit = fitOnTraining(drawnLambda);
  const curveX = setting.gridRows(101);
  return {
    ...values,
    split,
    curve,
    leastSquaresError,
    edf,
    edfAtZero,
    best,
    bestLambda: LAMBDAS[best]!,
    bestError: curve.validationError[best]!,
    curveX,
    drawnCurve: drawnFit.predict(features(curveX)),
    drawnErrors: {
      lambda: drawnLambda,
      trainError: drawn.trainError[0]!,
      validationError: drawn.validationError[0]!,
      effectiveDegreesOfFreedom: drawnFit.effectiveDegreesOfFreedom,
    },
  };
}

type Curve = ReturnType<typeof measure>;

function tables({ degree, split, curve, edf, drawnErrors }: Curve): Table[] {
  return [
    {
      title: `Ridge on degree-${degree} polynomial features, ${split.trainY.length} training and ${split.validationY.length} validation rows`,
      columns: ['λ', 'training MSE', 'validation MSE', 'effective df'],
      rows: LAMBDAS.map((lambda, i) => [
        lambda,
        curve.trainError[i]!,
        curve.validationError[i]!,
        edf[i]!,
      ]),
    },
    {
      title: `The fit drawn: λ = ${show(drawnErrors.lambda)}`,
      columns: ['λ', 'training MSE', 'validation MSE', 'effective df'],
      rows: [
        [
          drawnErrors.lambda,
          drawnErrors.trainError,
          drawnErrors.validationError,
          drawnErrors.effectiveDegreesOfFreedom,
        ],
      ],
    },
  ];
}

/** Training and validation error against λ, beside the effective degrees of freedom. */
function curveFigure({ sigma, curve, edf, bestLambda }: Curve): Figure {
  const noiseVariance = sigma * sigma;
  return {
    id: 'validation_curve',
    caption: `Left: training error rises with λ; validation error is lowest at λ = ${show(bestLambda)}, with too much variance to its left and too much bias to its right (dashed: the noise floor σ² = ${noiseVariance}). Right: the effective degrees of freedom, the trace of the ridge smoother (intercept included).`,
    spec: chartGrid({
      title: 'Ridge validation curve',
      columns: 2,
      charts: [
        lineChart({
          title: 'Errors against λ',
          x: { title: 'λ (ridge penalty)', scale: 'log' },
          y: { title: 'mean squared error', scale: 'log' },
          width: 360,
          legendTitle: 'error',
          series: [
            {
              name: 'training',
              points: LAMBDAS.map((x, i) => ({ x, y: curve.trainError[i]! })),
            },
            {
              name: 'validation',
              points: LAMBDAS.map((x, i) => ({ x, y: curve.validationError[i]! })),
            },
          ],
          rules: [
            { axis: 'y', value: noiseVariance, label: 'σ²' },
            { axis: 'x', value: bestLambda, label: 'best λ' },
          ],
        }),
        lineChart({
          title: 'Effective degrees of freedom',
          x: { title: 'λ (ridge penalty)', scale: 'log' },
          y: { title: 'effective df', zero: true },
          width: 300,
          legend: false,
          series: [
            {
              name: 'effective df',
              points: LAMBDAS.map((x, i) => ({ x, y: edf[i]! })),
            },
          ],
          rules: [{ axis: 'x', value: bestLambda, label: 'best λ' }],
        }),
      ],
    }),
  };
}

/** The fit at the λ the reader picked, over its training and validation rows. */
function fitFigure({ degree, truth, split, curveX, drawnCurve, drawnErrors }: Curve): Figure {
  const drawnLambda = drawnErrors.lambda;
  const formula = setting.TRUTHS[truth].formula;
  return {
    id: 'fit_at_lambda',
    caption: `The degree-${degree} ridge fit at λ = ${show(drawnLambda)} (${show(drawnErrors.effectiveDegreesOfFreedom)} effective degrees of freedom) over its training rows, with the validation rows it is scored on and the true function ${formula}.`,
    spec: scatterChart({
      title: `Ridge fit at λ = ${show(drawnLambda)}`,
      x: { title: 'x' },
      y: { title: 'y' },
      width: 420,
      legendTitle: 'rows',
      series: [
        {
          name: 'training',
          points: split.trainX.map((row, i) => ({
            x: row[0]!,
            y: split.trainY[i]!,
          })),
        },
        {
          name: 'validation',
          points: split.validationX.map((row, i) => ({
            x: row[0]!,
            y: split.validationY[i]!,
          })),
        },
      ],
      linesLegendTitle: 'curves',
      lines: [
        {
          name: `fit, λ = ${show(drawnLambda)}`,
          points: curveX.map((row, i) => ({
            x: row[0]!,
            y: drawnCurve[i]!,
          })),
        },
        {
          name: `truth ${formula}`,
          dashed: true,
          points: curveX.map((row) => ({
            x: row[0]!,
            y: setting.trueFunction(row, truth),
          })),
        },
      ],
    }),
  };
}

function figures(data: Curve): Figure[] {
  return [curveFigure(data), fitFigure(data)];
}

function numbers(data: Curve) {
  const { curve, edf } = data;
  return {
    n: data.n,
    degree: data.degree,
    bestLambda: data.bestLambda,
    bestValidationError: data.bestError,
    leastSquaresValidationError: data.leastSquaresError,
    drawn: data.drawnErrors,
    effectiveDegreesOfFreedomAtZero: data.edfAtZero,
    curve: LAMBDAS.map((lambda, i) => ({
      lambda,
      trainError: curve.trainError[i]!,
      validationError: curve.validationError[i]!,
      effectiveDegreesOfFreedom: edf[i]!,
    })),
  };
}

function conclusions(data: Curve): Conclusion[] {
  const { degree, curve, edf, edfAtZero, best, bestLambda, bestError, leastSquaresError } = data;
  const lastIndex = LAMBDAS.length - 1;
  const first = curve.validationError[0]!;
  const last = curve.validationError[lastIndex]!;
  const trainRises = curve.trainError.every(
    (error, i) => i === 0 || error >= curve.trainError[i - 1]! * (1 - 1e-9),
  );
  const edfFalls = edf.every((value, i) => value <= (i === 0 ? edfAtZero : edf[i - 1]!) + 1e-9);
  return [
    check(
      STATEMENTS[0],
      trainRises,
      `training MSE from ${show(curve.trainError[0]!)} at λ = ${show(LAMBDAS[0]!)} to ${show(curve.trainError[lastIndex]!)} at λ = ${show(LAMBDAS[lastIndex]!)}`,
    ),
    check(
      STATEMENTS[1],
      bestError < leastSquaresError && 2 * bestError <= last,
      `best validation MSE ${show(bestError)} at λ = ${show(bestLambda)}; ${show(leastSquaresError)} for least squares, ${show(first)} at λ = 1e-9, ${show(last)} at λ = 10`,
    ),
    check(
      STATEMENTS[2],
      edfFalls && Math.abs(edfAtZero - (degree + 1)) < 1e-6 && edf[lastIndex]! < 2,
      `effective df ${show(edfAtZero)} at λ = 0, ${show(edf[0]!)} at λ = 1e-9, ${show(edf[best]!)} at the best λ, ${show(edf[lastIndex]!)} at λ = 10`,
    ),
  ];
}

function notes({ degree, edf }: Curve): string[] {
  return [
    `Even λ = 1e-9 removes ${show(degree + 1 - edf[0]!)} of the 13 degrees of freedom: on [0, 1] the powers of x are so nearly collinear that several directions of the centred design have singular values d with d² below 1e-9, and each contributes d²/(d² + λ) ≈ 0.`,
    'One holdout split: its validation error is itself a noisy estimate (30 rows), so the best λ is a range of good values rather than a point.',
    'The features are not standardised: on [0, 1] the column x¹² varies far less than x, so the same λ restrains its coefficient far more; standardising first would put every column on the same footing.',
  ];
}

export default defineExperiment<Api>({
  title: 'Validation curve for the ridge penalty λ',
  question:
    'How do training and validation error move as the ridge penalty grows on an over-flexible polynomial, and where does a holdout split put the best λ?',
  seed: 206,
  uses: ['holdoutSplit', 'validationCurve', 'fitRidge', 'polynomialFeatures'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
