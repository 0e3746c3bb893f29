/**
 * Alternative for kata 01.14 — scaled normal equations, FWL shortcut, order statistics by selection
 *
 * @method Every regression is solved by the normal equations on the Gram matrix scaled to unit
 * diagonal and factored by Cholesky, not by Householder QR. The added-variable plot is built from
 * one full fit and one auxiliary regression (ỹ = e + b_j·x̃_j, the Frisch–Waugh–Lovell identity
 * used forwards); knots come from order statistics found by quickselect instead of a full sort;
 * each spline column is built from the truncated-power coefficients θ solved from the two
 * linearity constraints Σθ = 0, Σθt = 0 rather than from the closed form.
 */
import { fSurvival } from '../../../../helpers/distributions';
import {
  EmptyInputError,
  InvalidArgumentError,
  NonFiniteValueError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import {
  checkCount,
  checkMatrix,
  checkNoOverflow,
  checkOptions,
  checkSameLength,
  checkVector,
  normOf,
  type MatrixInput,
} from '../../../../helpers/validation';
import type {
  AddedVariableData,
  ComponentPlusResidualData,
  PartialPlotOptions,
  DefaultKnotOptions,
  SplineTermTestResult,
  SplineTermTestOptions,
} from '../../14_localising_misfit';

export * from '../../14_localising_misfit';

interface NormalFit {
  readonly coefficients: number[];
  readonly residuals: number[];
  /** diag((XᵀX)⁻¹) */
  readonly inverseDiagonal: number[];
}

/** Least squares by Cholesky of D⁻¹XᵀXD⁻¹, D = diag(‖x_j‖); rank test on the scaled pivots. */
function normalEquations(name: string, rows: number[][], y: readonly number[]): NormalFit {
  const n = rows.length;
  const p = rows[0]!.length;
  const scale = Array.from({ length: p }, (_, j) => normOf(rows.map((row) => row[j]!)) || 1);
  const Z = rows.map((row) => row.map((v, j) => v / scale[j]!));
  const C = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => Z.reduce((s, row) => s + row[i]! * row[j]!, 0)),
  );
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const tolerance = Math.max(n, p) * Number.EPSILON;
  const dependent: number[] = [];
  for (let j = 0; j < p; j += 1) {
    let pivot = C[j]![j]!;
    for (let k = 0; k < j; k += 1) pivot -= L[j]![k]! ** 2;
    if (pivot <= tolerance) {
      dependent.push(j);
      continue;
    }
    const d = Math.sqrt(pivot);
    L[j]![j] = d;
    for (let i = j + 1; i < p; i += 1) {
      let s = C[i]![j]!;
      for (let k = 0; k < j; k += 1) s -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = s / d;
    }
  }
  if (dependent.length > 0 || n < p) {
    throw new RankDeficiencyError(
      name,
      `requires a design of full column rank (columns ${dependent.join(', ')} depend on the others)`,
      dependent,
    );
  }
  const solve = (rhs: readonly number[]): number[] => {
    const z = rhs.slice();
    for (let i = 0; i < p; i += 1) {
      for (let k = 0; k < i; k += 1) z[i] = z[i]! - L[i]![k]! * z[k]!;
      z[i] = z[i]! / L[i]![i]!;
    }
    for (let i = p - 1; i >= 0; i -= 1) {
      for (let k = i + 1; k < p; k += 1) z[i] = z[i]! - L[k]![i]! * z[k]!;
      z[i] = z[i]! / L[i]![i]!;
    }
    return z;
  };
  const fitOnce = (target: readonly number[]): number[] =>
    solve(
      Array.from({ length: p }, (_, j) => Z.reduce((s, row, r) => s + row[j]! * target[r]!, 0)),
    );
  const c = fitOnce(y);
  const residualOf = (coef: readonly number[]): number[] =>
    Z.map((row, r) => y[r]! - row.reduce((s, v, j) => s + v * coef[j]!, 0));
  const inverseDiagonal = Array.from({ length: p }, (_, j) => {
    const unit = new Array<number>(p).fill(0);
    unit[j] = 1;
    return solve(unit)[j]! / scale[j]! ** 2;
  });
  return {
    coefficients: c.map((v, j) => v / scale[j]!),
    residuals: residualOf(c),
    inverseDiagonal,
  };
}

