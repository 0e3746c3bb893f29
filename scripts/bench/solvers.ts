/** Sections 1, 2 and 6: week 01's solver and its peers on accuracy and speed; its scaling. */
import path from 'node:path';
import { CholeskyDecomposition, inverse, Matrix, QrDecomposition } from 'ml-matrix';
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { median } from 'simple-statistics';
import { logRelativeError, NIST_DATASETS, readNistReference } from '../../helpers/nist';
import { createRng } from '../../helpers/random';
import { minOf } from '../../helpers/validation';
import { fitOLS, influenceMeasures } from '../../solutions/week_01_linear_regression/index';
import { fitLab, type Problem } from '../validate_reference/nist';

type Solver = (problem: Problem) => { coefficients: number[]; standardErrors: number[] };

const round = (value: number, digits: number): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

const mapValues = <T>(record: Readonly<Record<string, T>>, f: (value: T) => number) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** n random standard normal rows of p predictors, y = 1 + Σ weight(j)·x_j + N(0, 1) noise. */
function randomProblem(seed: string, n: number, p: number, weight: (j: number) => number) {
  const rng = createRng(seed);
  const X = Array.from({ length: n }, () => rng.normalVector(p));
  const y = X.map((row) => row.reduce((sum, x, j) => sum + x * weight(j), 1) + rng.normal());
  return { X, y };
}

/** The design the peers see: powers rounded to double as a user forms them, constant first. */
function designOf({ X, intercept, polynomialDegree: degree = 0 }: Problem): number[][] {
  const rows =
    degree > 0 ? X.map(([x = 0]) => Array.from({ length: degree }, (_, k) => x ** (k + 1))) : X;
  return intercept ? rows.map((row) => [1, ...row]) : rows;
}

/** A peer on ml-matrix: its coefficients, and standard errors from its own (XᵀX)⁻¹. */
const peer =
  (solve: (design: Matrix, y: Matrix) => [Matrix, Matrix]): Solver =>
  (problem) => {
    const design = new Matrix(designOf(problem));
    const y = Matrix.columnVector(problem.y);
    const [coefficients, inverseGram] = solve(design, y);
    const residuals = y.clone().sub(design.mmul(coefficients));
    const rss = residuals.to1DArray().reduce((sum, e) => sum + e * e, 0);
    const s2 = rss / (design.rows - design.columns);
    const standardErrors = inverseGram.diag().map((value) => Math.sqrt(s2 * value));
    return { coefficients: coefficients.getColumn(0), standardErrors };
  };

const SOLVERS: Readonly<Record<string, Solver>> = {
  lab: fitLab,
  'normal equations': peer((design, y) => {
    const cholesky = new CholeskyDecomposition(design.transpose().mmul(design));
    return [cholesky.solve(design.transpose().mmul(y)), cholesky.solve(Matrix.eye(design.columns))];
  }),
  'ml-matrix QR': peer((design, y) => {
    const qr = new QrDecomposition(design);
    const coefficients = qr.solve(y);
    const rInverse = inverse(qr.upperTriangularMatrix);
    return [coefficients, rInverse.mmul(rInverse.transpose())];
  }),
  'ml-regression-multivariate-linear': (problem) => {
    const { intercept } = problem;
    const [rows, targets] = [designOf({ ...problem, intercept: false }), problem.y.map((v) => [v])];
    const model = new MultivariateLinearRegression(rows, targets, { intercept });
    // It puts the intercept last; the lab (and NIST) put it first.
    const reorder = (values: number[]): number[] =>
      intercept ? [values.at(-1) ?? NaN, ...values.slice(0, -1)] : values;
    return {
      coefficients: reorder(model.weights.map((row) => row[0] ?? NaN)),
      standardErrors: reorder((model as unknown as { stdErrors: number[] }).stdErrors),
    };
  },
};

/** Per dataset and solver, the minimum LRE over every coefficient and standard error. */
export function measureAccuracy(nistFolder: string) {
  return NIST_DATASETS.map((name) => {
    const data = readNistReference(path.join(nistFolder, `${name}.json`));
    const minimumLre = mapValues(SOLVERS, (solve) => {
      let fit = { coefficients: [] as number[], standardErrors: [] as number[] };
      try {
        fit = solve(data);
      } catch {
        // A singular matrix, say: every value scores as NaN.
      }
      const lre = (certified: number[], values: number[]) =>
        certified.map((value, j) => logRelativeError(values[j] ?? NaN, value));
      const scores = [
        ...lre(data.certifiedCoefficients, fit.coefficients),
        ...lre(data.certifiedStandardErrors, fit.standardErrors),
      ];
      return round(minOf(scores), 1);
    });
    return { dataset: name, minimumLre };
  });
}

