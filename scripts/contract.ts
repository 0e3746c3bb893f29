/**
 * `npm run contract [-- <kata id | module>] [--fresh]`: whether a spec of each kata fails when one
 * element of its stub's contract (lib/contract/elements.ts) changes; --fresh reruns unchanged katas.
 */
import { parseArgs, runMain, UsageError } from './lib/cli_args';
import { labRoot as root } from './lib/command';
import { closedGapProblem, contractChecks, contractSummary } from './lib/contract/coverage';
import {
  collectCoverage,
  contractSpecTimeout,
  prepareContract,
  selectKatas,
} from './lib/contract/project';
import { runSpecs } from './lib/run_specs';

const seconds = (from: number, to = performance.now()): string => ((to - from) / 1000).toFixed(1);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { flags: ['fresh'] });
  if (args.positional.length > 1) throw new UsageError('give at most one kata id or module');
  const started = performance.now();
  const katas = selectKatas(args.positional[0]);
  const prepared = prepareContract(root, katas, { reuse: !args.flags.has('fresh') });
  const { contracts, files, reused } = prepared;
  const readAt = performance.now();
  const mutants = contracts
    .filter((contract) => !reused.includes(contract.kataId))
    .flatMap((contract) => contract.elements.filter((element) => element.mutation)).length;
  const run =
    files.length === 0
      ? { tests: [], moduleErrors: [] }
      : await runSpecs(root, {
          projects: ['contract'],
          filters: files,
          env: { LAB_CONTRACT: '1', ...contractSpecTimeout() },
        });
  const ranFor = seconds(readAt);
  for (const { file, errors } of run.moduleErrors)
    console.log(`✗ ${file}: ${errors[0]?.name}: ${errors[0]?.message.split('\n')[0]}`);
  const { coverages, stale } = collectCoverage(root, prepared);
  // Pass or fail as verify's contract section does (an open gap now covered fails too).
  const checks = contractChecks(coverages, stale);
  coverages.forEach((kata, index) => {
    const ok = checks[index]?.ok === true;
    const allowed = kata.allowed > 0 ? `, ${kata.allowed} allowed` : '';
    console.log(
      `${ok ? '✓' : '✗'} ${kata.kataId}  ${kata.covered} of ${kata.total - kata.allowed} covered${allowed}`,
    );
    for (const problem of [...kata.problems, ...kata.closedGaps.map(closedGapProblem)])
      console.log(`    ! ${problem}`);
    for (const missing of kata.uncovered) console.log(`    ✗ ${missing.name}: ${missing.reason}`);
  });
  for (const entry of stale) console.log(`✗ allow list names no element: ${entry}`);
  const notRerun =
    reused.length > 0 ? `; unchanged since their last run, not rerun: ${reused.join(', ')}` : '';
  console.log(
    `\n${contractSummary(coverages)}; ${mutants} mutants in ${ranFor} s (contracts read in ${seconds(started, readAt)} s)${notRerun}`,
  );
  process.exitCode = checks.every((check) => check.ok) && run.moduleErrors.length === 0 ? 0 : 1;
}

await runMain('contract', main, { print: true });
