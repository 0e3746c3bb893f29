/**
 * Section 5: the bias–variance sweep (sweep_design.ts) through the lab's public API against
 * its NumPy twin (sweep_numpy.py), timed in the same run, runs interleaved so that the load of
 * a shared machine falls on both; and both curves checked against the exact values.
 *
 * Exact values, for OLS on the powers up to degree d and σ² noise: with A the m × n matrix that
 * maps training targets to test predictions, b = A·f(train) − f(test) the bias of the
 * noise-free projection and V = σ²·‖A‖_F²/m = σ²·mean x₀ᵀ(XᵀX)⁻¹x₀ the variance, the Monte Carlo
 * estimates over R replicates have E[bias²] = ‖b‖²/m + V/R and E[variance] = V·(R − 1)/R
 * (variance divides by R). Their standard errors are exact too (Gaussian quadratic forms, with
 * M = AᵀA): Var[bias²] = (4σ²/R·‖Aᵀb‖² + 2σ⁴/R²·‖M‖_F²)/m², Var[variance] = 2σ⁴(R − 1)·‖M‖_F²/(mR)².
 * A is built from Chebyshev polynomials of 2x − 1, which span the same space as 1, x, …, x^d
 * and are well conditioned, through ml-matrix's SVD: nothing of the lab's solver is involved.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { median } from 'simple-statistics';
import { labSweep, SWEEP, truth, type SweepDesign, type SweepPoint } from './sweep_design';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A curve must sit within this many standard errors of the exact values. */
const Z_LIMIT = 4;

export interface ExactPoint {
  readonly degree: number;
  readonly expectedBias2: number;
  readonly bias2Se: number;
  readonly expectedVariance: number;
  readonly varianceSe: number;
}

export interface CurveCheck {
  /** Independent runs averaged. */
  readonly runs: number;
  /** Largest |estimate − expected| / SE over degrees and both quantities. */
  readonly worstZ: number;
  readonly withinLimit: boolean;
  readonly curve: SweepPoint[];
}

export interface SweepResult {
  readonly fits: number;
  readonly labMs: number[];
  readonly labMedianMs: number;
  /** CPU time of each lab run (user + system, GC threads included): less moved by other users' load than wall time. */
  readonly labCpuMs: number[];
  readonly numpy:
    | {
        readonly version: string;
        readonly ms: number[];
        readonly medianMs: number;
        readonly cpuMs: number[];
      }
    | { readonly skipped: string };
  /** lab median / NumPy median, when NumPy ran. */
  readonly ratio?: number;
  readonly pairedRatios?: number[];
  /** The same ratio in CPU time. */
  readonly cpuRatio?: number;
  readonly zLimit: number;
  readonly lab: CurveCheck;
  readonly numpyCurve?: CurveCheck;
  readonly exact: ExactPoint[];
}

/** Chebyshev T_0 … T_degree of 2x − 1, one row per x. */
function chebyshevRows(xs: readonly number[], degree: number): number[][] {
  return xs.map((x) => {
    const t = 2 * x - 1;
    const row = [1];
    if (degree >= 1) row.push(t);
    for (let k = 2; k <= degree; k += 1)
      row.push(2 * t * (row[k - 1] as number) - (row[k - 2] as number));
    return row;
  });
}

