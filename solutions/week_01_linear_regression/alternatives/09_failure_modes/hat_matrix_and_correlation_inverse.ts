/**
 * Alternative for kata 01.09 — influence from the hat matrix, VIF from the inverse correlation matrix
 *
 * @method screenAssumptions takes the leverages from H = X(XᵀX)⁻¹Xᵀ formed with ml-matrix and the
 * VIFs as the diagonal of the inverse correlation matrix of X's columns (VIF_j = [R⁻¹]_jj), where
 * the reference reads leverages off its QR fit and runs kata 01.08's auxiliary regressions;
 * simulateAutocorrelation draws each AR(1) column as a whole series instead of row by row.
 */
import { EigenvalueDecomposition, inverse, Matrix } from 'ml-matrix';
import {
  EmptyInputError,
  InvalidArgumentError,
  RankDeficiencyError,
} from '../../../../helpers/errors';
import { createRng } from '../../../../helpers/random';
import {
  checkMatrix,
  checkNumber,
  checkSameLength,
  checkVector,
} from '../../../../helpers/validation';
import {
  breuschGodfrey,
  breuschPagan,
  durbinWatson,
  jarqueBera,
  resetTest,
} from '../../08_assumption_tests';
import type {
  AssumptionScreen,
  AutocorrelationTruth,
  ScreenedFailureMode,
  SimulatedRegression,
  SimulationOptions,
} from '../../09_failure_modes';

export * from '../../09_failure_modes';

function openUnit(name: string, label: string, value: number): number {
  checkNumber(name, label, value);
  if (!(Math.abs(value) < 1)) {
    throw new InvalidArgumentError(
      name,
      `requires ${label} strictly between -1 and 1 (got ${value})`,
    );
  }
  return value;
}

export function simulateAutocorrelation(
  options: SimulationOptions & { rho?: number; regressorRho?: number },
): SimulatedRegression<AutocorrelationTruth> {
  const name = 'simulateAutocorrelation';
  const n = checkNumber(name, 'n', options.n ?? 50, { min: 10, integer: true });
  const rho = openUnit(name, 'rho', options.rho ?? 0.65);
  const regressorRho = openUnit(name, 'regressorRho', options.regressorRho ?? 0);
  const rng = createRng(options.seed);
  // Draw every innovation first (in the reference's order), then filter each column as a series.
  const innovations = Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
  const scale = Math.sqrt(1 - regressorRho ** 2);
  const columns = [0, 1].map((j) => {
    const series: number[] = [];
    innovations.forEach((row, t) =>
      series.push(t === 0 ? row[j]! : regressorRho * series[t - 1]! + scale * row[j]!),
    );
    return series;
  });
  const X = columns[0]!.map((x1, t) => [x1, columns[1]![t]!]);
  const errors = [rng.normal() / Math.sqrt(1 - rho * rho)];
  for (let t = 1; t < n; t += 1) errors.push(rho * errors[t - 1]! + rng.normal());
  const meanFunction = (row: readonly number[]): number => 1 + 2 * row[0]! - row[1]!;
  return {
    X,
    y: X.map((row, t) => meanFunction(row) + errors[t]!),
    truth: { coefficients: [1, 2, -1], meanFunction, rho, regressorRho, errors },
  };
}

/** VIF_j = [R⁻¹]_jj, R the correlation matrix of the columns. */
function varianceInflation(rows: readonly number[][]): number[] {
  const width = rows[0]!.length;
  if (width === 1) return [1];
  const n = rows.length;
  const centred = Array.from({ length: width }, (_, j) => {
    const column = rows.map((row) => row[j]!);
    const mean = column.reduce((sum, v) => sum + v, 0) / n;
    const deviations = column.map((v) => v - mean);
    const norm = Math.sqrt(deviations.reduce((sum, v) => sum + v * v, 0));
    return deviations.map((v) => v / norm);
  });
  const Z = new Matrix(centred).transpose();
  const correlation = Z.transpose().mmul(Z);
  const inverseCorrelation = inverse(correlation);
  return Array.from({ length: width }, (_, j) => inverseCorrelation.get(j, j));
}

