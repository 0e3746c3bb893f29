/**
 * `npm run mutation -- <kata id>… | --module <prefix> | --stale [--concurrency 1]`: StrykerJS on
 * each kata's solution under its own spec, recorded per kata (CONTRIBUTING.md, Mutation testing).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import { curriculum, type Kata } from '../curriculum';
import { resolveKata } from './kata/resolve_kata';
import { parseArgs, runMain, UsageError } from './lib/cli_args';
import { git } from './lib/git';
import {
  fileHash,
  kataRecord,
  MUTATION_RECORDS,
  readKataRecords,
  recordState,
  writeKataRecord,
} from './lib/mutation_record';
import { labRoot as root } from './lib/command';

/** The score below which a kata fails the run. */
const TARGET = 90;

function selectKatas(ids: readonly string[], modulePrefix?: string, stale = false): Kata[] {
  if (ids.length > 0) return ids.map((id) => resolveKata(curriculum, id));
  const katas = curriculum
    .filter((module) => module.id.startsWith(modulePrefix ?? ''))
    .flatMap((module) => module.katas);
  if (modulePrefix !== undefined && katas.length === 0)
    throw new UsageError(`no module starts with ${modulePrefix}`);
  if (modulePrefix !== undefined) return katas;
  if (!stale)
    throw new UsageError(
      'name katas (npm run mutation -- 01.04 02.01), a module (--module week_02) or --stale',
    );
  const records = readKataRecords(root);
  return katas.filter((kata) => recordState(root, kata, records.get(kata.id)).state !== 'fresh');
}

async function mutateKata(kata: Kata, concurrency: number): Promise<number> {
  const report = path.join('reports', 'mutation', `${kata.id}.json`);
  const hashes = {
    solutionHash: fileHash(root, kata.solution),
    specHash: fileHash(root, kata.spec),
  };
  // vitest.stryker.config.ts runs only this spec.
  process.env.LAB_MUTATION_SPEC = kata.spec;
  const started = performance.now();
  const results = await new Stryker({
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner', './scripts/lib/stryker_message_ignorer.ts'],
    ignorers: ['error-messages'],
    // Stryker's worker processes load the plugins too, the TypeScript one through tsx.
    testRunnerNodeArgs: ['--import', 'tsx'],
    // The kata's spec is chosen by the configuration; `related` would add every other spec that
    // imports this solution.
    vitest: { configFile: 'vitest.stryker.config.ts', related: false },
    mutate: [kata.solution],
    // Each mutant runs only the tests that reached it in the dry run (the vitest runner filters
    // by test name), so a mutant in a validation branch does not pay for the Monte Carlo specs.
    coverageAnalysis: 'perTest',
    concurrency,
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
      '/reports',
      '/scripts/report',
      '/scripts/bench',
    ],
    thresholds: { high: TARGET, low: 80, break: null },
    timeoutMS: 10000,
  }).runMutationTest();
  const minutes = (performance.now() - started) / 60000;
  const record = kataRecord(kata, hashes, results, {
    commit: git(root, ['rev-parse', 'HEAD']).trim(),
    date: new Date(),
    minutes,
    concurrency,
  });
  writeKataRecord(root, record);
  const perMutant = results.length > 0 ? (60 * minutes) / results.length : 0;
  console.log(
    `\nmutation ${kata.id}: ${record.score.toFixed(1)}% (${record.killed} killed of which ${record.timedOut} timed out, ${record.survived} survived, ${record.noCoverage} no coverage, ${record.ignored} ignored, ${record.errors} errors); ${results.length} mutants in ${minutes.toFixed(1)} min (${perMutant.toFixed(2)} s each, concurrency ${concurrency}); recorded in ${MUTATION_RECORDS}/${kata.id}.json, report ${report}`,
  );
  return record.score;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), {
    options: ['module', 'concurrency'],
    flags: ['stale'],
  });
  const katas = selectKatas(args.positional, args.options.get('module'), args.flags.has('stale'));
  const concurrency = Number(args.options.get('concurrency') ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError('--concurrency takes a whole number ≥ 1');
  mkdirSync(path.join(root, 'reports', 'mutation'), { recursive: true });
  const below: string[] = [];
  for (const kata of katas) {
    if (!((await mutateKata(kata, concurrency)) >= TARGET)) below.push(kata.id);
  }
  if (below.length > 0) {
    console.log(`below ${TARGET}%: ${below.join(', ')}`);
    process.exitCode = 1;
  }
}

await runMain('mutation', main, { print: true });
