/**
 * Alternative for kata 01.06 — normal equations by Cholesky, covariance from the inverse factor
 *
 * @method Forms XᵀX (columns scaled to unit norm first) and factors it as RᵀR by Cholesky instead
 * of Householder QR of X; solves RᵀRb = Xᵀy, and reads diag((XᵀX)⁻¹) as the squared row norms of
 * R⁻¹. A pivot that collapses below √(max(n, p)·ε) of its column names that column as dependent.
 */
import {
  studentTQuantile,
  fSurvival,
  studentTTwoSidedPValue,
} from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
  ShapeMismatchError,
} from '../../../../helpers/errors';
import { singularValues } from '../../../../helpers/linalg';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type { ConfidenceInterval, OLSFit, OLSOptions } from '../../06_inference';

export type { ConfidenceInterval, OLSFit, OLSOptions } from '../../06_inference';

function readIntercept(name: string, options: OLSOptions | undefined): boolean {
  const intercept: unknown = options?.intercept ?? true;
  if (typeof intercept !== 'boolean') {
    throw new InvalidArgumentError(name, `requires options.intercept to be true or false`);
  }
  return intercept;
}

/** Cholesky of the column-scaled Gram matrix; returns b, diag((XᵀX)⁻¹) and the fitted values. */
function solveByCholesky(name: string, design: number[][], y: number[]) {
  const n = design.length;
  const p = design[0]!.length;
  const scale = Array.from({ length: p }, (_, j) => {
    const norm = Math.hypot(...design.map((row) => row[j]!));
    return norm === 0 ? 1 : norm;
  });
  const A = design.map((row) => row.map((v, j) => v / scale[j]!));
  const G = Array.from({ length: p }, (_, j) =>
    Array.from({ length: p }, (_, k) => A.reduce((sum, row) => sum + row[j]! * row[k]!, 0)),
  );
  const R = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  // Unit columns: a pivot below √(max(n, p)ε) means the column lies in the span of the earlier ones.
  const cutoff = Math.sqrt(Math.max(n, p) * Number.EPSILON);
  for (let j = 0; j < p; j += 1) {
    let d = G[j]![j]!;
    for (let k = 0; k < j; k += 1) d -= R[k]![j]! ** 2;
    if (!(d > cutoff * cutoff)) {
      throw new RankDeficiencyError(
        name,
        `requires a design of full column rank (column ${j} of the fitted design depends on the others)`,
        [j],
      );
    }
    const pivot = Math.sqrt(d);
    R[j]![j] = pivot;
    for (let m = j + 1; m < p; m += 1) {
      let s = G[j]![m]!;
      for (let k = 0; k < j; k += 1) s -= R[k]![j]! * R[k]![m]!;
      R[j]![m] = s / pivot;
    }
  }
  const rhs = Array.from({ length: p }, (_, j) =>
    A.reduce((sum, row, i) => sum + row[j]! * y[i]!, 0),
  );
  // Rᵀz = Aᵀy, then Rc = z.
  const z = new Array<number>(p).fill(0);
  for (let j = 0; j < p; j += 1) {
    let s = rhs[j]!;
    for (let k = 0; k < j; k += 1) s -= R[k]![j]! * z[k]!;
    z[j] = s / R[j]![j]!;
  }
  const scaled = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j -= 1) {
    let s = z[j]!;
    for (let k = j + 1; k < p; k += 1) s -= R[j]![k]! * scaled[k]!;
    scaled[j] = s / R[j]![j]!;
  }
  // R⁻¹ column by column (upper triangular); (AᵀA)⁻¹ = R⁻¹R⁻ᵀ, so its diagonal is the squared
  // row norms of R⁻¹; undo the column scaling at the end.
  const inverse = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let col = 0; col < p; col += 1) {
    for (let j = col; j >= 0; j -= 1) {
      let s = j === col ? 1 : 0;
      for (let k = j + 1; k <= col; k += 1) s -= R[j]![k]! * inverse[k]![col]!;
      inverse[j]![col] = s / R[j]![j]!;
    }
  }
  const inverseGramDiagonal = inverse.map(
    (row, j) => row.reduce((sum, v) => sum + v * v, 0) / scale[j]! ** 2,
  );
  const coefficients = scaled.map((c, j) => c / scale[j]!);
  const fitted = design.map((row) => row.reduce((sum, v, j) => sum + v * coefficients[j]!, 0));
  return { coefficients, inverseGramDiagonal, fitted };
}

