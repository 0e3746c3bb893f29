/**
 * `npm run verify`: proves the whole lab sound in one command (CONTRIBUTING.md lists its checks).
 * Ends with `N passed, N failed` over every check and spec it ran; non-zero exit on a failure.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { allKatas } from '../curriculum';
import { failure, pass, type CheckResult } from './lib/checks';
import { checkClosedModules } from './lib/closed_modules_check';
import { labRoot as root, runCommand } from './lib/command';
import { contractChecks, contractSummary } from './lib/contract/coverage';
import {
  collectCoverage,
  contractSpecTimeout,
  prepareContract,
  selectKatas,
} from './lib/contract/project';
import { checkCurriculum } from './lib/curriculum_check';
import { checkGeneratedDocs } from './lib/generated_docs';
import { checkKataRed } from './lib/kata_red';
import { mutationLines, readKataRecords } from './lib/mutation_record';
import { listAlternatives, listDecoys } from './lib/replacements';
import {
  alternativesSummary,
  checkAlternatives,
  checkDecoys,
  decoySummary,
} from './lib/replacements_check';
import type { RecordedRun } from './lib/results_reporter';
import { publishedRef, staticChecks as runStaticChecks } from './lib/static_checks';
import { checkTraceability, traceabilitySummary } from './lib/traceability_check';

const resultsFile = path.join(root, '.lab', 'verify-results.json');
const fuzzFile = path.join(root, '.lab', 'fuzz-summary.json'); // written by helpers/fuzz.spec.ts

/** Specs on the solutions and the helpers' tests: each test is one check. */
const greenChecks = (run: RecordedRun, project: string): CheckResult[] => [
  ...run.moduleErrors
    .filter((error) => error.project === project)
    .map(({ file, errors: [first] }) =>
      failure(`${project} ${file}`, `${first?.name}: ${first?.message}`),
    ),
  ...run.tests
    .filter((test) => test.project === project)
    .map((test) => {
      const name = `${project} ${test.file} > ${test.name}`;
      const why = `${test.state}: ${test.errors[0]?.message.split('\n')[0] ?? ''}`;
      return test.state === 'passed' ? pass(name) : failure(name, why);
    }),
];

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, (performance.now() - start) / 1000];
}

/** A corrupt cache in .lab/ is named, to be deleted alone (the backups beside it are kept). */
const checkCaches = (): CheckResult[] =>
  ['.lab/eslintcache', '.lab/prettiercache']
    .filter((cache) => existsSync(path.join(root, cache)))
    .map((cache) => {
      try {
        JSON.parse(readFileSync(path.join(root, cache), 'utf8'));
        return pass(`cache ${cache}`);
      } catch {
        return failure(
          `cache ${cache}`,
          `${cache} is corrupt: delete that file alone (rm ${cache}) and run verify again; your backups in .lab/backups/ are not affected`,
        );
      }
    });

/** Wall time and CPU (with the finished commands' on Linux): the figure for a busy machine. */
function resources(started: number): string {
  const own = process.cpuUsage();
  let seconds = (own.user + own.system) / 1e6;
  let whose = 'this process alone';
  try {
    // After the command's closing parenthesis, cutime and cstime are fields 16 and 17 (state: 3).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    seconds += (Number(fields[13]) + Number(fields[14])) / 100; // ticks, 100 a second on Linux
    whose = 'with its commands';
  } catch {
    // not Linux
  }
  const wall = (performance.now() - started) / 1000;
  return `verify: ${wall.toFixed(1)} s wall, ${seconds.toFixed(1)} s CPU (user + sys, ${whose})`;
}

const started = performance.now();
// Pristine stubs as published: a learner's committed work is theirs (static_checks.ts).
if (publishedRef(root) !== 'HEAD') process.env.LAB_PRISTINE_REF = publishedRef(root);
const all: CheckResult[] = [];
/** Prints a section's line, its failures and notes, then `summary`; counts its results. */
function record(name: string, results: readonly CheckResult[], seconds: number, summary = '') {
  const failed = results.filter((result) => !result.ok);
  console.log(
    `${failed.length === 0 ? '✓' : '✗'} ${name}: ${results.length - failed.length} passed, ${failed.length} failed (${seconds.toFixed(1)} s)`,
  );
  for (const { name, detail = '' } of failed)
    console.log(`    ✗ ${name}\n      ${detail.split('\n').join('\n      ')}`);
  for (const { name, ok, detail } of results)
    if (ok && detail !== undefined) console.log(`    · ${name}: ${detail}`);
  if (summary) console.log(`    ${summary}`);
  all.push(...results);
}
const section = async (name: string, work: () => CheckResult[] | Promise<CheckResult[]>) =>
  record(name, ...(await timed(work)));

