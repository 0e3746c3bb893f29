/**
 * The Vitest configuration StrykerJS runs (`npm run mutation`, scripts/mutation.ts): only the
 * `solutions` project of vitest.config.ts, so that every spec runs against the reference
 * solutions, which are what Stryker mutates. `npm run mutation -- 01.04` sets
 * LAB_MUTATION_SPEC to that kata's spec file, and only it runs: a kata's record says what its
 * own spec pins, not what another kata's spec happens to catch. Each spec file runs isolated,
 * so a mutant that changes module-level code is seen by a fresh import.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import lab from './vitest.config.ts';

const solutions = lab.test?.projects?.find(
  (project): project is TestProjectInlineConfiguration =>
    typeof project === 'object' && 'test' in project && project.test?.name === 'solutions',
);
if (solutions === undefined) throw new Error('vitest.config.ts defines no solutions project');
const spec = process.env.LAB_MUTATION_SPEC;

export default defineConfig({
  test: {
    pool: 'threads',
    isolate: true,
    projects: [
      spec === undefined
        ? solutions
        : { ...solutions, test: { ...solutions.test, include: [spec] } },
    ],
  },
});
