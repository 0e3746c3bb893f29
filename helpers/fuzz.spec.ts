/**
 * Bad input and extreme scales, across every public function (issue 18). Each entry below is
 * one exported function or method of the two modules' reference solutions (through each
 * module's index.ts) or a public helper, with one small valid call. The fuzz walks that call's
 * arguments and replaces one position at a time by a value no function may accept: a hole in
 * an array, a ragged row, NaN or ±Infinity, a string or an object where a number belongs,
 * null or a number where an options object belongs, a truthy string where a boolean belongs,
 * a non-function where a function belongs, a seed that is not a finite number or a string, a
 * count far beyond what fits in memory or time. Fast-check (seeded) picks the hole, the row,
 * the non-finite value and the size. Every such call must throw a typed lab error whose
 * message starts with the function called and names the argument: "refused clearly".
 *
 * Then the data arguments are rescaled by 10^±(150…300): the call must either give a finite
 * result where the original was finite, with its scale-free quantities (t values, p values,
 * R², Q, …) unchanged, or a typed lab error naming the function (the data overflow).
 *
 * The count is written to LAB_FUZZ_SUMMARY when set, for `npm run verify` to print.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as week01 from '../solutions/week_01_linear_regression/index';
import * as week02 from '../solutions/week_02_bias_variance/index';
import * as distributions from './distributions';
import {
  ConvergenceError,
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
  ShapeMismatchError,
} from './errors';
import { leastSquaresFitter } from './fitters';
import { createRng } from './random';
import { checkMatrix, checkNumber, checkVector } from './validation';

const FUZZ_SEED = 18_2026;

// A small, well-conditioned problem: 8 rows, 2 features, y ≈ 1 + 2x₁ − x₂ + noise.
const X = [
  [0.1, 1.2],
  [0.9, 0.4],
  [1.7, 1.9],
  [2.2, 0.3],
  [3.1, 2.8],
  [3.8, 1.1],
  [4.6, 2.2],
  [5.3, 0.7],
];
const y = [-0.3, 2.5, 2.6, 5.1, 4.6, 7.8, 8.1, 11.0];
const x = X.map((row) => row[0]!);
const residuals = [0.3, -0.5, 0.2, 0.4, -0.1, -0.6, 0.5, -0.2];
const positiveY = y.map((value) => Math.exp(value / 4));
const trueFunction = (row: number[]): number => 1 + 2 * row[0]! - row[1]!;
const fit = leastSquaresFitter();

interface Entry {
  readonly name: string;
  /** Names of the positional arguments, for the message check. */
  readonly argNames: readonly string[];
  readonly args: () => unknown[];
  readonly call: (...args: never[]) => unknown;
  /** ±Infinity is a valid argument (a distribution function at ±∞): only NaN is refused. */
  readonly infinityAllowed?: boolean;
  /** Arguments whose numbers are data (rescaled in the scale check), by position. */
  readonly data?: readonly number[];
  /** A method of a returned object (a fit's predict), not an exported function. */
  readonly method?: boolean;
}

const w1 = week01 as unknown as Record<string, (...args: never[]) => unknown>;
const w2 = week02 as unknown as Record<string, (...args: never[]) => unknown>;
const dist = distributions as unknown as Record<string, (...args: never[]) => unknown>;
const labHelpers = {
  createRng,
  leastSquaresFitter,
  checkVector,
  checkMatrix,
  checkNumber,
} as unknown as Record<string, (...args: never[]) => unknown>;
const fn = (module: Record<string, (...args: never[]) => unknown>, name: string) => {
  const found = module[name];
  if (typeof found !== 'function') throw new Error(`fuzz: ${name} is not exported`);
  return found;
};
const entry = (
  module: Record<string, (...args: never[]) => unknown>,
  name: string,
  argNames: string[],
  args: () => unknown[],
  data?: number[],
): Entry => ({ name, argNames, args, call: fn(module, name), data });
/** A method of an object a factory returns, called as `object.method(...args)`. */
const method = (
  name: string,
  make: () => unknown,
  argNames: string[],
  args: () => unknown[],
  data?: number[],
): Entry => ({
  name,
  argNames,
  args,
  call: (...callArgs: never[]) =>
    (make() as Record<string, (...a: unknown[]) => unknown>)[name]?.(...callArgs),
  data,
  method: true,
});