await section('caches', checkCaches);

// Vitest first: it is the longest phase. Contract coverage runs in the same Vitest process; a
// kata whose stub, spec, solution and their imports are unchanged since its last run keeps
// that result (contract/project.ts).
const katas = selectKatas(undefined);
const [contract, contractPrepareSeconds] = await timed(() =>
  prepareContract(root, katas, { reuse: true }),
);
const withContract = contract.files.length > 0;
const specRun = timed(async () => {
  rmSync(resultsFile, { force: true });
  rmSync(fuzzFile, { force: true });
  const projects = ['solutions', 'pristine', 'helpers', 'decoys', 'alternatives'];
  const outcome = await runCommand(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    [
      'run',
      ...[...projects, ...(withContract ? ['contract'] : [])].flatMap((p) => ['--project', p]),
      // Vitest's default is a worker less than the cores, one on two; the scripts' end-to-end
      // specs mostly wait for their commands, and a second worker runs other files meanwhile.
      `--maxWorkers=${availableParallelism()}`,
      '--reporter=dot',
      '--reporter=./scripts/lib/results_reporter.ts',
    ],
    {
      LAB_RESULTS_FILE: resultsFile,
      LAB_DECOYS: '1',
      LAB_ALTERNATIVES: '1',
      LAB_FUZZ_SUMMARY: fuzzFile,
      LAB_CONTRACT: withContract ? '1' : '0',
      ...contractSpecTimeout(),
    },
  );
  if (existsSync(resultsFile)) return JSON.parse(readFileSync(resultsFile, 'utf8')) as RecordedRun;
  console.log(outcome.output);
  return undefined;
});
// Types, lint, format, beside Vitest (each tool is one thread); the checks in this process
// run while those do.
const staticChecks = timed(() => runStaticChecks(root));
await section('curriculum', () => checkCurriculum(root));
await section('closed modules', () => checkClosedModules(root));
const [traceability, traceabilitySeconds] = await timed(() => checkTraceability(root));
record('traceability', traceability, traceabilitySeconds, traceabilitySummary(traceability));

const [run, specSeconds] = await specRun;
record('types, lint, format', ...(await staticChecks));
if (run === undefined) {
  all.push(failure('vitest', 'the test run produced no results (see its output above)'));
} else {
  record('specs on solutions/', greenChecks(run, 'solutions'), specSeconds);
  record('kata-red: specs on the pristine stubs', checkKataRed(run), specSeconds);
  const fuzz = existsSync(fuzzFile)
    ? (JSON.parse(readFileSync(fuzzFile, 'utf8')) as Record<string, number>)
    : undefined;
  const refused = fuzz
    ? `bad input: ${fuzz.refused} of ${fuzz.total} refused clearly`
    : 'bad input: no summary (helpers/fuzz.spec.ts did not run)';
  record('helpers and scripts', greenChecks(run, 'helpers'), specSeconds, refused);
  const decoys = checkDecoys(run, listDecoys(root));
  record('decoys', decoys, specSeconds, decoySummary(decoys));
  const kataIds = katas.map((kata) => kata.id);
  const alternatives = checkAlternatives(run, listAlternatives(root), kataIds);
  const summary = alternativesSummary(alternatives);
  record('alternative correct solutions', alternatives, specSeconds, summary);
  const { coverages, stale } = collectCoverage(root, contract);
  const coverage = contractChecks(coverages, stale);
  const rerun = katas.length - contract.reused.length;
  const contractLine = `${contractSummary(coverages)} (${rerun} of ${katas.length} katas run, the rest unchanged since their last run)`;
  record('contract coverage', coverage, specSeconds + contractPrepareSeconds, contractLine);
  record('generated numbers and examples in the docs', await checkGeneratedDocs(root, run), 0);
}
for (const line of mutationLines(root, allKatas(), readKataRecords(root))) console.log(line);

console.log(`\n${resources(started)}`);
const failed = all.filter((result) => !result.ok).length;
console.log(`${all.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
