/**
 * The bias–variance sweep of issue 15, as an outside caller would write it: degrees 0–12, each
 * with R = 500 replicates on a fixed design of n = 30 evenly spaced x in [0, 1], 200 evenly
 * spaced test points, truth sin 2πx, σ = 0.3. The lab's side goes through the public API only
 * (`polynomialFeatures` + `fitRidge(X, y, 0)` inside `biasVarianceDecomposition`); NumPy's twin
 * (sweep_numpy.py) fits `np.vander` + `np.linalg.lstsq` per replicate on the same design.
 */
import {
  biasVarianceDecomposition,
  fitRidge,
  polynomialFeatures,
  type Fitter,
} from '../../solutions/week_02_bias_variance/index';

export interface SweepDesign {
  readonly degrees: readonly number[];
  readonly replicates: number;
  readonly trainX: readonly number[];
  readonly testX: readonly number[];
  readonly noiseSd: number;
}

const evenly = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => i / (count - 1));

export const SWEEP: SweepDesign = {
  degrees: Array.from({ length: 13 }, (_, d) => d),
  replicates: 500,
  trainX: evenly(30),
  testX: evenly(200),
  noiseSd: 0.3,
};

export const truth = (x: number): number => Math.sin(2 * Math.PI * x);

/** One point of the curve: what biasVarianceDecomposition reports for one degree. */
export interface SweepPoint {
  readonly degree: number;
  readonly bias2: number;
  readonly variance: number;
}

/**
 * OLS on x, …, x^degree plus the intercept through fitRidge at λ = 0. Degree 0 has no feature
 * column (polynomialFeatures needs degree ≥ 1), so it fits a constant column without the
 * intercept: the same model, the mean of y.
 */
function polynomialFitter(degree: number): Fitter {
  if (degree === 0) {
    const ones = (rows: number[][]): number[][] => rows.map(() => [1]);
    return (X, y) => {
      const fit = fitRidge(ones(X), y, 0, { intercept: false });
      return (T) => fit.predict(ones(T));
    };
  }
  const features = (rows: number[][]): number[][] =>
    polynomialFeatures(
      rows.map((row) => row[0] as number),
      degree,
    );
  return (X, y) => {
    const fit = fitRidge(features(X), y, 0);
    return (T) => fit.predict(features(T));
  };
}

/** The whole sweep through the lab's public API. */
export function labSweep(design: SweepDesign = SWEEP, seed = 'bench-sweep'): SweepPoint[] {
  const trainX = design.trainX.map((x) => [x]);
  const testX = design.testX.map((x) => [x]);
  return design.degrees.map((degree) => {
    const { bias2, variance } = biasVarianceDecomposition({
      trueFunction: (row) => truth(row[0] as number),
      noiseSd: design.noiseSd,
      trainX,
      testX,
      fit: polynomialFitter(degree),
      replicates: design.replicates,
      seed: `${seed}-${degree}`,
    });
    return { degree, bias2, variance };
  });
}