const sim = { seed: 7, n: 30 };
/** Three resamples of the 8 rows, each with enough distinct rows for 3 coefficients. */
const bootstrapPlan = [
  [0, 1, 2, 3, 4, 5, 6, 7],
  [7, 7, 5, 3, 1, 1, 0, 2],
  [6, 4, 4, 2, 0, 1, 3, 5],
];
const criteria = { targetError: 1 };
const tv = {
  trainX: X.slice(0, 6),
  trainY: y.slice(0, 6),
  validationX: X.slice(6),
  validationY: y.slice(6),
};
const dgp = () =>
  (w2.createDataGeneratingProcess as (o: unknown) => Record<string, unknown>)({
    trueFunction,
    noiseSd: 0.5,
    xDistribution: (rng: { normal(): number }) => [rng.normal(), rng.normal()],
  });

const ENTRIES: Entry[] = [
  // week 01
  entry(w1, 'fitMeanBaseline', ['yTrain'], () => [y], [0]),
  entry(w1, 'fitMedianBaseline', ['yTrain'], () => [y], [0]),
  entry(w1, 'meanSquaredError', ['yTrue', 'yPred'], () => [y, residuals], [0, 1]),
  entry(w1, 'rootMeanSquaredError', ['yTrue', 'yPred'], () => [y, residuals], [0, 1]),
  entry(w1, 'meanAbsoluteError', ['yTrue', 'yPred'], () => [y, residuals], [0, 1]),
  entry(w1, 'rSquared', ['yTrue', 'yPred'], () => [y, residuals], [0, 1]),
  entry(
    w1,
    'compareWithBaseline',
    ['yTest', 'modelPredictions', 'baselinePredictions'],
    () => [y, residuals, x],
    [0, 1, 2],
  ),
  method(
    'predict',
    () => w1.fitMeanBaseline!(y as never),
    ['X'],
    () => [X],
  ),
  entry(w1, 'bivariateSummary', ['x', 'y'], () => [x, y], [0, 1]),
  entry(w1, 'simpleLinearRegression', ['x', 'y'], () => [x, y], [0, 1]),
  method(
    'predict',
    () => w1.simpleLinearRegression!(x as never, y as never),
    ['xNew'],
    () => [x],
    [0],
  ),
  entry(w1, 'addInterceptColumn', ['X'], () => [X], [0]),
  entry(w1, 'polynomialColumns', ['x', 'degree'], () => [x, 2], [0]),
  entry(w1, 'pairwiseInteractions', ['X'], () => [X], [0]),
  entry(w1, 'fitStandardizer', ['Xtrain'], () => [X], [0]),
  method(
    'transform',
    () => w1.fitStandardizer!(X as never),
    ['X'],
    () => [X],
    [0],
  ),
  entry(w1, 'householderQR', ['X'], () => [X], [0]),
  entry(w1, 'solveHouseholderQR', ['X', 'y'], () => [X, y], [0, 1]),
  entry(w1, 'solveNormalEquations', ['X', 'y'], () => [X, y], [0, 1]),
  entry(w1, 'solvePseudoInverse', ['X', 'y'], () => [X, y], [0, 1]),
  entry(w1, 'conditionNumber', ['X'], () => [X], [0]),
  entry(
    w1,
    'gradientDescent',
    ['X', 'y', 'options'],
    () => [X, y, { learningRate: 0.02, maxIterations: 5000, tolerance: 1e-4 }],
    [1],
  ),
  entry(w1, 'maxStableLearningRate', ['X', 'options'], () => [X, { intercept: true }]),
  entry(w1, 'fitOLS', ['X', 'y', 'options'], () => [X, y, { intercept: true }], [0, 1]),
  entry(
    w1,
    'fitPolynomial',
    ['x', 'y', 'degree', 'options'],
    () => [x, y, 2, { intercept: true }],
    [1],
  ),
  entry(w1, 'confidenceIntervals', ['fit', 'level'], () => [
    { coefficients: [1, 2], standardErrors: [0.5, 0.1], dfResidual: 6 },
    0.95,
  ]),
  entry(w1, 'influenceMeasures', ['X', 'y', 'options'], () => [X, y, { intercept: true }], [0, 1]),
  entry(w1, 'pressResiduals', ['X', 'y', 'options'], () => [X, y, { intercept: true }], [0, 1]),
  entry(w1, 'ppoints', ['n'], () => [8]),
  entry(w1, 'diagnosticPlotData', ['X', 'y', 'options'], () => [X, y, { intercept: true }], [0, 1]),
  entry(w1, 'durbinWatson', ['residuals'], () => [residuals], [0]),
  entry(w1, 'jarqueBera', ['residuals'], () => [residuals], [0]),
  entry(
    w1,
    'breuschPagan',
    ['residuals', 'Z', 'options'],
    () => [residuals, X, { studentized: true }],
    [0, 1],
  ),
  entry(w1, 'varianceInflationFactors', ['X'], () => [X], [0]),
  entry(
    w1,
    'resetTest',
    ['X', 'y', 'options'],
    () => [X, y, { power: 3, intercept: true }],
    [0, 1],
  ),
  entry(
    w1,
    'breuschGodfrey',
    ['residuals', 'X', 'options'],
    () => [residuals, X, { order: 1, intercept: true }],
    [0, 1],
  ),
  entry(w1, 'simulateWellSpecified', ['options'], () => [{ ...sim }]),
  entry(w1, 'simulateNonlinearity', ['options'], () => [{ ...sim, curvature: 0.8 }]),
  entry(w1, 'simulateHeteroscedasticity', ['options'], () => [{ ...sim, strength: 2 }]),
  entry(w1, 'simulateAutocorrelation', ['options'], () => [{ ...sim, rho: 0.5 }]),
  entry(w1, 'simulateHeavyTails', ['options'], () => [
    { ...sim, contamination: 0.1, outlierScale: 10 },
  ]),
  entry(w1, 'simulateHighLeverage', ['options'], () => [{ ...sim, distance: 6, shift: -8 }]),
  entry(w1, 'simulateMulticollinearity', ['options'], () => [{ ...sim, correlation: 0.9 }]),
  entry(w1, 'simulateOmittedVariable', ['options'], () => [
    { ...sim, omittedCoefficient: 1.5, correlation: 0.7 },
  ]),
  entry(w1, 'simulateExtrapolation', ['options'], () => [
    { ...sim, curvature: 0.5, testFrom: 2, testTo: 3 },
  ]),
  entry(w1, 'screenAssumptions', ['X', 'y', 'options'], () => [X, y, { alpha: 0.05 }], [0, 1]),
  entry(
    w1,
    'robustStandardErrors',
    ['X', 'y', 'options'],
    () => [X, y, { type: 'HC3', intercept: true }],
    [0, 1],
  ),
  entry(
    w1,
    'fitWeightedLeastSquares',
    ['X', 'y', 'weights', 'options'],
    () => [X, y, x.map((v) => 1 + v), { intercept: true }],
    [0, 1],
  ),
  entry(w1, 'fitLogLinear', ['X', 'y', 'options'], () => [X, positiveY, { intercept: true }], [0]),
  method(
    'predictMedian',
    () => w1.fitLogLinear!(X as never, positiveY as never),
    ['X'],
    () => [X],
  ),
  method(
    'predictMean',
    () => w1.fitLogLinear!(X as never, positiveY as never),
    ['X'],
    () => [X],
  ),
  entry(w1, 'assess', ['data', 'options'], () => [
    { XTrain: [...X, ...X], yTrain: [...y, ...y.map((v) => v + 0.3)], XTest: X, yTest: y },
    { alpha: 0.05 },
  ]),
  entry(w1, 'twoSum', ['a', 'b'], () => [0.1, 0.2]),
  entry(w1, 'twoProduct', ['a', 'b'], () => [0.1, 0.2]),
  entry(w1, 'compensatedDot', ['a', 'b'], () => [x, y], [0, 1]),
  entry(w1, 'extendedResidual', ['X', 'y', 'b'], () => [X, y, [1, 2]], [1]),
  entry(
    w1,
    'refinedLeastSquares',
    ['X', 'y', 'options'],
    () => [X, y, { steps: 3, residualPrecision: 'extended' }],
    [0, 1],
  ),
  entry(
    w1,
    'predictWithIntervals',
    ['X', 'y', 'newX', 'options'],
    () => [X, y, [X[0], [2.5, 1.5]], { level: 0.9, intercept: true }],
    [0, 1, 2],
  ),
  entry(w1, 'contrastMatrix', ['levels', 'options'], () => [
    ['a', 'b', 'c'],
    { coding: 'sum', reference: 'a' },
  ]),
  entry(w1, 'encodeFactor', ['values', 'options'], () => [
    ['b', 'a', 'c', 'a'],
    { coding: 'treatment', reference: 'b', levels: ['a', 'b', 'c'] },
  ]),
  entry(
    w1,
    'linearHypothesisTest',
    ['X', 'y', 'R', 'r', 'options'],
    () => [
      X,
      y,
      [
        [0, 1, 0],
        [0, 0, 1],
      ],
      [0, 0],
      { intercept: true },
    ],
    [0, 1],
  ),
  entry(
    w1,
    'nestedFTest',
    ['Xsmall', 'Xlarge', 'y', 'options'],
    () => [X.map((row) => [row[0]!]), X, y, { intercept: true }],
    [0, 1, 2],
  ),
  entry(
    w1,
    'neweyWestCovariance',
    ['X', 'y', 'options'],
    () => [X, y, { lag: 2, adjust: true, intercept: true }],
    [0, 1],
  ),
  entry(w1, 'bartlettWeights', ['lag'], () => [3]),
  entry(w1, 'neweyWestLag', ['n'], () => [100]),
  entry(
    w1,
    'addedVariableData',
    ['X', 'y', 'j', 'options'],
    () => [X, y, 1, { intercept: true }],
    [0, 1],
  ),
  entry(
    w1,
    'componentPlusResidualData',
    ['X', 'y', 'j', 'options'],
    () => [X, y, 1, { intercept: true }],
    [0, 1],
  ),
  entry(w1, 'defaultKnots', ['x', 'options'], () => [x, { knotCount: 3 }], [0]),
  // x and the knots carry one scale: rescaling either alone moves x past every knot (a true 0,
  // not a false one), so the scale check runs through defaultKnots and splineTermTest instead.
  entry(w1, 'restrictedCubicSplineBasis', ['x', 'knots'], () => [x, [0.5, 2.5, 4.5]]),
  entry(
    w1,
    'splineTermTest',
    ['X', 'y', 'j', 'options'],
    () => [X, y, 0, { knotCount: 3, intercept: true }],
    [0, 1],
  ),
  // week 02
  entry(w2, 'createDataGeneratingProcess', ['options'], () => [
    { trueFunction, noiseSd: 0.5, xDistribution: () => [1, 2] },
  ]),
  method('sampleFixedDesign', dgp, ['X', 'seed'], () => [X, 3]),
  method('sampleRandomDesign', dgp, ['n', 'seed'], () => [10, 3]),
  method('sampleTrainAndTest', dgp, ['nTrain', 'nTest', 'seed'], () => [10, 5, 3]),
  entry(
    w2,
    'estimateNoiseVariance',
    ['X', 'y', 'options'],
    () => [X, y, { intercept: true }],
    [0, 1],
  ),
  entry(w2, 'polynomialFeatures', ['x', 'degree'], () => [x, 2], [0]),
  entry(w2, 'fitPolynomialRegression', ['x', 'y', 'degree'], () => [x, y, 2], [1]),
  method(
    'predict',
    () => w2.fitPolynomialRegression!(x as never, y as never, 2 as never),
    ['x'],
    () => [x],
  ),
  entry(w2, 'capacitySweep', ['options'], () => [
    {
      trainX: x.slice(0, 6),
      trainY: y.slice(0, 6),
      testX: x.slice(6),
      testY: y.slice(6),
      degrees: [0, 1, 2],
    },
  ]),
  entry(w2, 'biasVarianceDecomposition', ['options'], () => [
    { trueFunction, noiseSd: 0.5, trainX: X, testX: X.slice(0, 3), fit, replicates: 5, seed: 1 },
  ]),
  entry(
    w2,
    'bootstrapBiasVariance',
    ['fit', 'trainX', 'trainY', 'testX', 'testY', 'options'],
    () => [fit, X, y, X.slice(0, 3), y.slice(0, 3), { rounds: 5, seed: 1 }],
  ),
  entry(w2, 'holdoutSplit', ['X', 'y', 'options'], () => [
    X,
    y,
    { validationFraction: 0.25, seed: 1 },
  ]),
  entry(w2, 'validationCurve', ['data', 'values', 'makeFitter'], () => [tv, [0, 1], () => fit]),
  entry(w2, 'learningCurve', ['data', 'trainSizes', 'fit', 'options'], () => [
    tv,
    [4, 6],
    fit,
    { seed: 1 },
  ]),
  entry(
    w2,
    'fitRidge',
    ['X', 'y', 'lambda', 'options'],
    () => [X, y, 0.5, { intercept: true }],
    [1],
  ),
  method(
    'predict',
    () => w2.fitRidge!(X as never, y as never, 0.5 as never),
    ['X'],
    () => [X],
  ),
  entry(w2, 'ridgeEffectiveDegreesOfFreedom', ['X', 'lambda'], () => [X, 0.5]),
  entry(
    w2,
    'ridgePath',
    ['X', 'y', 'lambdas', 'options'],
    () => [X, y, [0, 0.5, 2], { intercept: true }],
    [1],
  ),
  entry(w2, 'ridgeBiasVariance', ['options'], () => [
    {
      trueFunction,
      noiseSd: 0.5,
      trainX: X,
      testX: X.slice(0, 3),
      lambdas: [0, 1],
      replicates: 5,
      seed: 1,
    },
  ]),
  entry(w2, 'diagnoseFit', ['errors'], () => [
    { trainError: 0.5, validationError: 0.8, targetError: 1 },
  ]),
  entry(w2, 'diagnoseLearningCurve', ['curve', 'criteria'], () => [
    { trainSizes: [4, 8], trainError: [0.2, 0.4], validationError: [1.5, 0.9] },
    criteria,
  ]),
  entry(w2, 'diagnoseValidationCurve', ['curve', 'criteria'], () => [
    { values: [1, 2, 3], trainError: [0.9, 0.5, 0.2], validationError: [1.2, 0.8, 1.1] },
    criteria,
  ]),
  entry(w2, 'minimumNormLeastSquares', ['X', 'y'], () => [X, y], [1]),
  method(
    'predict',
    () => w2.minimumNormLeastSquares!(X as never, y as never),
    ['X'],
    () => [X],
  ),
  entry(w2, 'doubleDescentCurve', ['options'], () => [
    { sampleSize: 10, featureCounts: [2, 5], signalNorm: 1, noiseSd: 0.5, replicates: 3, seed: 1 },
  ]),
  entry(w2, 'bootstrapIndexSets', ['n', 'options'], () => [8, { replicates: 3, seed: 1 }]),
  entry(
    w2,
    'bootstrapIntervals',
    ['replicates', 'estimate', 'options'],
    () => [residuals, 0.1, { level: 0.8 }],
    [0, 1],
  ),
  entry(
    w2,
    'bootstrapCoefficientIntervals',
    ['X', 'y', 'indexSets', 'options'],
    () => [X, y, bootstrapPlan, { level: 0.8, intercept: true }],
    [0, 1],
  ),
  entry(
    w2,
    'optimismCorrectedError',
    ['X', 'y', 'indexSets', 'options'],
    () => [X, y, bootstrapPlan, { intercept: true }],
    [0, 1],
  ),
  // helpers
  entry(labHelpers, 'createRng', ['seed'], () => [1]),
  entry(labHelpers, 'leastSquaresFitter', ['options'], () => [{ degree: 1, intercept: true }]),
  entry(labHelpers, 'checkVector', ['functionName', 'y', 'y'], () => ['checkVector', 'y', y]),
  entry(labHelpers, 'checkMatrix', ['functionName', 'X', 'X'], () => ['checkMatrix', 'X', X]),
  entry(labHelpers, 'checkNumber', ['functionName', 'level', 'level'], () => [
    'checkNumber',
    'level',
    0.5,
  ]),
  // A distribution function at ±∞ is defined: only NaN is refused.
  ...[
    entry(dist, 'normalCdf', ['z'], () => [0.3]),
    entry(dist, 'normalSurvival', ['z'], () => [0.3]),
    entry(dist, 'normalQuantile', ['p'], () => [0.3]),
    entry(dist, 'logGamma', ['x'], () => [0.3]),
    entry(dist, 'studentTTwoSidedPValue', ['t', 'df'], () => [1.5, 6]),
    entry(dist, 'studentTQuantile', ['p', 'df'], () => [0.9, 6]),
    entry(dist, 'fSurvival', ['f', 'df1', 'df2'], () => [2, 2, 6]),
    entry(dist, 'chiSquaredSurvival', ['x', 'df'], () => [2, 2]),
  ].map((distributionEntry) => ({ ...distributionEntry, infinityAllowed: true })),
];