/** Fit time on random well-conditioned data, p ∈ {5, 20}: medians, and the ratio to the fastest. */
export function measureSpeed(sizes: readonly number[]) {
  return sizes.flatMap((n) =>
    [5, 20].map((p) => {
      const { X, y } = randomProblem(`bench-speed-${n}-${p}`, n, p, (j) => j + 1);
      const problem = { X, y, intercept: true };
      const runs = n >= 100000 ? 3 : n >= 10000 ? 5 : 9;
      const medianMs = mapValues(SOLVERS, (solve) => {
        solve(problem); // warm-up: JIT and caches, not counted
        return round(median(Array.from({ length: runs }, () => timeMs(() => solve(problem)))), 1);
      });
      const fastest = minOf(Object.values(medianMs));
      const ratioToFastest = mapValues(medianMs, (ms) => round(ms / fastest, 2));
      return { n, p, medianMs, ratioToFastest };
    }),
  );
}

const problem = (n: number, p: number) =>
  randomProblem(`bench-scaling-${n}-${p}`, n, p, (j) => 1 + (j % 5));

/**
 * Growth exponent log(t₂/t₁)/log(n₂/n₁) (≈ 1 in n, ≈ 2 in p) and resident memory added (a rough
 * upper bound): an n × n hat matrix would show in both.
 */
function table(key: 'n' | 'p', sizes: readonly number[]) {
  const rows = sizes.map((size) => {
    const [n, p] = key === 'n' ? [size, 20] : [1e4, size];
    const { X, y } = problem(n, p);
    const runs = n * p >= 1e7 ? 1 : n * p >= 1e6 ? 3 : 5;
    if (runs > 1) fitOLS(X, y); // warm-up
    const fitTimes = Array.from({ length: runs }, () => timeMs(() => fitOLS(X, y)));
    const before = process.memoryUsage().rss;
    const influenceTimes = Array.from({ length: runs }, () =>
      timeMs(() => influenceMeasures(X, y)),
    );
    const memory = (process.memoryUsage().rss - before) / 2 ** 20;
    const [fitOLSMs, influenceMs] = [median(fitTimes), median(influenceTimes)];
    return { n, p, fitOLSMs, influenceMs, influenceMemoryMb: Math.max(0, memory) };
  });
  return rows.map(({ influenceMemoryMb, ...row }, i) => {
    const previous = rows[i - 1];
    const growth = (field: 'fitOLSMs' | 'influenceMs') =>
      previous && Math.log(row[field] / previous[field]) / Math.log(row[key] / previous[key]);
    const [fitOLSExponent, influenceExponent] = [growth('fitOLSMs'), growth('influenceMs')];
    return { ...row, fitOLSExponent, influenceExponent, influenceMemoryMb };
  });
}

/** fitOLS and ml-regression-multivariate-linear alternately, `runs` times each. */
function compareWithMlr(n: number, p: number, runs: number) {
  const { X, y } = problem(n, p);
  const targets = y.map((value) => [value]);
  fitOLS(X, y);
  new MultivariateLinearRegression(X, targets);
  const fitOLSMs: number[] = [];
  const mlrMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    fitOLSMs.push(timeMs(() => fitOLS(X, y)));
    // Its default computes the standard errors too, as fitOLS does.
    mlrMs.push(timeMs(() => new MultivariateLinearRegression(X, targets)));
  }
  const ratio = median(fitOLSMs) / median(mlrMs);
  const pairedRatios = fitOLSMs.map((ms, k) => ms / mlrMs[k]!);
  return { n, p, fitOLSMs, mlrMs, ratio, pairedRatios };
}

export function measureScaling(quick: boolean) {
  // Until V8 has optimised both functions: else byN's n = 10⁴ row took 3× byP's p = 20 one.
  const warm = problem(2000, 20);
  for (let run = 0; run < 30; run += 1) {
    fitOLS(warm.X, warm.y);
    influenceMeasures(warm.X, warm.y);
  }
  return {
    byN: table('n', quick ? [1e3, 1e4, 1e5] : [1e3, 1e4, 1e5, 1e6]),
    byP: table('p', quick ? [5, 20, 50] : [5, 20, 50, 100, 200]),
    mlr: compareWithMlr(1e5, 20, quick ? 3 : 5),
  };
}