function tRatio(b: number, se: number): number {
  if (se > 0) return b / se;
  return b === 0 ? 0 : Math.sign(b) * Number.POSITIVE_INFINITY;
}

function fit(name: string, design: number[][], y: number[], intercept: boolean): OLSFit {
  const n = y.length;
  const p = design[0]!.length;
  if (n <= p) {
    throw new EmptyInputError(name, `requires more rows than coefficients (got ${n} and ${p})`);
  }
  const centre = intercept ? y.reduce((s, v) => s + v, 0) / n : 0;
  const total = y.reduce((s, v) => s + (v - centre) ** 2, 0);
  if (total === 0) throw new InvalidArgumentError(name, `requires targets that vary`);
  const solved = solveByCholesky(name, design, y);
  const residuals = y.map((v, i) => v - solved.fitted[i]!);
  const rss = residuals.reduce((s, e) => s + e * e, 0);
  const k = intercept ? 1 : 0;
  const dfResidual = n - p;
  const dfModel = p - k;
  const s2 = rss / dfResidual;
  const standardErrors = solved.inverseGramDiagonal.map((d) => Math.sqrt(s2 * d));
  const tValues = solved.coefficients.map((b, j) => tRatio(b, standardErrors[j]!));
  const rSquared = 1 - rss / total;
  const fStatistic = Math.max(total - rss, 0) / dfModel / s2;
  const singular = singularValues(design);
  return {
    coefficients: solved.coefficients,
    standardErrors,
    tValues,
    pValues: tValues.map((t) => studentTTwoSidedPValue(t, dfResidual)),
    fitted: solved.fitted,
    residuals,
    rss,
    sigma: Math.sqrt(s2),
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - k)) / dfResidual,
    fStatistic,
    fPValue: fSurvival(fStatistic, dfModel, dfResidual),
    dfModel,
    dfResidual,
    conditionNumber: Math.max(...singular) / Math.min(...singular),
    intercept,
  };
}

export function fitOLS(X: MatrixInput, y: readonly number[], options?: OLSOptions): OLSFit {
  const name = 'fitOLS';
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const intercept = readIntercept(name, options);
  return fit(name, intercept ? rows.map((row) => [1, ...row]) : rows, targets, intercept);
}

export function fitPolynomial(
  x: readonly number[],
  y: readonly number[],
  degree: number,
  options?: OLSOptions,
): OLSFit {
  const name = 'fitPolynomial';
  const values = checkVector(name, 'x', x);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'x values', values.length, 'targets', targets.length);
  checkNumber(name, 'degree', degree, { integer: true, min: 1 });
  const intercept = readIntercept(name, options);
  const first = intercept ? 0 : 1;
  const design = values.map((v) =>
    Array.from({ length: degree + 1 - first }, (_, j) => v ** (j + first)),
  );
  return fit(name, design, targets, intercept);
}

export function confidenceIntervals(fitted: OLSFit, level: number): ConfidenceInterval[] {
  const name = 'confidenceIntervals';
  checkNumber(name, 'level', level);
  if (!(level > 0 && level < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires a level strictly between 0 and 1 (got ${level})`,
    );
  }
  const b = checkVector(name, 'fit.coefficients', fitted.coefficients);
  const se = checkVector(name, 'fit.standardErrors', fitted.standardErrors);
  if (b.length !== se.length) {
    throw new ShapeMismatchError(name, `requires one standard error per coefficient`);
  }
  checkNumber(name, 'fit.dfResidual', fitted.dfResidual, { integer: true, min: 1 });
  const critical = studentTQuantile(1 - (1 - level) / 2, fitted.dfResidual);
  return b.map((value, j) => ({
    lower: value - critical * se[j]!,
    upper: value + critical * se[j]!,
  }));
}
