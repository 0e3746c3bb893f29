/**
 * `npm run validate:reference [-- --data <dir>]`: checks week 01's reference solutions against
 * values from outside software: NIST StRD certified results, R (`lm`, `ls.diag`,
 * `influence.measures`, lmtest, car), gretl, Stata and exact computations, read from the
 * repository's reference/ folder (each file states its provenance; reference/README.md), or
 * from another folder laid out the same way.
 *
 * Prints one table per group of checks (NIST by LRE, the others by relative error), then
 * `reference: N passed, N failed`, and exits non-zero on any failure, on a missing folder or
 * on a group that cannot run.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './lib/cli_args';
import { checkDiagnostics } from './validate_reference/diagnostics';
import { checkInfluence } from './validate_reference/influence';
import { checkNist } from './validate_reference/nist';
import type { ReferenceCheck, ReferenceCheckGroup } from './validate_reference/types';
import { maxOf, minOf } from '../helpers/validation';

interface NamedGroup {
  readonly name: string;
  readonly run: ReferenceCheckGroup;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(problem: string): never {
  console.error(`validate:reference ${problem}`);
  console.error('usage: npm run validate:reference [-- --data <folder laid out like reference/>]');
  process.exit(1);
}

/** The value of `--data DIR` or `--data=DIR`; the repository's reference/ without one. */
function dataDirectoryFrom(argv: readonly string[]): string {
  let args;
  try {
    args = parseArgs(argv, { options: ['data'] });
  } catch (error) {
    if (error instanceof UsageError) usage(error.message);
    throw error;
  }
  if (args.positional.length > 0) usage(`unexpected argument ${args.positional[0] ?? ''}`);
  const value = args.options.get('data');
  if (value === undefined) return path.resolve(here, '..', 'reference');
  const folder = path.resolve(value);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    usage(`found no folder at ${folder}`);
  }
  return folder;
}

const groups: readonly NamedGroup[] = [
  { name: 'nist', run: checkNist },
  { name: 'influence', run: checkInfluence },
  { name: 'diagnostics', run: checkDiagnostics },
];

/** Significant digits enough to see where two long numbers part. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 1e-4 && magnitude < 1e9
    ? String(Number(value.toPrecision(15)))
    : value.toExponential(14);
}

function formatScore(check: ReferenceCheck): string {
  if (check.criterion === 'lre') {
    return `LRE ${check.score.toFixed(1).padStart(4)} ${check.pass ? '≥' : '<'} ${check.threshold}`;
  }
  const score = Number.isFinite(check.score) ? check.score.toExponential(1) : String(check.score);
  return `rel ${score} ${check.pass ? '≤' : '>'} ${Number(check.threshold.toPrecision(2)).toExponential()}`;
}

function printTable(checks: readonly ReferenceCheck[]): void {
  const groups = [...new Set(checks.map((check) => check.group))];
  for (const group of groups) {
    const rows = checks.filter((check) => check.group === group);
    const failed = rows.filter((check) => !check.pass).length;
    const lre = rows.filter((check) => check.criterion === 'lre').map((check) => check.score);
    const summary =
      lre.length > 0
        ? `minimum LRE ${minOf(lre).toFixed(1)}`
        : `worst relative error ${maxOf(rows.map((check) => check.score)).toExponential(1)}`;
    console.log(
      `\n${failed === 0 ? '✓' : '✗'} ${group}: ${rows.length - failed}/${rows.length} pass, ${summary}`,
    );
    for (const source of new Set(rows.map((check) => check.source))) {
      console.log(`  source: ${source}`);
    }
    const width = maxOf(rows.map((check) => check.quantity.length));
    for (const check of rows) {
      console.log(
        `  ${check.pass ? '✓' : '✗'} ${check.quantity.padEnd(width)}  expected ${formatNumber(check.expected).padStart(21)}  got ${formatNumber(check.actual).padStart(21)}  ${formatScore(check)}`,
      );
    }
  }
}

function main(): void {
  const dataDirectory = dataDirectoryFrom(process.argv.slice(2));
  console.log(`reference data: ${dataDirectory}`);
  const checks: ReferenceCheck[] = [];
  let brokenGroups = 0;
  for (const group of groups) {
    try {
      checks.push(...group.run(dataDirectory));
    } catch (error) {
      brokenGroups += 1;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.log(`\n✗ ${group.name}: could not run (${message})`);
    }
  }
  printTable(checks);
  const failed = checks.filter((check) => !check.pass).length + brokenGroups;
  const passed = checks.length - (failed - brokenGroups);
  console.log(`\nreference: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
