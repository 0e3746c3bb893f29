/**
 * `npm run validate:reference [-- --data <dir>]`: week 01's reference solutions against NIST StRD,
 * R, gretl, Stata and exact values read from reference/ (or a folder laid out the same way), a
 * table per group; exits non-zero on a failed check, a missing folder or a group that cannot run.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, UsageError } from './lib/cli_args';
import { labRoot } from './lib/command';
import { checkDiagnostics } from './validate_reference/diagnostics';
import { checkInfluence } from './validate_reference/influence';
import { checkNist } from './validate_reference/nist';
import type { ReferenceCheck } from './validate_reference/rows';
import { maxOf, minOf } from '../helpers/validation';

function usage(problem: string): never {
  console.error(`validate:reference ${problem}`);
  console.error('usage: npm run validate:reference [-- --data <folder laid out like reference/>]');
  process.exit(1);
}

let args;
try {
  args = parseArgs(process.argv.slice(2), { options: ['data'] });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  usage(error.message);
}
if (args.positional.length > 0) usage(`unexpected argument ${args.positional[0]}`);
const value = args.options.get('data');
const dataDirectory = value === undefined ? path.join(labRoot, 'reference') : path.resolve(value);
if (value !== undefined && !statSync(dataDirectory, { throwIfNoEntry: false })?.isDirectory()) {
  usage(`found no folder at ${dataDirectory}`);
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
