/**
 * The data-generating process the week 02 experiments share, so that their curves can be read
 * together: y = sin(2πx) + ε, x in [0, 1], ε ~ N(0, 0.3²) (σ² = 0.09, the floor no model can
 * beat), and polynomial models of x. A notebook may swap the true function for another of
 * TRUTHS (`--set truth=step`): a cubic that degree 3 fits exactly, or a step no polynomial does.
 */
import type * as Week02 from '../../katas/week_02_bias_variance/index';
import { Matrix as MlMatrix, QrDecomposition } from 'ml-matrix';
import { fitLeastSquares } from '../../helpers/least_squares';
import type { Series } from '../../helpers/plotting';
import { createRng, type Rng } from '../../helpers/random';
import { choice, integer, real } from '../experiment';

export type Api = typeof Week02;
export type Matrix = number[][];

export const NOISE_SD = 0.3;
export const NOISE_VARIANCE = NOISE_SD * NOISE_SD;

/** The true functions f on [0, 1] a reader may pick, each with how a caption writes it. */
export const TRUTHS = {
  sine: { formula: 'sin(2πx)', f: (x: number) => Math.sin(2 * Math.PI * x) },
  cubic: { formula: '(2x − 1)³', f: (x: number) => (2 * x - 1) ** 3 },
  step: { formula: 'sign(x − ½)', f: (x: number) => (x < 0.5 ? -1 : 1) },
} as const;
export type Truth = keyof typeof TRUTHS;

/** The notebook input that picks the true function (default: the sine the conclusions are written for). */
export const TRUTH_PARAMETER = choice('true function f', Object.keys(TRUTHS) as Truth[], 'sine');

/** The notebook input for the noise sd σ (default: the σ = 0.3 above). */
export const SIGMA_PARAMETER = real('noise sd σ', NOISE_SD, 0.05, 2, 0.05);

/**
 * The notebook inputs the two ridge experiments share, in their order: the degree of the
 * over-flexible polynomial that ridge restrains, the λ singled out (labelled with what is done
 * with it) and the true function.
 */
export function ridgeParameters(lambdaLabel: string) {
  return {
    degree: integer('polynomial degree', 12, 1, 20),
    log10Lambda: real(lambdaLabel, -3, -9, 1, 0.25),
    truth: TRUTH_PARAMETER,
  };
}

export function trueFunction(row: readonly number[], truth: Truth = 'sine'): number {
  return TRUTHS[truth].f(row[0] ?? 0);
}

/** `count` inputs evenly spaced on [0, 1], as rows. */
export function gridRows(count: number): Matrix {
  return Array.from({ length: count }, (_, i) => [i / (count - 1)]);
}

/**
 * A fixed design of `count` inputs evenly spaced on [0, 1] (the midpoints of `count` equal
 * cells): a random design would make the high-degree variance hinge on where the largest gap
 * between inputs happened to fall.
 */
export function cellMidpoints(count: number): Matrix {
  return Array.from({ length: count }, (_, i) => [(i + 0.5) / count]);
}

/** A random-design sample of `count` rows: x ~ U(0, 1), y = f(x) + ε, ε ~ N(0, sd²). */
export function sample(
  rng: Rng,
  count: number,
  sd = NOISE_SD,
  truth: Truth = 'sine',
): { X: Matrix; y: number[] } {
  const X = Array.from({ length: count }, () => [rng.uniform()]);
  return { X, y: X.map((row) => trueFunction(row, truth) + rng.normal(0, sd)) };
}

/** [1, x, …, x^degree] rows through the module's polynomialFeatures (degree 0: the constant alone). */
export function polynomialDesign(api: Api, X: Matrix, degree: number): Matrix {
  if (degree === 0) return X.map(() => [1]);
  return api
    .polynomialFeatures(
      X.map((row) => row[0] ?? 0),
      degree,
    )
    .map((row) => [1, ...row]);
}

function sameRows(a: Matrix, b: Matrix): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((row, i) => row.length === b[i]?.length && row.every((v, j) => v === b[i]?.[j])))
  );
}

export type Fitter = (X: Matrix, y: number[]) => (X: Matrix) => number[];

/**
 * The same linear procedure, fast on a fixed design. A linear smoother's predictions are
 * ŷ = Σᵢ yᵢ·ŷ(eᵢ): so the predictions for each unit target vector eᵢ are computed once, with
 * `fit` itself, and every replicate then costs one weighted sum (superposition). Exact for any
 * procedure linear in y (least squares, ridge with an intercept); rows other than the fixed
 * design are fitted directly.
 */
