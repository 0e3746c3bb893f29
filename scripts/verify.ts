/**
 * `npm run verify`: proves the whole lab sound in one command. Types, lint and format; the
 * curriculum check; every spec green on solutions/; every spec red on the pristine stubs
 * with its own kata's NotImplementedError; every misconception decoy rejected by its kata's
 * spec with the message it names; every alternative correct solution passing every spec of its
 * kata, and one for every kata; contract coverage (every option default, `intercept: false`,
 * result field, input and documented error of every stub pinned by a spec: npm run contract);
 * every theory id cited by a spec and every spec citing one; the helpers' and scripts' own
 * tests; the README's and docs' generated numbers and examples current (npm run docs); and it
 * prints the mutation score over the katas whose record in mutation/records/ is fresh, naming
 * the stale and unrecorded ones (npm run mutation -- <kata id> records one). Ends with
 * `N passed, N failed` over every check and spec it ran, and exits non-zero on any failure.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failure, pass, type CheckResult } from './lib/checks';
import { listAlternatives } from './lib/alternatives';
import { alternativesSummary, checkAlternatives } from './lib/alternatives_check';
import { checkClosedModules } from './lib/closed_modules_check';
import { runCommand } from './lib/command';
import { contractChecks, contractSummary } from './lib/contract/coverage';
import { collectCoverage, prepareContract, selectKatas } from './lib/contract/project';
import { curriculum } from '../curriculum';
import { checkCurriculum } from './lib/curriculum_check';
import { checkDecoys, decoySummary } from './lib/decoys_check';
import { checkGeneratedDocs } from './lib/generated_docs';
import { checkKataRed } from './lib/kata_red';
import { mutationLines, readKataRecords } from './lib/mutation_record';
import type { RecordedRun } from './lib/results_reporter';
import { publishedRef, staticChecks as runStaticChecks } from './lib/static_checks';
import { checkTraceability, traceabilitySummary } from './lib/traceability_check';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);
const resultsFile = path.join(root, '.lab', 'verify-results.json');
const fuzzFile = path.join(root, '.lab', 'fuzz-summary.json'); // written by helpers/fuzz.spec.ts

/** One command as one check: passes on exit code 0 (kept for sections that run a command). */
export async function commandCheck(
  name: string,
  command: string,
  args: string[],
): Promise<CheckResult> {
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

/**
 * `verify: 84.0 s wall, 121.3 s CPU`: the CPU is this process's and its finished commands'
 * (user + sys, Linux's /proc/self/stat; elsewhere this process's alone), the figure to
 * compare on a busy machine, where the wall time says more about the neighbours.
 */
function resources(started: number): string {
  const own = process.cpuUsage();
  let seconds = (own.user + own.system) / 1e6;
  let whose = 'this process alone';
  try {
    // Fields after the command's closing parenthesis: state is field 3, cutime and cstime 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    seconds += (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks, 100 a second on Linux
    whose = 'with its commands';
  } catch {
    // not Linux: this process's own time only
  }
  const wall = (performance.now() - started) / 1000;
  return `verify: ${wall.toFixed(1)} s wall, ${seconds.toFixed(1)} s CPU (user + sys, ${whose})`;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Pristine stubs as published: a learner's committed work is theirs, not the lab's (static_checks.ts).
  if (publishedRef(root) !== 'HEAD') process.env.LAB_PRISTINE_REF = publishedRef(root);
  const all: CheckResult[] = [];
  const section = async (name: string, work: () => Promise<CheckResult[]>): Promise<void> => {
    const [results, seconds] = await timed(work);
    report(name, results, seconds);
    all.push(...results);
  };

  await section('caches', () => Promise.resolve(checkCaches()));

  // Vitest first: it is the longest phase. Contract coverage runs in the same Vitest process; a
  // kata whose stub, spec, solution and their imports are unchanged since its last run keeps
  // that result (contract/fingerprint.ts).
  const katas = selectKatas(undefined);
  const [contract, contractPrepareSeconds] = await timed(() =>
    Promise.resolve(prepareContract(root, katas, { reuse: true })),
  );
  const specRun = timed(async () => {
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
        'decoys',
        '--project',
        'alternatives',
        ...(contract.files.length > 0 ? ['--project', 'contract'] : []),
        // Vitest's default for a run is one worker less than the cores: one worker on two. The
        // end-to-end specs of the scripts spend most of their time waiting for the commands
        // they start, and a second worker runs other spec files meanwhile.
        `--maxWorkers=${availableParallelism()}`,
        '--reporter=dot',
        '--reporter=./scripts/lib/results_reporter.ts',
      ],
      {
        LAB_RESULTS_FILE: resultsFile,
        LAB_DECOYS: '1',
        LAB_ALTERNATIVES: '1',
        LAB_FUZZ_SUMMARY: fuzzFile,
        LAB_CONTRACT: contract.files.length > 0 ? '1' : '0',
        // The hang watchdog's 20 s suits a learner's spec; here one contract spec file runs
        // many mutants, beside a cold tsc and eslint on a fresh clone, and may go longer than
        // 20 s without finishing a test (its tests may take 60 s: vitest.config.ts). A real hang
        // still fails, after this long.
        LAB_SPEC_TIMEOUT_MS: process.env.LAB_SPEC_TIMEOUT_MS ?? '180000',
      },
    );
    if (!existsSync(resultsFile)) {
      console.log(outcome.output);
      return undefined;
    }
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as RecordedRun;
  });
  // Types, lint, format, beside Vitest; a learner's changed stubs are checked as published
  // (static_checks.ts). Each tool is one thread.
  const staticChecks = timed(() => runStaticChecks(root));
  // The checks in this process run while those do.
  await section('curriculum', () => checkCurriculum(root));
  await section('closed modules', () => Promise.resolve(checkClosedModules(root)));
  const traceability = checkTraceability(root);
  await section('traceability', () => Promise.resolve(traceability));
  console.log(`    ${traceabilitySummary(traceability)}`);

  const [run, specSeconds] = await specRun;
  const [staticResults, staticSeconds] = await staticChecks;
  report('types, lint, format', staticResults, staticSeconds);
  all.push(...staticResults);
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
    const alternatives = listAlternatives(root);
    const kataIds = katas.map((kata) => kata.id);
    const alternativeChecks = checkAlternatives(run, alternatives, kataIds);
    report('alternative correct solutions', alternativeChecks, specSeconds);
    console.log(`    ${alternativesSummary(alternativeChecks, alternatives, kataIds)}`);
    const { coverages, stale } = collectCoverage(root, contract);
    const coverage = contractChecks(coverages, stale);
    report('contract coverage', coverage, specSeconds + contractPrepareSeconds);
    const rerun = katas.length - contract.reused.length;
    console.log(
      `    ${contractSummary(coverages)} (${rerun} of ${katas.length} katas run, the rest unchanged since their last run)`,
    );
    const generated = await checkGeneratedDocs(root, run);
    report('generated numbers and examples in the docs', generated, 0);
    all.push(...generated);
    all.push(
      ...greenChecks(run, 'solutions'),
      ...checkKataRed(run),
      ...greenChecks(run, 'helpers'),
      ...decoys,
      ...alternativeChecks,
      ...coverage,
    );
  }
  const allKatas = curriculum.flatMap((module) => module.katas);
  for (const line of mutationLines(root, allKatas, readKataRecords(root))) console.log(line);

  console.log(`\n${resources(started)}`);
  const failed = all.filter((result) => !result.ok).length;
  console.log(`${all.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

await main();
