/**
 * The kata-red check: every spec, run against the pristine stubs, fails with its own kata's
 * NotImplementedError. One that passes on a stub cannot fail, so it teaches nothing; one that
 * fails for another reason (an import error, a timeout, another kata's error) points the
 * learner at the wrong place.
 */
import { allKatas } from '../../curriculum';
import { failure, pass, type CheckResult } from './checks';
import type { RecordedRun } from './results_reporter';

/** What is wrong with one test's outcome on its kata's stub; undefined when it is right. */
function problem(kataId: string, { state, errors: [first] }: RecordedRun['tests'][number]) {
  if (state === 'passed') return 'passes on the pristine stub: this spec cannot fail';
  if (state !== 'failed') return `was ${state} on the pristine stub`;
  if (first?.name === 'NotImplementedError' && first.message.includes(`kata ${kataId}`)) return;
  return `fails with ${first?.name ?? 'no error'}: ${(first?.message ?? '').split('\n')[0]} — expected kata ${kataId}'s NotImplementedError`;
}

export function checkKataRed(run: RecordedRun): CheckResult[] {
  const moduleErrors = run.moduleErrors.filter((error) => error.project === 'pristine');
  const results = moduleErrors.map(({ file, errors: [first] }) =>
    failure(
      `kata-red ${file}`,
      `the spec file fails before any spec runs: ${first?.name}: ${first?.message}`,
    ),
  );
  for (const kata of allKatas()) {
    const tests = run.tests.filter((t) => t.project === 'pristine' && t.file === kata.spec);
    if (tests.length === 0 && !moduleErrors.some((error) => error.file === kata.spec))
      results.push(failure(`kata-red ${kata.spec}`, 'no spec ran for this kata'));
    for (const test of tests) {
      const name = `kata-red ${kata.spec} > ${test.name}`;
      const why = problem(kata.id, test);
      results.push(why === undefined ? pass(name) : failure(name, why));
    }
  }
  return results;
}
