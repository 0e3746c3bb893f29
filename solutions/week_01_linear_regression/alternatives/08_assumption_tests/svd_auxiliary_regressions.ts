/**
 * Alternative for kata 01.08 — auxiliary regressions by SVD (ml-matrix), VIF from the SVD
 *
 * @method Every auxiliary regression (Breusch–Pagan, Breusch–Godfrey, RESET and its aliasing
 * test) is solved with ml-matrix's singular value decomposition instead of the Householder QR of
 * helpers/least_squares.ts, its rank read off the singular values. VIFs are the diagonal of
 * (ZᵀZ)⁻¹ = VΣ⁻²Vᵀ for the centred, unit-length columns Z, not n regressions.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { chiSquaredSurvival, fSurvival } from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
  type MatrixInput,
} from '../../../../helpers/validation';
import type {
  BreuschGodfreyResult,
  BreuschPaganResult,
  ResetTestResult,
} from '../../08_assumption_tests';

export * from '../../08_assumption_tests';

const sumSq = (v: readonly number[]) => v.reduce((s, x) => s + x * x, 0);
const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

/** Least squares by SVD; RankDeficiencyError when a singular value is at rounding level. */
function svdFit(name: string, design: number[][], y: readonly number[]) {
  const n = design.length;
  const p = design[0]!.length;
  // Unit columns, so that the rank test does not depend on the columns' units.
  const scale = Array.from({ length: p }, (_, j) => Math.hypot(...design.map((r) => r[j]!)) || 1);
  const A = new Matrix(design.map((row) => row.map((v, j) => v / scale[j]!)));
  const svd = new SingularValueDecomposition(A, { autoTranspose: true });
  const sigma = svd.diagonal;
  const cutoff = Math.max(n, p) * Number.EPSILON * Math.max(...sigma);
  if (n < p || sigma.some((s) => s <= cutoff)) {
    throw new RankDeficiencyError(name, `requires a design of full column rank`, [p - 1]);
  }
  const coefficients = svd.solve(Matrix.columnVector([...y])).to1DArray();
  const fitted = design.map((row) =>
    row.reduce((s, v, j) => s + (v / scale[j]!) * coefficients[j]!, 0),
  );
  const residuals = y.map((v, i) => v - fitted[i]!);
  return { fitted, residuals, rss: sumSq(residuals) };
}

/** e divided by its largest |value|: the statistics are scale-free, and e² near 10^±400 is not a double. */
function byLargest(e: number[]): number[] {
  const largest = e.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return largest > 0 ? e.map((v) => v / largest) : e;
}

export function breuschPagan(
  residuals: readonly number[],
  Z: MatrixInput,
  options: { studentized?: boolean } = {},
): BreuschPaganResult {
  const name = 'breuschPagan';
  const e = byLargest(checkVector(name, 'residuals', residuals));
  const rows = checkMatrix(name, 'Z', Z);
  checkSameLength(name, 'residuals', e.length, 'rows of Z', rows.length);
  const df = rows[0]!.length;
  const n = e.length;
  if (n <= df + 1)
    throw new EmptyInputError(name, `requires more rows than auxiliary coefficients`);
  if (e.every((v) => v === 0)) throw new InvalidArgumentError(name, `requires nonzero residuals`);
  const squared = e.map((v) => v * v);
  const centre = mean(squared);
  const total = squared.reduce((s, v) => s + (v - centre) ** 2, 0);
  if (total === 0) throw new InvalidArgumentError(name, `requires squared residuals that vary`);
  const aux = svdFit(
    name,
    rows.map((row) => [1, ...row]),
    squared,
  );
  const explained = aux.fitted.reduce((s, v) => s + (v - centre) ** 2, 0);
  const sigma2 = sumSq(e) / n;
  const statistic =
    (options.studentized ?? true) ? (n * explained) / total : explained / (2 * sigma2 * sigma2);
  return { statistic, pValue: chiSquaredSurvival(statistic, df), df };
}