interface Inputs {
  readonly design: number[][];
  readonly y: number[];
  readonly column: number;
  readonly intercept: boolean;
  readonly p: number;
}

function inputs(
  name: string,
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions | undefined,
): Inputs {
  const rows = checkMatrix(name, 'X', X);
  const targets = checkVector(name, 'y', y);
  checkSameLength(name, 'rows', rows.length, 'targets', targets.length);
  const intercept = checkOptions(name, options).intercept ?? true;
  const width = rows[0]!.length;
  const index = checkCount(name, 'j', j, { min: 0, max: width - 1 });
  const design = rows.map((row) => (intercept ? [1, ...row] : row));
  const p = width + (intercept ? 1 : 0);
  return { design, y: targets, column: index + (intercept ? 1 : 0), intercept, p };
}

function needDf(name: string, n: number, p: number): void {
  if (n <= p)
    throw new EmptyInputError(
      name,
      `requires more rows than coefficients (got ${n} rows and ${p} coefficients)`,
    );
}

export function addedVariableData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): AddedVariableData {
  const name = 'addedVariableData';
  const { design, y: targets, column, p } = inputs(name, X, y, j, options);
  const n = targets.length;
  needDf(name, n, p);
  const full = normalEquations(name, design, targets);
  const b = full.coefficients[column]!;
  const xColumn = design.map((row) => row[column]!);
  const others = design.map((row) => row.filter((_, k) => k !== column));
  const xResiduals =
    others[0]!.length === 0 ? xColumn : normalEquations(name, others, xColumn).residuals;
  // Frisch–Waugh–Lovell forwards: My = Mx_j·b_j + e.
  const yResiduals = full.residuals.map((e, i) => e + b * xResiduals[i]!);
  const s2 = full.residuals.reduce((s, e) => s + e * e, 0) / (n - p);
  const standardError = Math.sqrt(s2 * full.inverseDiagonal[column]!);
  checkNoOverflow(name, 'the slope and its standard error', [b, standardError]);
  return { xResiduals, yResiduals, slope: b, standardError, residuals: full.residuals };
}

export function componentPlusResidualData(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: PartialPlotOptions = {},
): ComponentPlusResidualData {
  const name = 'componentPlusResidualData';
  const { design, y: targets, column, intercept, p } = inputs(name, X, y, j, options);
  needDf(name, targets.length, p);
  const fit = normalEquations(name, design, targets);
  const x = design.map((row) => row[column]!);
  const slope = fit.coefficients[column]!;
  const centre = intercept ? x.reduce((s, v) => s + v, 0) / x.length : 0;
  return {
    x,
    slope,
    centre,
    partialResiduals: fit.residuals.map((e, i) => e + slope * (x[i]! - centre)),
  };
}