export function exactCurve(design: SweepDesign = SWEEP): ExactPoint[] {
  const { noiseSd: sigma, replicates: R } = design;
  const m = design.testX.length;
  const trainTruth = Matrix.columnVector(design.trainX.map(truth));
  const testTruth = design.testX.map(truth);
  return design.degrees.map((degree) => {
    const svd = new SingularValueDecomposition(new Matrix(chebyshevRows(design.trainX, degree)), {
      autoTranspose: true,
    });
    const inverseSingular = Matrix.diag(svd.diagonal.map((d) => 1 / d));
    // A = B_test V S⁻¹ Uᵀ (m × n): test predictions of the least-squares fit, linear in y.
    const smoother = new Matrix(chebyshevRows(design.testX, degree))
      .mmul(svd.rightSingularVectors)
      .mmul(inverseSingular)
      .mmul(svd.leftSingularVectors.transpose());
    const projection = smoother.mmul(trainTruth).getColumn(0);
    const bias = projection.map((value, i) => value - (testTruth[i] as number));
    const squaredBias = bias.reduce((sum, b) => sum + b * b, 0) / m;
    const frobenius2 = (matrix: Matrix): number =>
      matrix.to1DArray().reduce((sum, value) => sum + value * value, 0);
    const variance = (sigma * sigma * frobenius2(smoother)) / m;
    const gram = smoother.transpose().mmul(smoother); // M = AᵀA, n × n
    const gramSquares = frobenius2(gram);
    const biasThrough = frobenius2(smoother.transpose().mmul(Matrix.columnVector(bias)));
    const sigma2 = sigma * sigma;
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

/**
 * The mean of `curves` (independent runs, different seeds) against the exact values, whose
 * standard errors shrink by √runs. Averaging matters at degree 0: there the design and the
 * truth are symmetric about x = 1/2, the linear term of the bias² estimate vanishes and what is
 * left is B² plus a scaled χ² with one degree of freedom, whose upper tail a single run crosses
 * 4 SEs for about one seed in a hundred; the mean of five runs (χ²₅/5) for about one in 300.
 */
function check(curves: readonly SweepPoint[][], exact: readonly ExactPoint[]): CurveCheck {
  const runs = curves.length;
  const curve = exact.map((e, k) => ({
    degree: e.degree,
    bias2: curves.reduce((sum, c) => sum + (c[k] as SweepPoint).bias2, 0) / runs,
    variance: curves.reduce((sum, c) => sum + (c[k] as SweepPoint).variance, 0) / runs,
  }));
  let worstZ = 0;
  curve.forEach((point, k) => {
    const e = exact[k] as ExactPoint;
    const root = Math.sqrt(runs);
    worstZ = Math.max(
      worstZ,
      (Math.abs(point.bias2 - e.expectedBias2) * root) / e.bias2Se,
      (Math.abs(point.variance - e.expectedVariance) * root) / e.varianceSe,
    );
  });
  return { runs, worstZ, withinLimit: worstZ <= Z_LIMIT, curve };
}

interface NumpyRun {
  readonly numpy: string;
  readonly ms: number[];
  readonly cpuMs: number[];
  readonly curve: SweepPoint[];
}

/** One timed NumPy sweep in a child process, or why it could not run. */
function runNumpy(design: SweepDesign, seed: number): NumpyRun | string {
  const python = process.env.PYTHON ?? 'python3';
  const result = spawnSync(python, [path.join(here, 'sweep_numpy.py')], {
    input: JSON.stringify({ ...design, repeats: 1, seed }),
    // One BLAS thread, as the lab has one thread: on a 30 × 13 problem more threads only wait
    // for each other, and on a busy machine that waiting would count against NumPy.
    env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.error !== undefined) return `${python} not found`;
  if (result.status !== 0) {
    const last = result.stderr.trim().split('\n').at(-1) ?? '';
    return /No module named .?numpy/.test(result.stderr)
      ? `${python} has no numpy`
      : `${python} failed: ${last}`;
  }
  return JSON.parse(result.stdout) as NumpyRun;
}

/** A 32-bit seed for NumPy from the lab's seed string (FNV-1a), so both sides name runs alike. */
function numericSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * `runs` sweeps on each side, alternating lab and NumPy, each run with its own seed; a first
 * lab sweep, not timed, warms the JIT (NumPy warms up inside its process).
 */
export function measureSweep(runs = 5, design: SweepDesign = SWEEP): SweepResult {
  const exact = exactCurve(design);
  labSweep(design, 'bench-sweep-warm-up');
  const labMs: number[] = [];
  const labCurves: SweepPoint[][] = [];
  const numpyMs: number[] = [];
  const labCpuMs: number[] = [];
  const numpyCpuMs: number[] = [];
  const numpyCurves: SweepPoint[][] = [];
  let numpyVersion = '';
  let skipped: string | undefined;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    labCurves.push(labSweep(design, `bench-sweep-${run}`));
    labMs.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    labCpuMs.push((cpu.user + cpu.system) / 1000);
    if (skipped !== undefined) continue;
    const numpy = runNumpy(design, numericSeed(`bench-sweep-${run}`));
    if (typeof numpy === 'string') skipped = numpy;
    else {
      numpyMs.push(...numpy.ms);
      numpyCpuMs.push(...numpy.cpuMs);
      numpyCurves.push(numpy.curve);
      numpyVersion = numpy.numpy;
    }
  }
  const labMedianMs = median(labMs);
  const common = {
    fits: design.degrees.length * design.replicates,
    labMs,
    labMedianMs,
    labCpuMs,
    zLimit: Z_LIMIT,
    lab: check(labCurves, exact),
    exact,
  };
  if (skipped !== undefined || numpyCurves.length === 0) {
    return { ...common, numpy: { skipped: skipped ?? 'no NumPy run' } };
  }
  const numpyMedianMs = median(numpyMs);
  return {
    ...common,
    numpy: { version: numpyVersion, ms: numpyMs, medianMs: numpyMedianMs, cpuMs: numpyCpuMs },
    ratio: labMedianMs / numpyMedianMs,
    cpuRatio: median(labCpuMs) / median(numpyCpuMs),
    // Ratio run by run (lab run k against the NumPy run right after it): the spread says how
    // much the load of the machine moved the figure.
    pairedRatios: labMs.map((ms, k) => ms / (numpyMs[k] as number)),
    numpyCurve: check(numpyCurves, exact),
  };
}
