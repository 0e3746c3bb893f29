/**
 * The Vitest configuration StrykerJS runs (`npm run mutation`, scripts/mutation.ts): only the
 * `solutions` project of vitest.config.ts, so that every spec runs against the reference
 * solutions, which are what Stryker mutates. Each spec file runs isolated, so a mutant that
 * changes module-level code is seen by a fresh import.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import lab from './vitest.config.ts';

const solutions = lab.test?.projects?.find(
  (project): project is TestProjectInlineConfiguration =>
    typeof project === 'object' && 'test' in project && project.test?.name === 'solutions',
);
if (solutions === undefined) throw new Error('vitest.config.ts defines no solutions project');

export default defineConfig({
  test: { pool: 'threads', isolate: true, projects: [solutions] },
});
