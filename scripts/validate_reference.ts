/**
 * `npm run validate:reference [-- --data <dir>]`: week 01's reference solutions against NIST StRD,
 * R, gretl, Stata and exact values read from reference/ (or a folder laid out the same way), a
 * table per group; exits non-zero on a failed check, a missing folder or a group that cannot run.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, runMain, UsageError } from './lib/cli_args';
import { labRoot } from './lib/command';
import { checkDiagnostics } from './validate_reference/diagnostics';
import { checkInfluence } from './validate_reference/influence';
import { checkNist } from './validate_reference/nist';
import type { ReferenceCheck } from './validate_reference/rows';
import { maxOf, minOf } from '../helpers/validation';

const USAGE = 'usage: npm run validate:reference [-- --data <folder laid out like reference/>]';

/** The folder the command line names, reference/ by default. */
function dataFolder(argv: readonly string[]): string {
  const { positional, options } = parseArgs(argv, { options: ['data'] });
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  const value = options.get('data');
  const folder = value === undefined ? path.join(labRoot, 'reference') : path.resolve(value);
  if (value !== undefined && !statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`found no folder at ${folder}`);
  return folder;
}

/** Significant digits enough to see where two long numbers part. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value) || value === 0) return String(value);
  return Math.abs(value) >= 1e-4 && Math.abs(value) < 1e9
    ? String(Number(value.toPrecision(15)))
    : value.toExponential(14);
}

function formatScore({ criterion, score, pass, threshold }: ReferenceCheck): string {
  if (criterion === 'lre')
    return `LRE ${score.toFixed(1).padStart(4)} ${pass ? '≥' : '<'} ${threshold}`;
  const text = Number.isFinite(score) ? score.toExponential(1) : String(score);
  return `rel ${text} ${pass ? '≤' : '>'} ${Number(threshold.toPrecision(2)).toExponential()}`;
}

function main(): void {
  const dataDirectory = dataFolder(process.argv.slice(2));
  console.log(`reference data: ${dataDirectory}`);
  const checks: ReferenceCheck[] = [];
  let brokenGroups = 0;
  const groups = { nist: checkNist, influence: checkInfluence, diagnostics: checkDiagnostics };
  for (const [name, run] of Object.entries(groups)) {
    try {
      checks.push(...run(dataDirectory));
    } catch (error) {
      brokenGroups += 1;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.log(`\n✗ ${name}: could not run (${message})`);
    }
  }
  for (const group of new Set(checks.map((check) => check.group))) {
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
      const [expected, actual] = [check.expected, check.actual].map((v) =>
        formatNumber(v).padStart(21),
      );
      console.log(
        `  ${check.pass ? '✓' : '✗'} ${check.quantity.padEnd(width)}  expected ${expected}  got ${actual}  ${formatScore(check)}`,
      );
    }
  }
  const failed = checks.filter((check) => !check.pass).length;
  console.log(`\nreference: ${checks.length - failed} passed, ${failed + brokenGroups} failed`);
  if (failed + brokenGroups > 0) process.exitCode = 1;
}

await runMain('validate:reference', () => Promise.resolve(main()), { code: 1, usage: USAGE });