/** The k-th smallest value (0-based) by Hoare's quickselect on a copy. */
function select(values: readonly number[], k: number): number {
  const a = values.slice();
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i += 1;
      while (a[j]! > pivot) j -= 1;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function knots(name: string, x: readonly number[], count: number): number[] {
  const n = x.length;
  if (n < 6) throw new EmptyInputError(name, `requires at least 6 values of x (got ${n})`);
  const distinct = new Set(x).size;
  if (distinct < count + 3) {
    throw new InvalidArgumentError(
      name,
      `requires at least ${count + 3} distinct values of x for ${count} knots (got ${distinct})`,
    );
  }
  const outer = count === 3 ? 0.1 : count >= 7 ? 0.025 : 0.05;
  const result = Array.from({ length: count }, (_, i) => {
    const prob = i === count - 1 ? 1 - outer : outer + (i * (1 - 2 * outer)) / (count - 1);
    const position = (n - 1) * prob;
    const lo = Math.floor(position);
    const h = position - lo;
    const low = select(x, lo);
    return h === 0 ? low : (1 - h) * low + h * select(x, Math.min(lo + 1, n - 1));
  });
  if (n < 100) {
    result[0] = select(x, 4);
    result[count - 1] = select(x, n - 5);
  }
  result.sort((a, b) => a - b);
  if (result.some((t, i) => i > 0 && !(t > result[i - 1]!))) {
    throw new InvalidArgumentError(
      name,
      `requires the default knots to be strictly increasing (got ${result.join(', ')})`,
    );
  }
  return result;
}

function knotCountOf(name: string, options: DefaultKnotOptions | undefined): number {
  return checkCount(name, 'knotCount', checkOptions(name, options).knotCount ?? 5, {
    min: 3,
    max: 10,
  });
}

export function defaultKnots(x: readonly number[], options: DefaultKnotOptions = {}): number[] {
  const name = 'defaultKnots';
  return knots(name, checkVector(name, 'x', x), knotCountOf(name, options));
}

/**
 * S_j = Σᵢ θᵢ (x − tᵢ)₊³/(t_k − t_1)² with θ_j = 1 and θ_{k−1}, θ_k solving the 2 × 2 system
 * θ_{k−1} + θ_k = −1, θ_{k−1}t_{k−1} + θ_k t_k = −t_j (no x² or x³ beyond the last knot).
 */
function basis(x: readonly number[], t: readonly number[]): number[][] {
  const k = t.length;
  const a = t[k - 2]!;
  const b = t[k - 1]!;
  const span = b - t[0]!;
  const thetas = Array.from({ length: k - 2 }, (_, j) => {
    const tj = t[j]!;
    // Cramer's rule: det = t_k − t_{k−1}.
    const det = b - a;
    return { tj, penultimate: (-b + tj) / det, last: (a - tj) / det };
  });
  const cube = (u: number): number => (u > 0 ? (u / span) ** 3 * span : 0);
  return x.map((v) => [
    v,
    ...thetas.map((th) => cube(v - th.tj) + th.penultimate * cube(v - a) + th.last * cube(v - b)),
  ]);
}

export function restrictedCubicSplineBasis(
  x: readonly number[],
  knotValues: readonly number[],
): number[][] {
  const name = 'restrictedCubicSplineBasis';
  const values = checkVector(name, 'x', x);
  const t = checkVector(name, 'knots', knotValues);
  if (t.length < 3)
    throw new InvalidArgumentError(name, `requires at least 3 knots (got ${t.length})`);
  if (t.some((v, i) => i > 0 && !(v > t[i - 1]!))) {
    throw new InvalidArgumentError(
      name,
      `requires knots to be strictly increasing (got ${t.join(', ')})`,
    );
  }
  const rows = basis(values, t);
  rows.forEach((row) => checkNoOverflow(name, 'the basis', row));
  return rows;
}

export function splineTermTest(
  X: MatrixInput,
  y: readonly number[],
  j: number,
  options: SplineTermTestOptions = {},
): SplineTermTestResult {
  const name = 'splineTermTest';
  const { design, y: targets, column, p } = inputs(name, X, y, j, options);
  const count = knotCountOf(name, options);
  const n = targets.length;
  const df1 = count - 2;
  const df2 = n - p - df1;
  if (df2 < 1)
    throw new EmptyInputError(name, `requires more rows than ${p + df1} coefficients (got ${n})`);
  const linear = normalEquations(name, design, targets);
  const x = design.map((row) => row[column]!);
  const t = knots(name, x, count);
  const B = basis(x, t);
  B.forEach((row) => checkNoOverflow(name, 'the spline basis', row));
  const expanded = design.map((row, i) => [
    ...row.slice(0, column),
    ...B[i]!,
    ...row.slice(column + 1),
  ]);
  const spline = normalEquations(name, expanded, targets);
  const rss = (e: readonly number[]): number => e.reduce((s, v) => s + v * v, 0);
  // The squares as formed, refused when they overflow or a nonzero vector's underflow to 0.
  const checkedRss = (e: readonly number[]): number => {
    const value = rss(e);
    if (!Number.isFinite(value) || (value === 0 && e.some((v) => v !== 0)))
      throw new NonFiniteValueError(name, 'cannot represent the residual sum of squares');
    return value;
  };
  const rssLinear = checkedRss(linear.residuals);
  const rssSpline = checkedRss(spline.residuals);
  if (rssSpline <= 1e-24 * rss(targets))
    throw new InvalidArgumentError(name, 'requires a spline fit that is not exact');
  const statistic = Math.max(0, (rssLinear - rssSpline) / df1 / (rssSpline / df2));
  return {
    knots: t,
    coefficients: spline.coefficients,
    rssLinear,
    rssSpline,
    df1,
    df2,
    statistic,
    pValue: fSurvival(statistic, df1, df2),
  };
}
