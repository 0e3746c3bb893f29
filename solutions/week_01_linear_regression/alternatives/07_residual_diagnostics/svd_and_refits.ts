/**
 * Alternative for kata 01.07 — leverage from the SVD, deletion measures by refitting
 *
 * @method Leverage is the squared row norm of U in the thin SVD X = UΣVᵀ (ml-matrix), with no hat
 * matrix and no QR; s(i), Cook's distance, DFFITS and the PRESS residuals come from n explicit
 * leave-one-out refits rather than from the Sherman–Morrison shortcuts.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { EmptyInputError, InvalidArgumentError } from '../../../../helpers/errors';
import { fitLeastSquares } from '../../../../helpers/least_squares';
import {
  checkMatrix,
  checkNoOverflow,
  checkRepresentable,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type {
  DiagnosticOptions,
  InfluenceMeasures,
  PressResult,
} from '../../07_residual_diagnostics';

export * from '../../07_residual_diagnostics';

const UNIT_LEVERAGE = 1e-10;

function ratio(numerator: number, denominator: number): number {
  if (denominator !== 0) return numerator / denominator;
  return numerator === 0 ? 0 : Math.sign(numerator) * Number.POSITIVE_INFINITY;
}

function prepare(
  name: string,
  X: MatrixInput,
  y: readonly number[],
  options: DiagnosticOptions | undefined,
  extra: number,
) {
  const rows = checkMatrix(name, 'X', X);
  const raw = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', raw.length);
  // y divided by its largest |value|: the measures are scale-free, and sums of squares of y near
  // 10^±200 stay in range; only the PRESS residuals are scaled back.
  const largest = raw.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const scale = largest > 0 ? largest : 1;
  const targets = raw.map((v) => v / scale);
  const intercept: unknown = options?.intercept ?? true;
  if (typeof intercept !== 'boolean') {
    throw new InvalidArgumentError(name, `requires options.intercept to be true or false`);
  }
  const design = intercept ? rows.map((row) => [1, ...row]) : rows;
  const n = design.length;
  const p = design[0]!.length;
  if (n < p + extra)
    throw new EmptyInputError(name, `requires at least ${p + extra} rows (got ${n})`);
  // The full fit checks the rank and gives the residuals.
  const full = fitLeastSquares(name, design, targets);
  const sumY2 = targets.reduce((s, v) => s + v * v, 0);
  const exact = full.rss <= 1e-24 * sumY2;
  const residuals = exact ? full.residuals.map(() => 0) : full.residuals;
  const rss = exact ? 0 : full.rss;
  // Leverage: h = row norms² of U (thin SVD, rank p since the fit above succeeded).
  const svd = new SingularValueDecomposition(new Matrix(design), {
    computeLeftSingularVectors: true,
    computeRightSingularVectors: false,
    autoTranspose: true,
  });
  const U = svd.leftSingularVectors;
  const leverage = design.map((_, i) => {
    let h = 0;
    for (let j = 0; j < p; j += 1) h += U.get(i, j) ** 2;
    return h >= 1 - UNIT_LEVERAGE ? 1 : h;
  });
  /** The fit without row i, as predictions for every row (undefined where h = 1). */
  const refit = (i: number) => {
    const kept = design.filter((_, j) => j !== i);
    const fit = fitLeastSquares(
      name,
      kept,
      targets.filter((_, j) => j !== i),
    );
    const predictions = design.map((row) =>
      row.reduce((s, v, j) => s + v * fit.coefficients[j]!, 0),
    );
    return { predictions, rss: fit.rss };
  };
  return { design, targets, n, p, residuals, rss, leverage, refit, sumY2, scale };
}

export function influenceMeasures(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): InfluenceMeasures {
  const { n, p, residuals, rss, leverage, refit, sumY2, targets } = prepare(
    'influenceMeasures',
    X,
    y,
    options,
    2,
  );
  const s = Math.sqrt(rss / (n - p));
  const studentizedInternal = residuals.map((e, i) =>
    leverage[i] === 1 ? 0 : ratio(e, s * Math.sqrt(1 - leverage[i]!)),
  );
  const studentizedExternal: number[] = [];
  const cooksDistance: number[] = [];
  const dffits: number[] = [];
  const fullPredictions = targets.map((v, i) => v - residuals[i]!);
  const rounding = 1e-12 * Math.sqrt(sumY2 * rss);
  residuals.forEach((e, i) => {
    const h = leverage[i]!;
    if (h === 1) {
      studentizedExternal.push(0);
      cooksDistance.push(Number.POSITIVE_INFINITY);
      dffits.push(Number.POSITIVE_INFINITY);
      return;
    }
    const without = refit(i);
    // The refit's own RSS, read directly; rounding-level values are an exact fit.
    const deletedRss = without.rss <= rounding || rss === 0 ? 0 : without.rss;
    const sDeleted = Math.sqrt(deletedRss / (n - p - 1));
    studentizedExternal.push(ratio(e, sDeleted * Math.sqrt(1 - h)));
    if (rss === 0) {
      cooksDistance.push(0);
      dffits.push(0);
      return;
    }
    const shifts = fullPredictions.map((v, j) => v - without.predictions[j]!);
    cooksDistance.push(shifts.reduce((acc, d) => acc + d * d, 0) / (p * s * s));
    dffits.push(ratio(shifts[i]!, sDeleted * Math.sqrt(h)));
  });
  return { leverage, studentizedInternal, studentizedExternal, cooksDistance, dffits };
}

export function pressResiduals(
  X: MatrixInput,
  y: readonly number[],
  options?: DiagnosticOptions,
): PressResult {
  const name = 'pressResiduals';
  const { targets, residuals, leverage, refit, rss, scale } = prepare(name, X, y, options, 1);
  const values = targets.map((v, i) => {
    if (leverage[i] === 1) return Number.POSITIVE_INFINITY;
    if (rss === 0 && residuals[i] === 0) return 0;
    return v - refit(i).predictions[i]!;
  });
  const scaledStatistic = values.reduce((s, v) => s + v * v, 0);
  const statistic = Number.isFinite(scaledStatistic)
    ? checkRepresentable(name, 'PRESS', scale * (scale * scaledStatistic), scaledStatistic > 0)
    : scaledStatistic;
  const unscaled = values.map((v) => v * scale);
  checkNoOverflow(
    name,
    'the PRESS residuals',
    unscaled.filter((_, i) => leverage[i] !== 1),
  );
  return { residuals: unscaled, statistic };
}
