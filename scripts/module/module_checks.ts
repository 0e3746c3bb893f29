/**
 * The checks a module must pass to be closed, its share of `npm run verify`: its curriculum
 * entries, its specs green on solutions/ and red on the pristine stubs.
 */
import type { Module } from '../../curriculum';
import { failure, pass, type CheckResult } from '../lib/checks';
import { checkCurriculum } from '../lib/curriculum_check';
import { checkKataRed } from '../lib/kata_red';
import { runSpecs } from '../lib/run_specs';

export async function moduleChecks(root: string, entry: Module): Promise<CheckResult[]> {
  const folder = `katas/${entry.id}/`;
  const ids = entry.katas.map((kata) => `kata ${kata.id} `);
  const curriculum = (await checkCurriculum(root)).filter(
    ({ name }) => ids.some((id) => name.startsWith(id)) || name.includes(`/${entry.id}/`),
  );
  const run = await runSpecs(root, { projects: ['solutions', 'pristine'], filters: [folder] });
  const loaded = run.moduleErrors
    .filter((error) => error.project === 'solutions')
    .map((error) =>
      failure(`solutions ${error.file}`, error.errors[0]?.message ?? 'failed to load'),
    );
  const green = run.tests
    .filter((test) => test.project === 'solutions')
    .map(({ file, name, state, errors }) =>
      state === 'passed'
        ? pass(`solutions ${file} > ${name}`)
        : failure(`solutions ${file} > ${name}`, errors[0]?.message ?? state),
    );
  const red = checkKataRed(run).filter((result) => result.name.includes(folder));
  if (entry.katas.length === 0)
    return [failure(`${entry.id} has katas`, 'the module lists no kata')];
  return [...curriculum, ...loaded, ...green, ...red];
}
