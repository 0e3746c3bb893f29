/**
 * `npm run mutation [-- --module week_02] [--mutate <file>] [--concurrency 2]`: mutation
 * testing of the reference solutions with StrykerJS. Stryker changes one small thing in a
 * solution at a time (a `<` into `<=`, a `- 1` into `+ 1`, a branch removed) and runs the
 * specs that cover it (vitest.stryker.config.ts: every spec against solutions/). A mutant the
 * specs do not notice is a behaviour of the solution that nothing pins down: either a spec
 * is missing, or the mutant is equivalent to the original, which its source line then says
 * with a `// Stryker disable next-line <mutator>: <why it is equivalent>` comment.
 *
 * --module   a prefix of module folder names (`week_02` or `week_02_bias_variance`); default all
 * --mutate   one solution file (or a Stryker glob) instead, for quick iterations on one kata
 * Writes Stryker's JSON report to reports/mutation/<module, file or "all">.json, prints the score
 * per file and per module, and exits non-zero when a module scores below 90%. A run over whole
 * modules (not --mutate) records each module's score, with the commit and date, in
 * mutation/last_run.json (commit it), which `npm run verify` prints.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { parseArgs, UsageError } from './lib/cli_args';
import { git } from './lib/git';
import { MUTATION_RECORD, writeMutationRecord } from './lib/mutation_record';
import { formatScores, scores, type MutantOutcome } from './lib/mutation_score';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The score below which a module fails the run. */
const TARGET = 90;

function mutateGlobs(modulePrefix: string | undefined): string[] {
  const modules = readdirSync(path.join(root, 'solutions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(modulePrefix ?? ''))
    .map((entry) => entry.name);
  if (modules.length === 0)
    throw new UsageError(`no module in solutions/ starts with ${modulePrefix ?? ''}`);
  return modules.flatMap((id) => [`solutions/${id}/*.ts`, `!solutions/${id}/index.ts`]);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { options: ['module', 'mutate', 'concurrency'] });
  const modulePrefix = args.options.get('module');
  const single = args.options.get('mutate');
  const mutate = single !== undefined ? [single] : mutateGlobs(modulePrefix);
  const label = (single ?? modulePrefix ?? 'all')
    .replace(/^solutions\//, '')
    .replace(/\.ts$/, '')
    .replace(/[^\w.-]+/g, '_');
  const report = path.join('reports', 'mutation', `${label}.json`);
  mkdirSync(path.join(root, 'reports', 'mutation'), { recursive: true });

  const started = performance.now();
  const results = await new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner', './scripts/lib/stryker_message_ignorer.ts'],
    ignorers: ['error-messages'],
    // Stryker's worker processes load the plugins too, the TypeScript one through tsx.
    testRunnerNodeArgs: ['--import', 'tsx'],
    vitest: { configFile: 'vitest.stryker.config.ts', related: false },
    mutate,
    coverageAnalysis: 'perTest',
    concurrency: Number(args.options.get('concurrency') ?? 2),
    reporters: ['progress', 'clear-text', 'json'],
    jsonReporter: { fileName: report },
    clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: false },
    // The sandbox lives in .lab/, which tsc, ESLint and Prettier skip, and holds what the specs need.
    tempDirName: '.lab/stryker-tmp',
    ignorePatterns: [
      '/.lab',
      '/experiments',
      '/theory',
      '/decoys',
      '/scripts/report',
      '/scripts/bench',
    ],
    thresholds: { high: TARGET, low: 80, break: null },
    timeoutMS: 10000,
  }).runMutationTest();
  const minutes = (performance.now() - started) / 60000;

  const outcomes: MutantOutcome[] = results.map((result) => ({
    file: path.relative(root, result.fileName).split(path.sep).join('/'),
    status: result.status,
    mutatorName: result.mutatorName,
    replacement: result.replacement,
    line: result.location.start.line,
  }));
  const { files, modules, total } = scores(outcomes);
  console.log(`\n${formatScores([...files, ...modules, total])}`);
  console.log(`\n${results.length} mutants in ${minutes.toFixed(1)} min; report: ${report}`);
  if (single === undefined) {
    const commit = git(root, ['rev-parse', 'HEAD']).trim();
    writeMutationRecord(root, modules, { commit, date: new Date() });
    console.log(`recorded in ${MUTATION_RECORD} (commit it; npm run verify prints it)`);
  }
  const below = modules.filter((module) => !(module.score >= TARGET));
  if (single === undefined && below.length > 0) {
    console.log(`below ${TARGET}%: ${below.map((module) => module.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `mutation: ${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