export function varianceInflationFactors(X: MatrixInput): number[] {
  const name = 'varianceInflationFactors';
  const rows = checkMatrix(name, 'X', X);
  const n = rows.length;
  const k = rows[0]!.length;
  if (n <= k)
    throw new EmptyInputError(name, `requires more rows than columns (got ${n} and ${k})`);
  const columns = Array.from({ length: k }, (_, j) => {
    // Divided by its largest |value| first: VIF is scale-free, and sums of squares of a column
    // near 10^±200 would overflow or underflow.
    const column = byLargest(rows.map((row) => row[j]!));
    const centre = mean(column);
    const centred = column.map((v) => v - centre);
    const norm = Math.sqrt(sumSq(centred));
    // A constant column has no variation left once the constant is taken out.
    if (norm <= 1e-12 * Math.sqrt(sumSq(column))) {
      throw new RankDeficiencyError(name, `requires columns that vary (column ${j} does not)`, [j]);
    }
    return centred.map((v) => v / norm);
  });
  const all = Array.from({ length: k }, (_, j) => j);
  const Z = new Matrix(rows.map((_, i) => all.map((j) => columns[j]![i]!)));
  const svd = new SingularValueDecomposition(Z, { autoTranspose: true });
  const V = svd.rightSingularVectors;
  const sigma = svd.diagonal;
  // diag((ZᵀZ)⁻¹) = Σ_m V_jm²/σ_m²: the inverse correlation matrix's diagonal.
  const vifs = all.map((j) =>
    sigma.reduce((s, value, m) => s + V.get(j, m) ** 2 / (value * value), 0),
  );
  // The header's rule: 1 − R²_j ≤ 1e-24, i.e. VIF_j ≥ 1e24 (∞ or NaN where a σ is 0), is a
  // combination of the others to rounding; the first such column is named.
  const dependent = vifs.findIndex((value) => !(value < 1e24));
  if (dependent >= 0) {
    throw new RankDeficiencyError(
      name,
      `requires columns that are not combinations of the others (column ${dependent} is)`,
      [dependent],
    );
  }
  return vifs;
}

export function resetTest(
  X: MatrixInput,
  y: readonly number[],
  options: { power?: number; intercept?: boolean } = {},
): ResetTestResult {
  const name = 'resetTest';
  const power = checkNumber(name, 'power', options.power ?? 3, { min: 2, integer: true });
  const intercept = options.intercept ?? true;
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', rows.length, 'targets', targets.length);
  const n = rows.length;
  const p = rows[0]!.length + (intercept ? 1 : 0);
  if (n - p - (power - 1) < 1)
    throw new EmptyInputError(name, `requires at least ${p + power} rows`);
  const design = rows.map((row) => (intercept ? [1, ...row] : [...row]));
  const linear = svdFit(name, design, targets);
  if (linear.rss <= 1e-24 * sumSq(targets)) {
    throw new InvalidArgumentError(name, `requires a linear fit that leaves residuals`);
  }
  const centre = intercept ? mean(linear.fitted) : 0;
  const spread = Math.sqrt(mean(linear.fitted.map((v) => (v - centre) ** 2)));
  const none = { statistic: 0, pValue: 1, df1: 0, df2: n - p };
  if (spread <= 1e-12 * Math.sqrt(sumSq(targets) / n)) return none;
  let augmented = design;
  let kept = 0;
  for (let k = 2; k <= power; k += 1) {
    const column = linear.fitted.map((v) => ((v - centre) / spread) ** k);
    const projection = svdFit(name, augmented, column);
    if (Math.sqrt(projection.rss) <= 1e-7 * Math.sqrt(sumSq(column))) continue;
    augmented = augmented.map((row, i) => [...row, column[i]!]);
    kept += 1;
  }
  if (kept === 0) return none;
  const df2 = n - p - kept;
  const wide = svdFit(name, augmented, targets);
  const statistic = (linear.rss - wide.rss) / kept / (wide.rss / df2);
  return { statistic, pValue: fSurvival(statistic, kept, df2), df1: kept, df2 };
}

export function breuschGodfrey(
  residuals: readonly number[],
  X: MatrixInput,
  options: { order?: number; intercept?: boolean } = {},
): BreuschGodfreyResult {
  const name = 'breuschGodfrey';
  const order = checkNumber(name, 'order', options.order ?? 1, { min: 1, integer: true });
  const intercept = options.intercept ?? true;
  const e = byLargest(checkVector(name, 'residuals', residuals));
  const rows = checkMatrix(name, 'X', X);
  checkSameLength(name, 'residuals', e.length, 'rows of X', rows.length);
  const p = rows[0]!.length + (intercept ? 1 : 0);
  if (rows.length <= p + order) throw new EmptyInputError(name, `requires more rows`);
  if (e.every((v) => v === 0)) throw new InvalidArgumentError(name, `requires nonzero residuals`);
  const design = rows.map((row, t) => [
    ...(intercept ? [1] : []),
    ...row,
    ...Array.from({ length: order }, (_, lag) => (t - lag - 1 >= 0 ? e[t - lag - 1]! : 0)),
  ]);
  const aux = svdFit(name, design, e);
  const statistic = (e.length * sumSq(aux.fitted)) / sumSq(e);
  return { statistic, pValue: chiSquaredSurvival(statistic, order), df: order };
}