// ---- mutations ------------------------------------------------------------------------------

/** Keys whose number is a count: far too large, or fractional, is refused. */
const COUNT_KEYS = new Set([
  'n',
  'nTrain',
  'nTest',
  'replicates',
  'rounds',
  'steps',
  'maxIterations',
  'sampleSize',
  'degree',
]);
const SEED_KEYS = new Set(['seed']);
/** Keys that are the functions' own names in checkVector & co: any string is valid there. */
const FREE_STRING_KEYS = new Set(['functionName', 'y', 'X', 'level']);

type Path = readonly (string | number)[];
interface Mutation {
  readonly path: Path;
  readonly label: string;
  readonly value: unknown;
  /** Replace by a hole (delete the element) rather than a value. */
  readonly hole?: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isVector = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number');
const isMatrix = (value: unknown): value is number[][] =>
  Array.isArray(value) && value.length > 0 && value.every(isVector);

/** The bad values for the position `path` holding `value`; `key` is its name. */
function mutationsAt(path: Path, key: string, value: unknown, pick: Picks): Mutation[] {
  const at = (label: string, bad: unknown): Mutation => ({ path, label, value: bad });
  if (SEED_KEYS.has(key))
    return [at('seed NaN', Number.NaN), at('seed {}', {}), at('seed true', true)];
  if (typeof value === 'function')
    return [
      at('a number for a function', 42),
      at('a string for a function', 'fit'),
      at('null for a function', null),
    ];
  if (typeof value === 'boolean')
    return [at("the string 'no' for a boolean", 'no'), at('1 for a boolean', 1)];
  if (typeof value === 'string') {
    if (FREE_STRING_KEYS.has(key)) return [];
    return [at('an unknown option value', 'nonsense'), at('a number for a string option', 42)];
  }
  if (typeof value === 'number') {
    const list = [
      at('a non-finite number', pick.nonFinite),
      at('a string for a number', '1'),
      at('an object for a number', {}),
    ];
    if (COUNT_KEYS.has(key))
      list.push(at('a count beyond the limits', pick.huge), at('a fractional count', 1.5));
    return list;
  }
  if (isMatrix(value)) {
    const rowIndex = pick.index % value.length;
    const holeyRows = withHole(value, rowIndex);
    const holeyCell = value.map((row, i) => (i === rowIndex ? withHole(row, 0) : row.slice()));
    const ragged = value.map((row, i) => (i === rowIndex ? row.slice(0, -1) : row.slice()));
    const nonFinite = value.map((row, i) =>
      i === rowIndex ? [pick.nonFinite, ...row.slice(1)] : row.slice(),
    );
    return [
      at('null for a matrix', null),
      at('a number for a matrix', 42),
      at('a matrix with a missing row (sparse)', holeyRows),
      at('a matrix with a hole in a row', holeyCell),
      at(
        'a ragged matrix',
        rowIndex === 0 ? value.map((row, i) => (i === 1 ? [...row, 1] : row)) : ragged,
      ),
      at('a non-finite matrix entry', nonFinite),
      at(
        'a string in a matrix',
        value.map((row, i) => (i === rowIndex ? ['1', ...row.slice(1)] : row)),
      ),
    ];
  }
  if (isVector(value)) {
    const index = pick.index % value.length;
    const holey = withHole(value, index);
    return [
      at('null for an array', null),
      at('a number for an array', 42),
      at('a sparse array (a hole)', holey),
      at(
        'a non-finite array entry',
        value.map((v, i) => (i === index ? pick.nonFinite : v)),
      ),
      at(
        'a string in an array',
        value.map((v, i) => (i === index ? '1' : v)),
      ),
    ];
  }
  if (isPlainObject(value)) {
    return [
      at('null for an object', null),
      at('a number for an object', 7),
      at('an array for an object', [1]),
    ];
  }
  return [];
}

/** A copy with index `index` removed, leaving a hole (a sparse array), as `delete` would. */
function withHole<T>(values: readonly T[], index: number): T[] {
  const copy = values.slice();
  Reflect.deleteProperty(copy, index);
  return copy;
}

interface Picks {
  readonly nonFinite: number;
  readonly huge: number;
  readonly index: number;
}

/** Every position of a call's arguments with its bad values (top level, object fields). */
function mutationsOf(entryToMutate: Entry, picked: Picks): Mutation[] {
  const pick =
    entryToMutate.infinityAllowed === true ? { ...picked, nonFinite: Number.NaN } : picked;
  const out: Mutation[] = [];
  const args = entryToMutate.args();
  const visit = (path: Path, key: string, value: unknown): void => {
    out.push(...mutationsAt(path, key, value, pick));
    if (isPlainObject(value))
      for (const [field, inner] of Object.entries(value)) visit([...path, field], field, inner);
  };
  args.forEach((arg, position) => visit([position], entryToMutate.argNames[position] ?? '', arg));
  return out;
}

function applyMutation(args: unknown[], mutation: Mutation): unknown[] {
  const copy = structuredCloneKeepFunctions(args) as unknown[];
  let target = copy as unknown as Record<string | number, unknown>;
  mutation.path
    .slice(0, -1)
    .forEach((step) => (target = target[step] as Record<string | number, unknown>));
  target[mutation.path[mutation.path.length - 1] as string | number] = mutation.value;
  return copy;
}

function structuredCloneKeepFunctions(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    value.forEach((item, i) => (copy[i] = structuredCloneKeepFunctions(item))); // keeps holes
    return copy;
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, structuredCloneKeepFunctions(v)]),
    );
  }
  return value;
}

