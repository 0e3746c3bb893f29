/**
 * Section 5: the bias–variance sweep of issue 15 through the lab's public API against its NumPy
 * twin (sweep_numpy.py), runs interleaved so that a shared machine's load falls on both, and both
 * curves against the exact values. With A the m × n matrix from training targets to test
 * predictions (built from Chebyshev polynomials of 2x − 1 through ml-matrix's SVD, nothing of the
 * lab's solver), b = A·f(train) − f(test), V = σ²·‖A‖_F²/m and M = AᵀA, the estimates over R
 * replicates have E[bias²] = ‖b‖²/m + V/R, E[variance] = V·(R − 1)/R and, as Gaussian quadratic
 * forms, Var[bias²] = (4σ²/R·‖Aᵀb‖² + 2σ⁴/R²·‖M‖_F²)/m², Var[variance] = 2σ⁴(R − 1)·‖M‖_F²/(mR)².
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { median } from 'simple-statistics';
import {
  biasVarianceDecomposition,
  fitRidge,
  polynomialFeatures,
  type Fitter,
} from '../../solutions/week_02_bias_variance/index';

const Z_LIMIT = 4; // standard errors a curve may sit from the exact values
const evenly = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => i / (count - 1));
/** Degrees 0–12, each R = 500 replicates on n = 30 evenly spaced x in [0, 1], 200 test points. */
const SWEEP = {
  degrees: Array.from({ length: 13 }, (_, d) => d),
  replicates: 500,
  trainX: evenly(30),
  testX: evenly(200),
  noiseSd: 0.3,
};
const truth = (x: number): number => Math.sin(2 * Math.PI * x);
const firstColumn = (rows: number[][]): number[] => rows.map((row) => row[0]!);
const [TRAIN, TEST] = [SWEEP.trainX.map((x) => [x]), SWEEP.testX.map((x) => [x])];

type SweepPoint = { readonly degree: number; readonly bias2: number; readonly variance: number };

function labSweep(seed: string): SweepPoint[] {
  return SWEEP.degrees.map((degree) => {
    // OLS through fitRidge at λ = 0; degree 0 (no polynomialFeatures) fits a constant column.
    const features = (rows: number[][]): number[][] =>
      degree === 0 ? rows.map(() => [1]) : polynomialFeatures(firstColumn(rows), degree);
    const fit: Fitter = (X, y) => {
      const model = fitRidge(features(X), y, 0, { intercept: degree > 0 });
      return (T) => model.predict(features(T));
    };
    const { bias2, variance } = biasVarianceDecomposition({
      trueFunction: (row) => truth(row[0]!),
      noiseSd: SWEEP.noiseSd,
      trainX: TRAIN,
      testX: TEST,
      fit,
      replicates: SWEEP.replicates,
      seed: `${seed}-${degree}`,
    });
    return { degree, bias2, variance };
  });
}

/** Chebyshev T_0 … T_degree of 2x − 1, one row per x. */
const chebyshevRows = (xs: readonly number[], degree: number): number[][] =>
  xs.map((x) => {
    const t = 2 * x - 1;
    const row = [1, t];
    for (let k = 2; k <= degree; k += 1) row.push(2 * t * row[k - 1]! - row[k - 2]!);
    return row.slice(0, degree + 1);
  });

const frobenius2 = (matrix: Matrix): number =>
  matrix.to1DArray().reduce((sum, value) => sum + value * value, 0);

function exactCurve() {
  const { noiseSd: sigma, replicates: R } = SWEEP;
  const m = SWEEP.testX.length;
  const trainTruth = Matrix.columnVector(SWEEP.trainX.map(truth));
  return SWEEP.degrees.map((degree) => {
    const svd = new SingularValueDecomposition(new Matrix(chebyshevRows(SWEEP.trainX, degree)), {
      autoTranspose: true,
    });
    // A = B_test V S⁻¹ Uᵀ (m × n): test predictions of the least-squares fit, linear in y.
    const smoother = new Matrix(chebyshevRows(SWEEP.testX, degree))
      .mmul(svd.rightSingularVectors)
      .mmul(Matrix.diag(svd.diagonal.map((d) => 1 / d)))
      .mmul(svd.leftSingularVectors.transpose());
    const projection = smoother.mmul(trainTruth).getColumn(0);
    const bias = projection.map((value, i) => value - truth(SWEEP.testX[i]!));
    const squaredBias = bias.reduce((sum, b) => sum + b * b, 0) / m;
    const sigma2 = sigma * sigma;
    const variance = (sigma2 * frobenius2(smoother)) / m;
    const gramSquares = frobenius2(smoother.transpose().mmul(smoother)); // ‖M‖_F², M = AᵀA
    const biasThrough = frobenius2(smoother.transpose().mmul(Matrix.columnVector(bias)));
    return {
      degree,
      expectedBias2: squaredBias + variance / R,
      bias2Se:
        Math.sqrt((4 * sigma2 * biasThrough) / R + (2 * sigma2 * sigma2 * gramSquares) / (R * R)) /
        m,
      expectedVariance: (variance * (R - 1)) / R,
      varianceSe: Math.sqrt(2 * sigma2 * sigma2 * (R - 1) * gramSquares) / (m * R),
    };
  });
}
type ExactPoint = ReturnType<typeof exactCurve>[number];

