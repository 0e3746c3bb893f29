/**
 * Experiment: learning curves of a high-bias and a high-variance model, and what each says
 * to change (kata 02.05's learning curves, kata 02.07's diagnosis).
 *
 * 240 rows from y = sin(2πx) + N(0, 0.3²), split once by `holdoutSplit` into 120 training and
 * 120 validation rows. `learningCurve` fits each model on nested prefixes of one shuffled order
 * of the training rows (14 … 120 rows) and scores it on all the validation rows. The models:
 * a straight line (degree 1: cannot follow a sine, high bias) and a degree-12 polynomial
 * (13 coefficients: enough to chase noise in small samples, high variance), both least squares
 * on `polynomialFeatures`. `diagnoseLearningCurve` reads each curve against the target error
 * σ² = 0.09 that a simulation knows.
 */
import { chartGrid, lineChart } from '../../helpers/plotting';
import { minOf } from '../../helpers/validation';
import { check, defineExperiment, inParts } from '../experiment';
import type { Conclusion, Figure, Table, ValuesOf } from '../experiment';
import { show } from '../numbers';
import * as setting from './_setting';
import type { Api } from './_setting';

const N = 240;
const SIZES = [14, 16, 20, 25, 30, 40, 60, 90, 120];
const SMALL = 30;
const LARGEST = SIZES[SIZES.length - 1]!;
const MODELS = [
  { key: 'highBias', degree: 1, label: 'degree 1 (high bias)' },
  { key: 'highVariance', degree: 12, label: 'degree 12 (high variance)' },
] as const;

// The conclusions below are written for these defaults; a notebook or `--set` may change them.
const PARAMETERS = {
  sigma: setting.SIGMA_PARAMETER,
  truth: setting.TRUTH_PARAMETER,
};

const STATEMENTS = [
  'with all 120 rows the straight line is diagnosed high bias, calling for more capacity',
  'no amount of data brings the straight line near the noise floor: at every training size its validation error stays above 2σ²',
  'with 30 rows the degree-12 polynomial is diagnosed high variance (validation above training error by more than σ²/2), calling for more data or regularisation',
  'more data closes the degree-12 gap: from 30 to 120 rows the gap between validation and training error shrinks at least threefold, and the validation error ends below 2σ²',
] as const;

type ModelCurve = Curves['curves'][number];

/** Each model's learning curve on one split, diagnosed at SMALL rows and at all of them. */
function measure(api: Api, { sigma, truth }: ValuesOf<typeof PARAMETERS>, seed: number) {
  const noiseVariance = sigma * sigma;
  const split = setting.halvedSample(api, seed, N, sigma, truth);
  const criteria = { targetError: noiseVariance };
  const curves = MODELS.map((model) => {
    const curve = api.learningCurve(split, SIZES, setting.polynomialOLS(api, model.degree), {
      seed: `${seed}-order`,
    });
    const smallCount = SIZES.indexOf(SMALL) + 1;
    const prefix = {
      trainSizes: curve.trainSizes.slice(0, smallCount),
      trainError: curve.trainError.slice(0, smallCount),
      validationError: curve.validationError.slice(0, smallCount),
    };
    return {
      model,
      curve,
      full: api.diagnoseLearningCurve(curve, criteria),
      small: api.diagnoseLearningCurve(prefix, criteria),
      at: (size: number) => {
        const i = SIZES.indexOf(size);
        return {
          train: curve.trainError[i]!,
          validation: curve.validationError[i]!,
        };
      },
    };
  });
  const [bias, variance] = curves as [(typeof curves)[0], (typeof curves)[0]];
  return { noiseVariance, validationRows: split.validationY.length, curves, bias, variance };
}

type Curves = ReturnType<typeof measure>;

function tables({ noiseVariance, validationRows, curves, bias, variance }: Curves): Table[] {
  return [
    {
      title: `Learning curves (nested prefixes of one shuffled order; ${validationRows} validation rows)`,
      columns: [
        'training rows',
        'degree 1: training',
        'degree 1: validation',
        'degree 12: training',
        'degree 12: validation',
      ],
      rows: SIZES.map((size) => [
        size,
        bias.at(size).train,
        bias.at(size).validation,
        variance.at(size).train,
        variance.at(size).validation,
      ]),
    },
    {
      title: `diagnoseLearningCurve against σ² = ${noiseVariance}`,
      columns: [
        'model',
        'rows used',
        'diagnosis',
        'action',
        'excess (train − σ²)',
        'gap (validation − train)',
      ],
      rows: curves.flatMap((entry) =>
        (
          [
            [SMALL, entry.small],
            [LARGEST, entry.full],
          ] as const
        ).map(([rows, diagnosis]) => [
          entry.model.label,
          rows,
          diagnosis.diagnosis,
          diagnosis.action,
          diagnosis.excess,
          diagnosis.gap,
        ]),
      ),
    },
  ];
}

