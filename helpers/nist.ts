/**
 * The NIST StRD linear-regression datasets: readers for the lab's own copy (reference/nist/
 * <Name>.json, with its provenance) and for NIST's original `.dat` text format (from which
 * scripts/reference/import.ts writes that copy), and the log relative error used to score
 * results against their certified values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from './errors';
import { maxOf } from './validation';

export interface NistDataset {
  readonly name: string;
  /** Certified coefficients B0 … (or B1 … without an intercept), in model order. */
  readonly certifiedCoefficients: number[];
  readonly certifiedStandardErrors: number[];
  readonly certifiedResidualSd: number;
  readonly certifiedRSquared: number;
  readonly intercept: boolean;
  /** Polynomial in one variable (Pontius, Filip, Wampler1–5), with this degree; 0 otherwise. */
  readonly polynomialDegree: number;
  readonly y: number[];
  /** Predictor rows as printed (one column for polynomial and one-variable sets). */
  readonly X: number[][];
}

function lineRange(text: string, label: string, file: string): [number, number] {
  const match = new RegExp(`${label}\\s*\\(lines (\\d+) to (\\d+)\\)`).exec(text);
  if (match === null) {
    throw new InvalidArgumentError('readNistDataset', `found no "${label}" line range in ${file}`);
  }
  return [Number(match[1]), Number(match[2])];
}

/** Parses one NIST StRD `.dat` file. */
export function readNistDataset(file: string): NistDataset {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const [certifiedStart, certifiedEnd] = lineRange(text, 'Certified Values', file);
  const [dataStart, dataEnd] = lineRange(text, 'Data', file);
  const certified = lines.slice(certifiedStart - 1, certifiedEnd);
  const numbersOf = (line: string): number[] =>
    (line.match(/-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/g) ?? []).map(Number);

  const coefficientLines = certified.filter((line) => /^\s*B\d+\s/.test(line));
  const lastValueOn = (label: RegExp): number => {
    const index = certified.findIndex((line) => label.test(line));
    const values = numbersOf(certified[index] ?? '').concat(numbersOf(certified[index + 1] ?? ''));
    return values[values.length - 1] ?? Number.NaN;
  };
  const model = lines.find((line) => /^\s*y = /.test(line)) ?? '';
  const powers = [...model.matchAll(/\*\*(\d+)/g)].map((match) => Number(match[1]));
  const rows = lines
    .slice(dataStart - 1, dataEnd)
    .map(numbersOf)
    .filter((values) => values.length > 0);
  return {
    name: path.basename(file, '.dat'),
    certifiedCoefficients: coefficientLines.map(
      (line) => numbersOf(line.replace(/^\s*B\d+/, ''))[0]!,
    ),
    certifiedStandardErrors: coefficientLines.map(
      (line) => numbersOf(line.replace(/^\s*B\d+/, ''))[1]!,
    ),
    // "Residual Standard Deviation" spans two lines in some files; the value ends the pair.
    certifiedResidualSd: lastValueOn(/Residual/),
    certifiedRSquared: lastValueOn(/R-Squared/),
    intercept: /\bB0\b/.test(model),
    polynomialDegree: powers.length > 0 ? maxOf(powers) : 0,
    y: rows.map((values) => values[0]!),
    X: rows.map((values) => values.slice(1)),
  };
}

/** The lab's own copy of a dataset, reference/nist/<Name>.json, as import.ts wrote it. */
export function readNistReference(file: string): NistDataset {
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    name: string;
    intercept: boolean;
    polynomialDegree: number;
    certified: {
      coefficients: number[];
      standardErrors: number[];
      residualSd: number;
      rSquared: number;
    };
    y: number[];
    X: number[][];
  };
  return {
    name: json.name,
    certifiedCoefficients: json.certified.coefficients,
    certifiedStandardErrors: json.certified.standardErrors,
    certifiedResidualSd: json.certified.residualSd,
    certifiedRSquared: json.certified.rSquared,
    intercept: json.intercept,
    polynomialDegree: json.polynomialDegree,
    y: json.y,
    X: json.X,
  };
}

/** The eleven linear-regression datasets of NIST StRD, in order of difficulty within kind. */
export const NIST_DATASETS = [
  'Norris',
  'Pontius',
  'NoInt1',
  'NoInt2',
  'Filip',
  'Longley',
  'Wampler1',
  'Wampler2',
  'Wampler3',
  'Wampler4',
  'Wampler5',
] as const;

/**
 * Log relative error, the usual accuracy figure for NIST StRD: −log10(|estimate − certified| /
 * |certified|), the absolute error where the certified value is 0, capped at 15 (about the
 * digits a double holds); 0 for a non-finite estimate.
 */
export function logRelativeError(estimate: number, certified: number): number {
  if (!Number.isFinite(estimate)) return 0;
  const error = Math.abs(estimate - certified) / (certified === 0 ? 1 : Math.abs(certified));
  if (error === 0) return 15;
  return Math.max(0, Math.min(15, -Math.log10(error)));
}