export function fixedDesignFitter(
  trainX: Matrix,
  fit: Fitter,
  unitPredictors: readonly ((X: Matrix) => number[])[] = trainX.map((_, i) =>
    fit(
      trainX,
      trainX.map((__, k) => (k === i ? 1 : 0)),
    ),
  ),
): Fitter {
  const seen: { testX: Matrix; columns: number[][] }[] = [];
  return (X, y) => {
    if (!sameRows(X, trainX)) return fit(X, y);
    return (testX) => {
      let entry = seen.find((candidate) => sameRows(candidate.testX, testX));
      if (entry === undefined) {
        entry = { testX, columns: unitPredictors.map((predict) => predict(testX)) };
        seen.push(entry);
      }
      const out = new Array<number>(testX.length).fill(0);
      entry.columns.forEach((column, i) => {
        const weight = y[i]!;
        for (let t = 0; t < out.length; t += 1) {
          out[t] = out[t]! + weight * column[t]!;
        }
      });
      return out;
    };
  };
}

/** Ordinary least squares on [1, x, …, x^degree] (Householder QR, helpers/least_squares.ts). */
export function polynomialOLS(api: Api, degree: number) {
  return (X: Matrix, y: number[]) => {
    const { coefficients } = fitLeastSquares('polynomialOLS', polynomialDesign(api, X, degree), y);
    return (newX: Matrix) =>
      polynomialDesign(api, newX, degree).map((row) =>
        row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0),
      );
  };
}

/**
 * `polynomialOLS` on a fixed design, by superposition: one Householder QR of the design solves
 * for all n unit targets at once (coefficient matrix pinv(X), p × n).
 */
export function fixedDesignPolynomialOLS(api: Api, degree: number, trainX: Matrix): Fitter {
  const design = polynomialDesign(api, trainX, degree);
  const n = trainX.length;
  const unitCoefficients = new QrDecomposition(new MlMatrix(design)).solve(MlMatrix.eye(n, n));
  const unitPredictors = trainX.map((_, i) => {
    const coefficients = unitCoefficients.getColumn(i);
    return (newX: Matrix) =>
      polynomialDesign(api, newX, degree).map((row) =>
        row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0),
      );
  });
  return fixedDesignFitter(trainX, polynomialOLS(api, degree), unitPredictors);
}

/**
 * One sample of `count` rows from `createRng(seed)`, split in half once by the module's
 * `holdoutSplit` (seeded `<seed>-split`) into training and validation rows.
 */
export function halvedSample(api: Api, seed: number, count: number, sd: number, truth: Truth) {
  const data = sample(createRng(seed), count, sd, truth);
  return api.holdoutSplit(data.X, data.y, { validationFraction: 0.5, seed: `${seed}-split` });
}

/** [x, …, x^degree] from the module's polynomialFeatures (no constant column: ridge adds it). */
export function polynomialColumns(api: Api, X: Matrix, degree: number): Matrix {
  return api.polynomialFeatures(
    X.map((row) => row[0] ?? 0),
    degree,
  );
}

/** The module's `fitRidge` at penalty λ on `polynomialColumns` of the given degree, as a fitter. */
export function polynomialRidge(api: Api, degree: number) {
  return (lambda: number) => (X: Matrix, y: number[]) => {
    const fit = api.fitRidge(polynomialColumns(api, X, degree), y, lambda);
    return (newX: Matrix) => fit.predict(polynomialColumns(api, newX, degree));
  };
}

/** What a decomposition is run on: the truth, the noise and the two designs. */
export interface DecompositionSetting {
  readonly truth: Truth;
  readonly sigma: number;
  readonly trainX: Matrix;
  readonly testX: Matrix;
  readonly replicates: number;
}

/**
 * The module's `biasVarianceDecomposition` of `fit` on the setting, with the relative gap of
 * bias² + variance + σ² from the expected test MSE (an identity, so it should be rounding).
 */
export function decompose(api: Api, setting: DecompositionSetting, fit: Fitter, seed: string) {
  const { truth, sigma, trainX, testX, replicates } = setting;
  const result = api.biasVarianceDecomposition({
    trueFunction: (row) => trueFunction(row, truth),
    noiseSd: sigma,
    trainX,
    testX,
    fit,
    replicates,
    seed,
  });
  const identityGap =
    Math.abs(result.bias2 + result.variance + result.noise - result.expectedTestMSE) /
    result.expectedTestMSE;
  return { ...result, identityGap };
}

/** The three curves of a decomposition figure against `x`: expected test MSE, bias² and variance. */
export function decompositionSeries<P extends ReturnType<typeof decompose>>(
  points: readonly P[],
  x: (point: P) => number,
): Series[] {
  return [
    { name: 'expected test MSE', points: points.map((p) => ({ x: x(p), y: p.expectedTestMSE })) },
    { name: 'bias²', points: points.map((p) => ({ x: x(p), y: p.bias2 })) },
    { name: 'variance', points: points.map((p) => ({ x: x(p), y: p.variance })) },
  ];
}
