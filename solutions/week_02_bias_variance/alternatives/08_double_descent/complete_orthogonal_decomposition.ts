/**
 * Alternative for kata 02.08 — complete orthogonal decomposition
 *
 * @method The minimum-norm solution comes from a complete orthogonal decomposition instead of
 * the SVD: Householder QR of X with column pivoting, XP = Q[R₁; 0] with R₁ of numerical rank r
 * (|R_kk| > max(n, p)·ε·|R₁₁|), then a QR of R₁ᵀ = ZT, so that β = P·Z·T⁻ᵀ·(Qᵀy)₁…ᵣ (LAPACK's
 * xGELSY route). The curve itself is the reference's, fitted with this solver.
 */
import { ShapeMismatchError } from '../../../../helpers/errors';
import type { Matrix } from '../../../../helpers/fitters';
import { createRng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import type {
  DoubleDescentOptions,
  DoubleDescentPoint,
  MinimumNormFit,
} from '../../08_double_descent';

export * from '../../08_double_descent';

interface Reflector {
  readonly start: number;
  readonly v: number[];
  readonly beta: number;
}

/** The Householder reflector that maps x[start…] onto ∓‖x[start…]‖e₁; alpha is the new head. */
function reflector(x: readonly number[], start: number): Reflector & { alpha: number } {
  let squares = 0;
  for (let i = start; i < x.length; i += 1) squares += x[i]! ** 2;
  const norm = Math.sqrt(squares);
  const head = x[start]!;
  const alpha = head > 0 ? -norm : norm;
  const v = x.slice(start);
  v[0] = head - alpha;
  let vv = 0;
  for (const value of v) vv += value * value;
  return { start, v, beta: vv === 0 ? 0 : 2 / vv, alpha };
}

/** x ← (I − βvvᵀ)x on x[start…], in place. */
function reflect(h: Reflector, x: number[]): void {
  let dot = 0;
  for (let i = 0; i < h.v.length; i += 1) dot += h.v[i]! * x[h.start + i]!;
  const scale = h.beta * dot;
  for (let i = 0; i < h.v.length; i += 1) x[h.start + i] = x[h.start + i]! - scale * h.v[i]!;
}

function minimumNormCoefficients(rows: Matrix, targets: readonly number[]): number[] {
  const n = rows.length;
  const p = rows[0]!.length;
  // Column-major working copy; c accumulates Qᵀy.
  const columns = Array.from({ length: p }, (_, j) => rows.map((row) => row[j]!));
  const permutation = Array.from({ length: p }, (_, j) => j);
  const c = targets.slice();
  const diagonal: number[] = [];
  const steps = Math.min(n, p);
  for (let k = 0; k < steps; k += 1) {
    // Pivot: the column with the largest norm below row k comes next.
    let best = k;
    let bestNorm = -1;
    for (let j = k; j < p; j += 1) {
      let squares = 0;
      const column = columns[j]!;
      for (let i = k; i < n; i += 1) squares += column[i]! ** 2;
      if (squares > bestNorm) {
        bestNorm = squares;
        best = j;
      }
    }
    [columns[k], columns[best]] = [columns[best]!, columns[k]!];
    [permutation[k], permutation[best]] = [permutation[best]!, permutation[k]!];
    const h = reflector(columns[k]!, k);
    for (let j = k + 1; j < p; j += 1) reflect(h, columns[j]!);
    reflect(h, c);
    const column = columns[k]!;
    column[k] = h.alpha;
    for (let i = k + 1; i < n; i += 1) column[i] = 0;
    diagonal.push(Math.abs(h.alpha));
  }
  const tolerance = Math.max(n, p) * Number.EPSILON * (diagonal[0] ?? 0);
  let rank = 0;
  while (rank < diagonal.length && diagonal[rank]! > tolerance) rank += 1;
  if (rank === 0) return new Array<number>(p).fill(0);

  // R₁ᵀ (p × r), column k = row k of R₁; its QR, R₁ᵀ = ZT, by reflectors on the rows k…p − 1.
  const transposed = Array.from({ length: rank }, (_, k) =>
    Array.from({ length: p }, (__, j) => (j >= k ? columns[j]![k]! : 0)),
  );
  const reflectors: Reflector[] = [];
  const t = Array.from({ length: rank }, () => new Array<number>(rank).fill(0));
  for (let k = 0; k < rank; k += 1) {
    const h = reflector(transposed[k]!, k);
    reflectors.push(h);
    for (let j = k + 1; j < rank; j += 1) reflect(h, transposed[j]!);
    t[k]![k] = h.alpha;
    for (let j = k + 1; j < rank; j += 1) t[k]![j] = transposed[j]![k]!;
  }
  // R₁γ = c₁…ᵣ with R₁ = TᵀZᵀ: Tᵀw = c by forward substitution, then γ = Z[w; 0].
  const w = new Array<number>(rank).fill(0);
  for (let i = 0; i < rank; i += 1) {
    let value = c[i]!;
    for (let k = 0; k < i; k += 1) value -= t[k]![i]! * w[k]!;
    w[i] = value / t[i]![i]!;
  }
  const gamma = [...w, ...new Array<number>(p - rank).fill(0)];
  for (let k = rank - 1; k >= 0; k -= 1) reflect(reflectors[k] as Reflector, gamma);
  const beta = new Array<number>(p).fill(0);
  permutation.forEach((original, j) => (beta[original] = gamma[j]!));
  return beta;
}

export function minimumNormLeastSquares(X: Matrix, y: number[]): MinimumNormFit {
  const name = 'minimumNormLeastSquares';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const coefficients = minimumNormCoefficients(rows, targets);
  return {
    coefficients,
    predict(newX: Matrix): number[] {
      const newRows = checkMatrix('predict', 'X', newX);
      const width = newRows[0]!.length;
      if (width !== coefficients.length) {
        throw new ShapeMismatchError(
          'predict',
          `requires rows with as many columns as the training design (got ${coefficients.length} and ${width})`,
        );
      }
      return newRows.map((row) => row.reduce((sum, value, j) => sum + value * coefficients[j]!, 0));
    },
  };
}

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  const name = 'doubleDescentCurve';
  const n = checkNumber(name, 'sampleSize', options.sampleSize, { integer: true, min: 2 });
  const counts = checkVector(name, 'featureCounts', options.featureCounts);
  counts.forEach((p, k) => checkNumber(name, `featureCounts[${k}]`, p, { integer: true, min: 1 }));
  const signalNorm = checkNumber(name, 'signalNorm', options.signalNorm, { min: 0 });
  const noiseSd = checkNumber(name, 'noiseSd', options.noiseSd, { min: 0 });
  const replicates = checkNumber(name, 'replicates', options.replicates, { integer: true, min: 2 });
  const rng = createRng(options.seed);
  return counts.map((p) => {
    const coefficient = signalNorm / Math.sqrt(p);
    const risks = Array.from({ length: replicates }, () => {
      const X = Array.from({ length: n }, () => rng.normalVector(p));
      const y = X.map(
        (row) => row.reduce((sum, value) => sum + value * coefficient, 0) + rng.normal(0, noiseSd),
      );
      return minimumNormCoefficients(X, y).reduce(
        (sum, value) => sum + (value - coefficient) ** 2,
        0,
      );
    });
    const mean = risks.reduce((sum, value) => sum + value, 0) / replicates;
    const variance = risks.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (replicates - 1);
    const sorted = risks.slice().sort((a, b) => a - b);
    const middle = Math.floor(replicates / 2);
    return {
      features: p,
      ratio: p / n,
      meanExcessRisk: mean,
      standardError: Math.sqrt(variance / replicates),
      medianExcessRisk:
        replicates % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    };
  });
}