const LAB_ERRORS = [
  ShapeMismatchError,
  EmptyInputError,
  NonFiniteValueError,
  InvalidArgumentError,
  RankDeficiencyError,
  ConvergenceError,
];

/** '' when the call was refused clearly, else what was wrong. */
function judgeRefusal(entryUnderTest: Entry, mutation: Mutation, args: unknown[]): string {
  const argName = String(mutation.path[mutation.path.length - 1]);
  const names = new Set([argName, entryUnderTest.argNames[mutation.path[0] as number] ?? argName]);
  let result: unknown;
  try {
    result = entryUnderTest.call(...(args as never[]));
  } catch (error) {
    const typed = LAB_ERRORS.some((kind) => error instanceof kind);
    const message = error instanceof Error ? error.message : String(error);
    if (!typed) return `threw ${error instanceof Error ? error.name : typeof error}: ${message}`;
    if (!message.startsWith(`${entryUnderTest.name} `)) return `named another function: ${message}`;
    if (![...names].some((name) => message.includes(name)))
      return `did not name ${[...names].join(' or ')}: ${message}`;
    return '';
  }
  return `accepted it and returned ${show(result)}`;
}

function show(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v: unknown) =>
        typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
      )?.slice(0, 80) ?? String(value)
    );
  } catch {
    return typeof value;
  }
}

