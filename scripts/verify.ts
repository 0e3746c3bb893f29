/**
 * `npm run verify`: proves the whole lab sound in one command. Types, lint and format; the
 * curriculum check; every spec green on solutions/; every spec red on the pristine stubs
 * with its own kata's NotImplementedError; every misconception decoy rejected by its kata's
 * spec with the message it names; every theory id cited by a spec and every spec citing one;
 * the helpers' and scripts' own tests. Ends with
 * `N passed, N failed` over every check and spec it ran, and exits non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failure, pass, type CheckResult } from './lib/checks';
import { checkClosedModules } from './lib/closed_modules_check';
import { checkCurriculum } from './lib/curriculum_check';
import { checkDecoys, decoySummary } from './lib/decoys_check';
import { checkKataRed } from './lib/kata_red';
import type { RecordedRun } from './lib/results_reporter';
import { checkTraceability, traceabilitySummary } from './lib/traceability_check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);
const referenceApi = path.resolve(root, '..', 'shared', 'REFERENCE_API.md');
const resultsFile = path.join(root, '.lab', 'verify-results.json');
const fuzzFile = path.join(root, '.lab', 'fuzz-summary.json'); // written by helpers/fuzz.spec.ts

interface CommandOutcome {
  readonly code: number;
  readonly output: string;
}

function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function commandCheck(name: string, command: string, args: string[]): Promise<CheckResult> {
  const outcome = await runCommand(command, args);
  return outcome.code === 0
    ? pass(name)
    : failure(name, outcome.output.trim().split('\n').slice(-30).join('\n'));
}

/** Specs on the solutions and the helpers' tests: each test is one check. */
function greenChecks(run: RecordedRun, project: string): CheckResult[] {
  const moduleErrors = run.moduleErrors
    .filter((error) => error.project === project)
    .map((error) =>
      failure(`${project} ${error.file}`, `${error.errors[0]?.name}: ${error.errors[0]?.message}`),
    );
  const tests = run.tests
    .filter((test) => test.project === project)
    .map((test) =>
      test.state === 'passed'
        ? pass(`${project} ${test.file} > ${test.name}`)
        : failure(
            `${project} ${test.file} > ${test.name}`,
            `${test.state}: ${test.errors[0]?.message.split('\n')[0] ?? ''}`,
          ),
    );
  return [...moduleErrors, ...tests];
}

function report(section: string, results: readonly CheckResult[], seconds: number): void {
  const failed = results.filter((result) => !result.ok);
  const mark = failed.length === 0 ? '✓' : '✗';
  console.log(
    `${mark} ${section}: ${results.length - failed.length} passed, ${failed.length} failed (${seconds.toFixed(1)} s)`,
  );
  for (const result of failed)
    console.log(
      `    ✗ ${result.name}\n      ${(result.detail ?? '').split('\n').join('\n      ')}`,
    );
  for (const result of results.filter((r) => r.ok && r.detail !== undefined))
    console.log(`    · ${result.name}: ${result.detail}`);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, (performance.now() - start) / 1000];
}

/** `bad input: N of N refused clearly`, from the fuzz spec's summary (helpers/fuzz.spec.ts). */
function fuzzSummary(file: string): string {
  if (!existsSync(file)) return 'bad input: no summary (helpers/fuzz.spec.ts did not run)';
  const { refused, total } = JSON.parse(readFileSync(file, 'utf8')) as {
    refused: number;
    total: number;
  };
  return `bad input: ${refused} of ${total} refused clearly`;
}

/**
 * The tools' caches in .lab/ must parse; a corrupt one is named, to be deleted alone (the
 * learner's backups live beside them in .lab/backups/ and are never a cure's collateral).
 */
function checkCaches(): CheckResult[] {
  return ['.lab/eslintcache', '.lab/prettiercache'].flatMap((cache) => {
    if (!existsSync(path.join(root, cache))) return [];
    try {
      JSON.parse(readFileSync(path.join(root, cache), 'utf8'));
      return [pass(`cache ${cache}`)];
    } catch {
      return [
        failure(
          `cache ${cache}`,
          `${cache} is corrupt: delete that file alone (rm ${cache}) and run verify again; your backups in .lab/backups/ are not affected`,
        ),
      ];
    }
  });
}

async function main(): Promise<void> {
  const all: CheckResult[] = [];
  const section = async (name: string, work: () => Promise<CheckResult[]>): Promise<void> => {
    const [results, seconds] = await timed(work);
    report(name, results, seconds);
    all.push(...results);
  };

  await section('caches', () => Promise.resolve(checkCaches()));
  // The static checks share the two cores; each is single-threaded.
  const staticChecks = timed(() =>
    Promise.all([
      commandCheck('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']),
      commandCheck('lint (eslint)', bin('eslint'), [
        '--cache',
        '--cache-location',
        '.lab/eslintcache',
        '.',
      ]),
      commandCheck('format (prettier --check)', bin('prettier'), [
        '--check',
        '--cache',
        '--cache-location',
        '.lab/prettiercache',
        '.',
      ]),
    ]),
  );
  await section('curriculum', () =>
    checkCurriculum(root, existsSync(referenceApi) ? referenceApi : undefined),
  );
  await section('closed modules', () => Promise.resolve(checkClosedModules(root)));
  const traceability = checkTraceability(root);
  await section('traceability', () => Promise.resolve(traceability));
  console.log(`    ${traceabilitySummary(traceability)}`);
  const [staticResults, staticSeconds] = await staticChecks;
  report('types, lint, format', staticResults, staticSeconds);
  all.push(...staticResults);

  const [run, specSeconds] = await timed(async () => {
    rmSync(resultsFile, { force: true });
    rmSync(fuzzFile, { force: true });
    const outcome = await runCommand(
      bin('vitest'),
      [
        'run',
        '--project',
        'solutions',
        '--project',
        'pristine',
        '--project',
        'helpers',
        '--project',
        'decoy:*',
        '--reporter=dot',
        '--reporter=./scripts/lib/results_reporter.ts',
      ],
      { LAB_RESULTS_FILE: resultsFile, LAB_DECOYS: '1', LAB_FUZZ_SUMMARY: fuzzFile },
    );
    if (!existsSync(resultsFile)) {
      console.log(outcome.output);
      return undefined;
    }
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as RecordedRun;
  });
  if (run === undefined) {
    all.push(failure('vitest', 'the test run produced no results (see its output above)'));
  } else {
    report('specs on solutions/', greenChecks(run, 'solutions'), specSeconds);
    report('kata-red: specs on the pristine stubs', checkKataRed(run), specSeconds);
    report('helpers and scripts', greenChecks(run, 'helpers'), specSeconds);
    console.log(`    ${fuzzSummary(fuzzFile)}`);
    const decoys = checkDecoys(run);
    report('decoys', decoys, specSeconds);
    console.log(`    ${decoySummary(decoys)}`);
    all.push(
      ...greenChecks(run, 'solutions'),
      ...checkKataRed(run),
      ...greenChecks(run, 'helpers'),
      ...decoys,
    );
  }

  const failed = all.filter((result) => !result.ok).length;
  console.log(`\n${all.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
