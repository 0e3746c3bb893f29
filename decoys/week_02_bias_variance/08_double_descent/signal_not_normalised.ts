/**
 * Decoy for kata 02.08 — a signal that grows with the number of features.
 *
 * @misconception Every coefficient is set to r instead of r/√p, so ‖β‖² = p·r² grows with p:
 * each p is then a different, ever stronger problem, and the bias r²(1 − n/p) past the threshold
 * is multiplied by p.
 * @expectMessage 'spread the signal as β_j = r/√p'
 */
import { Matrix as MlMatrix, SingularValueDecomposition } from 'ml-matrix';
import { createRng } from '../../../helpers/random';
import {
  doubleDescentCurve as reference,
  type DoubleDescentOptions,
  type DoubleDescentPoint,
} from '../../../solutions/week_02_bias_variance/08_double_descent';

export * from '../../../solutions/week_02_bias_variance/08_double_descent';

/** pinv(X)·y through the SVD, as the solution computes it. */
function minimumNorm(X: number[][], y: number[]): number[] {
  const svd = new SingularValueDecomposition(new MlMatrix(X), { autoTranspose: true });
  const d = svd.diagonal;
  const cutoff = Math.max(X.length, X[0]?.length ?? 0) * Number.EPSILON * (d[0] ?? 0);
  const beta = new Array<number>(X[0]?.length ?? 0).fill(0);
  d.forEach((value, j) => {
    if (!(value > cutoff)) return;
    const scale = y.reduce((sum, t, i) => sum + svd.leftSingularVectors.get(i, j) * t, 0) / value;
    beta.forEach((b, k) => (beta[k] = b + scale * svd.rightSingularVectors.get(k, j)));
  });
  return beta;
}

export function doubleDescentCurve(options: DoubleDescentOptions): DoubleDescentPoint[] {
  const shape = reference({ ...options, replicates: 2 }); // validation, features and ratios
  const rng = createRng(options.seed);
  const n = options.sampleSize;
  return shape.map((point) => {
    const p = point.features;
    const risks = Array.from({ length: options.replicates }, () => {
      const X = Array.from({ length: n }, () => rng.normalVector(p));
      const y = X.map(
        (row) =>
          row.reduce((sum, value) => sum + value * options.signalNorm, 0) +
          rng.normal(0, options.noiseSd),
      );
      return minimumNorm(X, y).reduce((sum, b) => sum + (b - options.signalNorm) ** 2, 0);
    });
    const mean = risks.reduce((sum, value) => sum + value, 0) / risks.length;
    const variance =
      risks.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (risks.length - 1);
    const sorted = risks.slice().sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return {
      ...point,
      meanExcessRisk: mean,
      standardError: Math.sqrt(variance / risks.length),
      medianExcessRisk:
        sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    };
  });
}