// ---- scale ----------------------------------------------------------------------------------

/** Every number reachable in a result (getters included), with its path. */
function numbersOf(
  value: unknown,
  path = '',
  out = new Map<string, number>(),
  depth = 0,
): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (depth < 4 && Array.isArray(value))
    value.forEach((item, i) => numbersOf(item, `${path}[${i}]`, out, depth + 1));
  else if (depth < 4 && typeof value === 'object' && value !== null) {
    for (const key in value) {
      if (typeof (value as Record<string, unknown>)[key] !== 'function')
        numbersOf((value as Record<string, unknown>)[key], `${path}.${key}`, out, depth + 1);
    }
  }
  return out;
}

/** Fields that do not change when the data are rescaled (t and p values, R², Q, leverage, …). */
const SCALE_FREE =
  /^\.(tValues|pValues|rSquared|adjustedRSquared|fStatistic|fPValue|correlation|Q|leverage|verdict|pValue|statistic|studentizedInternal|studentizedExternal|cooksDistance)\b/;

function scaleOf(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return value * factor;
  if (Array.isArray(value)) return value.map((item) => scaleOf(item, factor));
  return value;
}

/** '' when the rescaled call is finite where the original is (and agrees where scale-free), or refused with a typed error. */
function judgeScale(entryUnderTest: Entry, position: number, factor: number): string {
  const args = entryUnderTest.args();
  const base = numbersOf(entryUnderTest.call(...(args as never[])));
  const scaledArgs = args.map((arg, i) => (i === position ? scaleOf(arg, factor) : arg));
  let scaled: Map<string, number>;
  try {
    scaled = numbersOf(entryUnderTest.call(...(scaledArgs as never[])));
  } catch (error) {
    const typed = LAB_ERRORS.some((kind) => error instanceof kind);
    const message = error instanceof Error ? error.message : String(error);
    if (typed && message.startsWith(`${entryUnderTest.name} `)) return '';
    return `threw ${error instanceof Error ? error.name : typeof error}: ${message}`;
  }
  for (const [path, value] of base) {
    const other = scaled.get(path);
    // κ is not scale-free: with a unit intercept column and a column at 10^160 it is ~10^160,
    // beyond what the SVD resolves. Not a result a fit is judged by; left out.
    if (other === undefined || path === '.conditionNumber') continue;
    if (Number.isFinite(value) && !Number.isFinite(other))
      return `${path} is ${other} (finite, ${value}, at scale 1)`;
    if (Number.isFinite(value) && value !== 0 && other === 0)
      return `${path} is a false 0 (${value} at scale 1)`;
    if (
      SCALE_FREE.test(path) &&
      Number.isFinite(value) &&
      Math.abs(other - value) > 1e-6 * Math.max(1, Math.abs(value))
    ) {
      return `${path} changed from ${value} to ${other} (scale-free)`;
    }
  }
  return '';
}

