/** The rows of `npm run validate:reference`, and readers of the reference JSON. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logRelativeError } from '../../helpers/nist';

/** |a − e|/|e| (|a − e| where e = 0); a non-finite actual scores Infinity unless it is e. */
function relativeError(actual: number, expected: number): number {
  if (!Number.isFinite(actual)) return actual === expected ? 0 : Number.POSITIVE_INFINITY;
  const difference = Math.abs(actual - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}

/** One comparison with outside software: `lre` passes at ≥ threshold, `relative` at ≤ it. */
export function scoredRow(
  { group, source }: { group: string; source: string },
  quantity: string,
  actual: number,
  expected: number,
  criterion: 'lre' | 'relative' = 'relative',
  threshold = criterion === 'lre' ? 6 : 1e-6,
) {
  const lre = criterion === 'lre';
  const score = lre ? logRelativeError(actual, expected) : relativeError(actual, expected);
  const pass = lre ? score >= threshold : score <= threshold;
  return { group, source, quantity, expected, actual, criterion, threshold, score, pass };
}
export type ReferenceCheck = ReturnType<typeof scoredRow>;

type Value = number | readonly number[];
/** `[quantity, actual, expected, threshold?]`: a number, or a vector as its worst element. */
export type Row = [string, Value, Value | string, number?];

/**
 * The rows of one group and source, by relative error; an expected value given as a key is read
 * from `data`. A vector is one row, its worst element named with its index; unequal lengths fail.
 */
export function rowsIn(group: string, source: string, data?: unknown) {
  const relative = (quantity: string, actual: number, expected: number, threshold?: number) =>
    scoredRow({ group, source }, quantity, actual, expected, 'relative', threshold);
  const row = ([quantity, actual, expected, threshold]: Row): ReferenceCheck => {
    if (typeof actual === 'number') {
      const value = typeof expected === 'string' ? numberAt(data, expected) : expected;
      return relative(quantity, actual, value as number, threshold);
    }
    const values = (
      typeof expected === 'string' ? numbersAt(data, expected) : expected
    ) as number[];
    if (actual.length !== values.length) {
      return { ...relative(`${quantity} length`, actual.length, values.length, 0), pass: false };
    }
    const scores = values.map((value, i) => relativeError(actual[i]!, value));
    const worst = scores.reduce((w, score, i) => (score <= scores[w]! ? w : i), 0);
    const name = `${quantity}[${worst}] (worst of ${values.length})`;
    return relative(name, actual[worst]!, values[worst]!);
  };
  return { each: (rows: Row[]) => rows.map(row) };
}

/** A row per coefficient, `b(name)`, then one per standard error, `se(name)`. */
export function coefficientRows(
  names: readonly string[],
  fit: { readonly coefficients: readonly number[]; readonly standardErrors: readonly number[] },
  ...expected: [coefficients: readonly number[], standardErrors: readonly number[]]
): Row[] {
  return [fit.coefficients, fit.standardErrors].flatMap((actual, k) =>
    names.map((name, j): Row => [
      `${k === 0 ? 'b' : 'se'}(${name})`,
      actual[j] ?? NaN,
      expected[k]?.[j] ?? NaN,
    ]),
  );
}

/** Follows a path of keys into parsed JSON, naming the path when a key is missing. */
export function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce((current, key, depth) => {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      throw new Error(`reference data has no ${keys.slice(0, depth + 1).join('.')}`);
    }
    return (current as Record<string, unknown>)[key];
  }, value);
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

function listAt<T>(read: (list: unknown, key: string) => T, value: unknown, keys: string[]): T[] {
  const found = at(value, ...keys);
  if (!Array.isArray(found)) throw new Error(`reference data ${keys.join('.')} is not a list`);
  return found.map((_, i) => read(found, String(i)));
}
export const numbersAt = (value: unknown, ...keys: string[]) => listAt(numberAt, value, keys);
const matrixAt = (value: unknown, ...keys: string[]) => listAt(numbersAt, value, keys);

export const readReference = (dataDirectory: string, file: string) => ({
  file,
  json: JSON.parse(readFileSync(path.join(dataDirectory, file), 'utf8')) as unknown,
});

/** statsmodels' growth-rate regression ginv ~ ggdp + lint (n = 202): X (no constant) and y. */
export function readMacrodata(dataDirectory: string) {
  const { file, json } = readReference(dataDirectory, 'statsmodels_macrodata_diagnostics.json');
  const rate = numbersAt(json, 'derived', 'lint');
  const X = numbersAt(json, 'derived', 'gs_l_realgdp').map((value, i) => [value, rate[i] ?? NaN]);
  return { file, json, X, y: numbersAt(json, 'derived', 'endog') };
}

export function readLongley(dataDirectory: string) {
  const { file, json } = readReference(dataDirectory, 'statsmodels_longley.json');
  return { file, json, X: matrixAt(json, 'data', 'exog'), y: numbersAt(json, 'data', 'TOTEMP') };
}
