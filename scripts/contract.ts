/**
 * `npm run contract [-- <kata id | module>] [--fresh]`: contract coverage of the specs.
 * Reads each kata stub's declarations (scripts/lib/contract/elements.ts): the options of every
 * exported function with their documented defaults, `intercept: false`, every field of its
 * result, its array inputs, and the error classes of the header's `Errors` paragraph. For each
 * element, a mutant of the solution changes just that at the function's boundary; the element
 * is covered when at least one spec of the kata fails against the mutant. All mutants of all
 * katas run in one Vitest process (the `contract` project). Prints the coverage per kata and
 * every element not covered with the reason; exits non-zero when one is not.
 *
 * A kata runs again only when something its result depends on changed (its stub, spec,
 * solution, the files they import, the check itself: fingerprint.ts); --fresh runs every kata.
 */
import { parseArgs, UsageError } from './lib/cli_args';
import { contractSummary } from './lib/contract/coverage';
import { collectCoverage, prepareContract, selectKatas } from './lib/contract/project';
import { runSpecs } from './lib/run_specs';
import { labRoot as root } from './lib/command';

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
    .reduce((sum, contract) => sum + contract.elements.filter((e) => e.mutation).length, 0);
  const run =
    files.length === 0
      ? { tests: [], moduleErrors: [] }
      : await runSpecs(root, {
          projects: ['contract'],
          filters: files,
          env: { LAB_CONTRACT: '1' },
        });
  const seconds = (performance.now() - readAt) / 1000;
  for (const error of run.moduleErrors)
    console.log(
      `✗ ${error.file}: ${error.errors[0]?.name}: ${error.errors[0]?.message.split('\n')[0]}`,
    );
  const { coverages, stale } = collectCoverage(root, prepared);
  for (const kata of coverages) {
    const mark = kata.uncovered.length === 0 && kata.problems.length === 0 ? '✓' : '✗';
    const allowed = kata.allowed > 0 ? `, ${kata.allowed} allowed` : '';
    console.log(
      `${mark} ${kata.kataId}  ${kata.covered} of ${kata.total - kata.allowed} covered${allowed}`,
    );
    for (const problem of kata.problems) console.log(`    ! ${problem}`);
    for (const missing of kata.uncovered) console.log(`    ✗ ${missing.name}: ${missing.reason}`);
  }
  for (const entry of stale) console.log(`✗ allow list names no element: ${entry}`);
  console.log(
    `\n${contractSummary(coverages)}; ${mutants} mutants in ${seconds.toFixed(1)} s (contracts read in ${((readAt - started) / 1000).toFixed(1)} s)${reused.length > 0 ? `; unchanged since their last run, not rerun: ${reused.join(', ')}` : ''}`,
  );
  const complete = coverages.every(
    (kata) => kata.uncovered.length === 0 && kata.problems.length === 0,
  );
  process.exitCode = complete && stale.length === 0 && run.moduleErrors.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `contract: ${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