/**
 * Functions not yet scale-robust (a gap of issue 18 left open). Empty since every function gives
 * the right answer or a typed overflow error; a name added here is a known, visible gap, and the
 * spec fails on any other function that misbehaves and on a listed one that no longer does.
 */
const KNOWN_SCALE_GAPS = new Set<string>([]);

// ---- the spec --------------------------------------------------------------------------------

describe('bad input and extreme scales across every public function (issue 18)', () => {
  it('refuses every generated bad input with a typed error naming the function and the argument', () => {
    const picks = fc.sample(
      fc.record({
        nonFinite: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        huge: fc.integer({ min: 1e9, max: 1e12 }),
        index: fc.nat({ max: 7 }),
      }),
      { seed: FUZZ_SEED, numRuns: ENTRIES.length },
    );
    let total = 0;
    const unclear: string[] = [];
    ENTRIES.forEach((entryUnderTest, k) => {
      for (const mutation of mutationsOf(entryUnderTest, picks[k] as Picks)) {
        total += 1;
        const verdict = judgeRefusal(
          entryUnderTest,
          mutation,
          applyMutation(entryUnderTest.args(), mutation),
        );
        if (verdict !== '')
          unclear.push(
            `${entryUnderTest.name}(${mutation.path.join('.')}: ${mutation.label}) ${verdict}`,
          );
      }
    });
    const summary = { refused: total - unclear.length, total, unclear };
    if (envValue('LAB_FUZZ_SUMMARY'))
      writeFileSync(envValue('LAB_FUZZ_SUMMARY') as string, JSON.stringify(summary));
    expect(
      unclear,
      `bad input: ${total - unclear.length} of ${total} refused clearly; not clearly:\n${unclear.join('\n')}`,
    ).toEqual([]);
  });

  it('has an entry for every function the two modules export (their index.ts)', () => {
    // A new kata's functions join the fuzz when they join the index: an export without an
    // entry would escape both checks above. Methods of returned objects are listed by hand.
    const covered = new Set(ENTRIES.filter((e) => e.method !== true).map((e) => e.name));
    const exported = [week01, week02].flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name),
    );
    const missing = exported.filter((name) => !covered.has(name));
    expect(
      missing,
      `exported but not fuzzed (add an entry to ENTRIES): ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('gives a finite, agreeing answer or a typed error on data rescaled by 10^±(150…300)', () => {
    const exponents = fc.sample(fc.integer({ min: 150, max: 300 }), {
      seed: FUZZ_SEED,
      numRuns: 64,
    });
    const failures: string[] = [];
    const gapsSeen = new Set<string>();
    let k = 0;
    for (const entryUnderTest of ENTRIES) {
      for (const position of entryUnderTest.data ?? []) {
        for (const sign of [1, -1]) {
          const factor = 10 ** (sign * exponents[k++ % exponents.length]!);
          const verdict = judgeScale(entryUnderTest, position, factor);
          if (verdict !== '' && KNOWN_SCALE_GAPS.has(entryUnderTest.name)) {
            gapsSeen.add(entryUnderTest.name);
          } else if (verdict !== '')
            failures.push(
              `${entryUnderTest.name}(${entryUnderTest.argNames[position]} × ${factor.toExponential(0)}): ${verdict}`,
            );
        }
      }
    }
    const healed = [...KNOWN_SCALE_GAPS].filter((name) => !gapsSeen.has(name));
    expect(failures, failures.join('\n')).toEqual([]);
    expect(healed, `scale-robust now, remove from KNOWN_SCALE_GAPS: ${healed.join(', ')}`).toEqual(
      [],
    );
  });
});

function envValue(name: string): string | undefined {
  return process.env[name];
}