/**
 * The mean of independent runs against the exact values: at degree 0 the bias² estimate is B² plus
 * a scaled χ²₁, past 4 SEs for one seed in 100 in one run, one in 300 as the mean of five.
 */
function check(exact: readonly ExactPoint[], runs: readonly { curve: SweepPoint[] }[]) {
  const root = Math.sqrt(runs.length);
  let worstZ = 0;
  const curve = exact.map((e, k) => {
    const mean = (field: 'bias2' | 'variance') =>
      runs.reduce((sum, run) => sum + (run.curve[k] as SweepPoint)[field], 0) / runs.length;
    const point = { degree: e.degree, bias2: mean('bias2'), variance: mean('variance') };
    worstZ = Math.max(
      worstZ,
      (Math.abs(point.bias2 - e.expectedBias2) * root) / e.bias2Se,
      (Math.abs(point.variance - e.expectedVariance) * root) / e.varianceSe,
    );
    return point;
  });
  return { runs: runs.length, worstZ, withinLimit: worstZ <= Z_LIMIT, curve };
}

type NumpyRun = { numpy: string; ms: number[]; cpuMs: number[]; curve: SweepPoint[] };

/** One timed NumPy sweep in a child process, or why it could not run. */
function runNumpy(seed: number): NumpyRun | string {
  const python = process.env.PYTHON ?? 'python3';
  const result = spawnSync(python, [path.join(import.meta.dirname, 'sweep_numpy.py')], {
    input: JSON.stringify({ ...SWEEP, seed }),
    // One BLAS thread, as the lab has: on a 30 × 13 problem more threads only wait for each other.
    env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.error !== undefined) return `${python} not found`;
  if (result.status === 0) return JSON.parse(result.stdout) as NumpyRun;
  return /No module named .?numpy/.test(result.stderr)
    ? `${python} has no numpy`
    : `${python} failed: ${result.stderr.trim().split('\n').at(-1) ?? ''}`;
}

/** A 32-bit seed for NumPy from the lab's seed string (FNV-1a), so both sides name runs alike. */
function numericSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** `runs` sweeps a side, alternating, each its own seed; an untimed lab sweep warms the JIT. */
export function measureSweep(runs: number) {
  const exact = exactCurve();
  labSweep('bench-sweep-warm-up');
  const lab: { ms: number; cpuMs: number; curve: SweepPoint[] }[] = [];
  const numpy: NumpyRun[] = [];
  let skipped: string | undefined;
  for (let run = 0; run < runs; run += 1) {
    const [start, cpuStart] = [performance.now(), process.cpuUsage()];
    const curve = labSweep(`bench-sweep-${run}`);
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    lab.push({ ms, cpuMs: (cpu.user + cpu.system) / 1000, curve });
    const numpyRun = skipped ?? runNumpy(numericSeed(`bench-sweep-${run}`));
    if (typeof numpyRun === 'string') skipped = numpyRun;
    else numpy.push(numpyRun);
  }
  const labMs = lab.map((r) => r.ms);
  const labCpuMs = lab.map((r) => r.cpuMs);
  const common = {
    fits: SWEEP.degrees.length * SWEEP.replicates,
    labMs,
    labMedianMs: median(labMs),
    // user + system, GC threads included: less moved by other users' load than wall time
    labCpuMs,
    zLimit: Z_LIMIT,
    lab: check(exact, lab),
    exact,
  };
  if (skipped !== undefined) return { ...common, numpy: { skipped } };
  const numpyMs = numpy.flatMap((r) => r.ms);
  const numpyCpuMs = numpy.flatMap((r) => r.cpuMs);
  const medianMs = median(numpyMs);
  return {
    ...common,
    numpy: { version: numpy.at(-1)?.numpy ?? '', ms: numpyMs, medianMs, cpuMs: numpyCpuMs },
    ratio: common.labMedianMs / medianMs,
    cpuRatio: median(labCpuMs) / median(numpyCpuMs),
    // lab run k over the NumPy run right after it: the spread shows the machine's load
    pairedRatios: labMs.map((ms, k) => ms / numpyMs[k]!),
    numpyCurve: check(exact, numpy),
  };
}
