/**
 * Builders for the rows of `npm run validate:reference`: one comparison scored by log relative
 * error (NIST) or by relative error (R, statsmodels, gretl), and one row summarising a whole
 * vector by its worst element, so that a 202-value influence vector is one readable line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logRelativeError } from '../../helpers/nist';
import type { ReferenceCheck } from './types';

export interface RowContext {
  readonly group: string;
  readonly source: string;
}

function scoredRow(
  context: RowContext,
  quantity: string,
  [actual, expected]: readonly [number, number],
  criterion: 'lre' | 'relative',
  threshold: number,
): ReferenceCheck {
  const lre = criterion === 'lre';
  const score = lre ? logRelativeError(actual, expected) : relativeError(actual, expected);
  const pass = lre ? score >= threshold : score <= threshold;
  const { group, source } = context;
  return { group, source, quantity, expected, actual, criterion, threshold, score, pass };
}

/** LRE = −log10(|a − e|/|e|), absolute error where e = 0, capped at 15; passes at ≥ threshold. */
export const lreRow = (
  context: RowContext,
  quantity: string,
  actual: number,
  expected: number,
  threshold = 6,
): ReferenceCheck => scoredRow(context, quantity, [actual, expected], 'lre', threshold);

/** |a − e|/|e| (|a − e| where e = 0); a non-finite actual scores Infinity. Passes at ≤ threshold. */
export function relativeError(actual: number, expected: number): number {
  if (!Number.isFinite(actual)) return actual === expected ? 0 : Number.POSITIVE_INFINITY;
  const difference = Math.abs(actual - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}

export const relativeRow = (
  context: RowContext,
  quantity: string,
  actual: number,
  expected: number,
  threshold = 1e-6,
): ReferenceCheck => scoredRow(context, quantity, [actual, expected], 'relative', threshold);

/**
 * One row for a whole vector: the element with the largest relative error, named with its
 * index and the vector's length. A length mismatch is a failing row.
 */
export function worstRelativeRow(
  context: RowContext,
  quantity: string,
  actual: readonly number[],
  expected: readonly number[],
  threshold = 1e-6,
): ReferenceCheck {
  if (actual.length !== expected.length) {
    return {
      ...relativeRow(context, `${quantity} length`, actual.length, expected.length, 0),
      pass: false,
    };
  }
  let worst = 0;
  let worstScore = -1;
  expected.forEach((value, i) => {
    const score = relativeError(actual[i] as number, value);
    if (!(score <= worstScore)) {
      worst = i;
      worstScore = score;
    }
  });
  return relativeRow(
    context,
    `${quantity}[${worst}] (worst of ${expected.length})`,
    actual[worst] as number,
    expected[worst] as number,
    threshold,
  );
}

/** The row builders of one group and source: `in.relative(quantity, actual, expected)`. */
export function rowsIn(group: string, source: string) {
  const context = { group, source };
  return {
    ...context,
    relative: (quantity: string, actual: number, expected: number, threshold?: number) =>
      relativeRow(context, quantity, actual, expected, threshold),
    worst: (quantity: string, actual: readonly number[], expected: readonly number[]) =>
      worstRelativeRow(context, quantity, actual, expected),
  };
}

export interface Coefficients {
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
}

/** A row per coefficient, `b(name)`, then a row per standard error, `se(name)`. */
export function coefficientRows(
  context: RowContext,
  names: readonly string[],
  actual: Coefficients,
  expected: Coefficients,
): ReferenceCheck[] {
  return (['b', 'se'] as const).flatMap((label) => {
    const of = (c: Coefficients) => (label === 'b' ? c.coefficients : c.standardErrors);
    return names.map((name, j) =>
      relativeRow(
        context,
        `${label}(${name})`,
        of(actual)[j] ?? Number.NaN,
        of(expected)[j] ?? Number.NaN,
      ),
    );
  });
}

/** Reads a JSON file of the reference-data folder. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Follows a path of keys into parsed JSON, failing loudly with the path when a key is missing. */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const [depth, key] of keys.entries()) {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      throw new Error(`reference data has no ${keys.slice(0, depth + 1).join('.')}`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A number, or a decimal string of more digits than a double holds (exact reference values). */
export function numberAt(value: unknown, ...keys: string[]): number {
  const found = at(value, ...keys);
  const parsed = typeof found === 'string' ? Number(found) : found;
  if (typeof parsed !== 'number' || Number.isNaN(parsed)) {
    throw new Error(`reference data ${keys.join('.')} is not a number`);
  }
  return parsed;
}

/**
 * statsmodels' growth-rate regression ginv ~ ggdp + lint (n = 202): the file's name, its JSON,
 * and X (without the constant) and y.
 */
export function readMacrodata(dataDirectory: string) {
  const file = 'statsmodels_macrodata_diagnostics.json';
  const json = readJson(path.join(dataDirectory, file));
  const growth = numbersAt(json, 'derived', 'gs_l_realgdp');
  const rate = numbersAt(json, 'derived', 'lint');
  const X = growth.map((value, i) => [value, rate[i] ?? Number.NaN]);
  return { file, json, X, y: numbersAt(json, 'derived', 'endog') };
}

export function numbersAt(value: unknown, ...keys: string[]): number[] {
  const found = at(value, ...keys);
  if (!Array.isArray(found)) throw new Error(`reference data ${keys.join('.')} is not a list`);
  return found.map((_, i) => numberAt(found, String(i)));
}