function figures({ noiseVariance, curves }: Curves): Figure[] {
  // Each panel its own y range (the degree-1 gap is invisible on degree 12's); ticks at the sizes used.
  const panel = (entry: ModelCurve) =>
    lineChart({
      title: entry.model.label,
      subtitle: `at ${SMALL} rows: ${entry.small.diagnosis}; at ${LARGEST} rows: ${entry.full.diagnosis}`,
      x: { title: 'training rows m (log scale)', scale: 'log', ticks: SIZES },
      y: { title: 'mean squared error', scale: 'log' },
      width: 340,
      height: 240,
      legendTitle: 'error',
      series: [
        {
          name: 'training',
          points: SIZES.map((x, i) => ({ x, y: entry.curve.trainError[i]! })),
        },
        {
          name: 'validation',
          points: SIZES.map((x, i) => ({ x, y: entry.curve.validationError[i]! })),
        },
      ],
      rules: [{ axis: 'y', value: noiseVariance, label: 'σ²' }],
    });
  return [
    {
      id: 'learning_curves',
      caption:
        'Left: a straight line meets its validation error on a plateau well above the noise; more rows will not help, more capacity will. Right: the degree-12 polynomial starts with a huge gap (log scale) that closes as rows are added, towards the noise floor σ².',
      spec: chartGrid({
        title: 'Learning curves of a too-simple and a too-flexible model',
        columns: 2,
        charts: curves.map(panel),
      }),
    },
  ];
}

function numbers({ noiseVariance, curves }: Curves) {
  return {
    sizes: SIZES,
    noiseVariance,
    models: Object.fromEntries(
      curves.map((entry) => [
        entry.model.key,
        {
          degree: entry.model.degree,
          trainError: entry.curve.trainError,
          validationError: entry.curve.validationError,
          diagnosisAtSmall: entry.small.diagnosis,
          diagnosisAtLargest: entry.full.diagnosis,
        },
      ]),
    ),
  };
}

function conclusions({ noiseVariance, bias, variance }: Curves): Conclusion[] {
  const varianceGap = (size: number) => variance.at(size).validation - variance.at(size).train;
  const lowestBiasError = minOf(bias.curve.validationError);
  return [
    check(
      STATEMENTS[0],
      bias.full.diagnosis === 'high-bias' && bias.full.action === 'increase-capacity',
      `excess ${show(bias.full.excess)}, gap ${show(bias.full.gap)} against σ² ${noiseVariance}: ${bias.full.diagnosis} → ${bias.full.action}`,
    ),
    check(
      STATEMENTS[1],
      lowestBiasError > 2 * noiseVariance,
      `lowest validation error of the straight line at any size ${show(lowestBiasError)} (2σ² = ${2 * noiseVariance}); validation MSE ${show(bias.at(SMALL).validation)} at ${SMALL} rows, ${show(bias.at(LARGEST).validation)} at ${LARGEST}`,
    ),
    check(
      STATEMENTS[2],
      variance.small.diagnosis === 'high-variance' &&
        variance.small.action === 'more-data-or-regularisation',
      `training ${show(variance.at(SMALL).train)}, validation ${show(variance.at(SMALL).validation)}; ${variance.small.diagnosis} → ${variance.small.action}`,
    ),
    check(
      STATEMENTS[3],
      varianceGap(LARGEST) <= varianceGap(SMALL) / 3 &&
        variance.at(LARGEST).validation < 2 * noiseVariance,
      `gap ${show(varianceGap(SMALL))} at ${SMALL} rows, ${show(varianceGap(LARGEST))} at ${LARGEST}; validation ${show(variance.at(LARGEST).validation)} vs σ² ${noiseVariance}`,
    ),
  ];
}

function notes({ variance }: Curves): string[] {
  return [
    `With all ${LARGEST} rows the degree-12 model is diagnosed ${variance.full.diagnosis}: the same model, with four times the data, no longer needs changing. A diagnosis belongs to a model and a data size together.`,
    `The training error of the flexible model rises with m, from ${show(variance.at(SIZES[0]!).train)} at ${SIZES[0]} rows towards σ² at ${LARGEST}: with few rows it nearly interpolates the noise, with many it cannot. A training error well below σ² is a sign of fitting noise.`,
    `One curve from one sample is jagged: a degree-12 polynomial swings wildly between and beyond the sampled x, so its validation error jumps around (${show(variance.at(40).validation)} at 40 rows). Averaging over several splits would smooth the curve; the module stays with a single holdout split.`,
  ];
}

export default defineExperiment<Api>({
  title: 'Learning curves: high bias against high variance',
  question:
    'How do training and validation error change with the amount of training data for a model that is too simple and for one that is too flexible, and what does each curve tell us to change?',
  seed: 205,
  uses: ['holdoutSplit', 'learningCurve', 'diagnoseLearningCurve', 'polynomialFeatures'],
  ...inParts(PARAMETERS, STATEMENTS, measure, { tables, figures, numbers, conclusions, notes }),
});
