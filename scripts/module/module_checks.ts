/**
 * The checks a module must pass to be closed, the module's share of `npm run verify`: its
 * curriculum entries, its specs green on solutions/ and red on the pristine stubs.
 */
import type { Module } from '../../curriculum';
import { failure, pass, type CheckResult } from '../lib/checks';
import { checkCurriculum } from '../lib/curriculum_check';
import { checkKataRed } from '../lib/kata_red';
import { runSpecs } from '../lib/run_specs';

export async function moduleChecks(root: string, entry: Module): Promise<CheckResult[]> {
  const folder = `katas/${entry.id}/`;
  const ids = new Set(entry.katas.map((kata) => `kata ${kata.id} `));
  const curriculum = (await checkCurriculum(root)).filter(
    (result) =>
      [...ids].some((id) => result.name.startsWith(id)) || result.name.includes(`/${entry.id}/`),
  );

  const run = await runSpecs(root, { projects: ['solutions', 'pristine'], filters: [folder] });
  const green: CheckResult[] = [
    ...run.moduleErrors
      .filter((error) => error.project === 'solutions')
      .map((error) =>
        failure(`solutions ${error.file}`, error.errors[0]?.message ?? 'failed to load'),
      ),
    ...run.tests
      .filter((test) => test.project === 'solutions')
      .map((test) =>
        test.state === 'passed'
          ? pass(`solutions ${test.file} > ${test.name}`)
          : failure(`solutions ${test.file} > ${test.name}`, test.errors[0]?.message ?? test.state),
      ),
  ];
  const red = checkKataRed(run).filter((result) => result.name.includes(folder));
  if (entry.katas.length === 0)
    return [failure(`${entry.id} has katas`, 'the module lists no kata')];
  return [...curriculum, ...green, ...red];
}