export function screenAssumptions(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: { alpha?: number; cooksThreshold?: number; vifThreshold?: number } = {},
): AssumptionScreen {
  const name = 'screenAssumptions';
  const alpha = checkNumber(name, 'alpha', options.alpha ?? 0.05, { min: 0 });
  if (alpha >= 1) throw new InvalidArgumentError(name, `requires alpha below 1 (got ${alpha})`);
  const cooksThreshold = checkNumber(name, 'cooksThreshold', options.cooksThreshold ?? 1, {
    min: 0,
  });
  const vifThreshold = checkNumber(name, 'vifThreshold', options.vifThreshold ?? 10, { min: 1 });
  const data = checkMatrix(name, 'X', X);
  const observed = checkVector(name, 'y', y);
  checkSameLength(name, 'rows of X', data.length, 'targets', observed.length);
  // The screen is scale-free: each column and y divided by its largest |value| first, so that
  // the Gram matrix of data near 10^±200 neither overflows nor underflows.
  const largest = (values: number[]) => values.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
  const columnScale = data[0]!.map((_, j) => largest(data.map((row) => row[j]!)));
  const rows = data.map((row) => row.map((v, j) => v / columnScale[j]!));
  const yLargest = largest(observed);
  const targets = observed.map((v) => v / yLargest);
  const n = rows.length;
  const p = rows[0]!.length + 1;
  if (n < p + 3) {
    throw new EmptyInputError(
      name,
      `requires at least ${p + 3} rows for ${p} coefficients (got ${n})`,
    );
  }
  const A = new Matrix(rows.map((row) => [1, ...row]));
  const gram = A.transpose().mmul(A);
  // Rank: a pivot of the column-scaled Gram matrix's LU near 0 (kata 01.04's normal-equations rule).
  const scale = Array.from({ length: p }, (_, j) => Math.sqrt(gram.get(j, j)));
  const scaled = new Matrix(p, p);
  for (let i = 0; i < p; i += 1)
    for (let j = 0; j < p; j += 1) scaled.set(i, j, gram.get(i, j) / (scale[i]! * scale[j]!));
  const eigenvalues = new EigenvalueDecomposition(scaled).realEigenvalues;
  if (Math.min(...eigenvalues) <= Math.max(n, p) * Number.EPSILON) {
    throw new RankDeficiencyError(name, 'requires a design of full column rank', []);
  }
  const bread = inverse(gram);
  const b = bread.mmul(A.transpose()).mmul(Matrix.columnVector(targets)).getColumn(0);
  const fitted = A.mmul(Matrix.columnVector(b)).getColumn(0);
  const e = targets.map((v, i) => v - fitted[i]!);
  const rss = e.reduce((sum, v) => sum + v * v, 0);
  if (rss <= 1e-24 * targets.reduce((sum, v) => sum + v * v, 0)) {
    throw new InvalidArgumentError(name, `requires a fit that leaves residuals (got RSS = ${rss})`);
  }
  const hat = A.mmul(bread).mmul(A.transpose());
  const s2 = rss / (n - p);
  const cooks = e.map((residual, i) => {
    const h = hat.get(i, i);
    return h >= 1 - 1e-10
      ? Number.POSITIVE_INFINITY
      : (residual * residual * h) / (p * s2 * (1 - h) ** 2);
  });
  const maxCooksDistance = Math.max(...cooks);
  let reset: { pValue: number } | undefined;
  try {
    const result = resetTest(rows, targets);
    reset = result.df1 > 0 && Number.isFinite(result.pValue) ? result : undefined;
  } catch (error) {
    if (!(error instanceof RankDeficiencyError)) throw error;
  }
  const screen = {
    notApplicable: reset === undefined ? (['nonlinearity'] as ScreenedFailureMode[]) : [],
    resetPValue: reset?.pValue ?? 1,
    breuschPaganPValue: breuschPagan(e, rows).pValue,
    breuschGodfreyPValue: breuschGodfrey(e, rows).pValue,
    durbinWatson: durbinWatson(e),
    jarqueBeraPValue: jarqueBera(e).pValue,
    maxCooksDistance,
    mostInfluentialRow: cooks.indexOf(maxCooksDistance),
    maxVarianceInflation: Math.max(...varianceInflation(rows)),
  };
  const flags: [ScreenedFailureMode, boolean][] = [
    ['nonlinearity', screen.resetPValue < alpha],
    ['heteroscedasticity', screen.breuschPaganPValue < alpha],
    ['autocorrelation', screen.breuschGodfreyPValue < alpha],
    ['heavyTails', screen.jarqueBeraPValue < alpha],
    ['highLeverage', screen.maxCooksDistance > cooksThreshold],
    ['multicollinearity', screen.maxVarianceInflation > vifThreshold],
  ];
  return { flagged: flags.filter(([, flag]) => flag).map(([mode]) => mode), ...screen };
}
