/**
 * The kata-red check: every spec, run against the pristine stubs (as committed), fails with
 * its own kata's NotImplementedError. A spec that passes on a stub cannot fail, so it teaches
 * nothing; one that fails for another reason (an import or syntax error, a timeout, another
 * kata's error) points the learner at the wrong place. Each is reported by file and name.
 */
import { allKatas } from '../../curriculum';
import { failure, pass, type CheckResult } from './checks';
import type { RecordedRun } from './results_reporter';

export function checkKataRed(run: RecordedRun, project = 'pristine'): CheckResult[] {
  const katas = allKatas();
  const results: CheckResult[] = [];
  for (const moduleError of run.moduleErrors.filter((e) => e.project === project)) {
    const first = moduleError.errors[0];
    results.push(
      failure(
        `kata-red ${moduleError.file}`,
        `the spec file fails before any spec runs: ${first?.name}: ${first?.message}`,
      ),
    );
  }
  for (const kata of katas) {
    const tests = run.tests.filter((test) => test.project === project && test.file === kata.spec);
    if (
      tests.length === 0 &&
      !run.moduleErrors.some((e) => e.project === project && e.file === kata.spec)
    ) {
      results.push(failure(`kata-red ${kata.spec}`, 'no spec ran for this kata'));
    }
    for (const test of tests) {
      const name = `kata-red ${kata.spec} > ${test.name}`;
      const first = test.errors[0];
      if (test.state === 'passed') {
        results.push(failure(name, 'passes on the pristine stub: this spec cannot fail'));
      } else if (test.state !== 'failed') {
        results.push(failure(name, `was ${test.state} on the pristine stub`));
      } else if (
        first?.name !== 'NotImplementedError' ||
        !first.message.includes(`kata ${kata.id}`)
      ) {
        results.push(
          failure(
            name,
            `fails with ${first?.name ?? 'no error'}: ${(first?.message ?? '').split('\n')[0]} — expected kata ${kata.id}'s NotImplementedError`,
          ),
        );
      } else {
        results.push(pass(name));
      }
    }
  }
  return results;
}
