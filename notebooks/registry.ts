/// <reference types="vite/client" />
/**
 * Everything a notebook can run, found by Vite at build time: each module's experiments (the
 * same files `npm run experiment` loads), their report order, and each module's API on the
 * learner's katas and on the reference solutions. The static site (`npm run lab -- build`)
 * carries the solutions only.
 */
import { named, type AnyExperiment, type ExperimentDefinition } from '../experiments/experiment';
import type { Implementation } from '../scripts/experiments/outcome';

type Loader<T> = () => Promise<T>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const experimentFiles = import.meta.glob<{ default: ExperimentDefinition<any> }>([
  '../experiments/week_*/*.ts',
  '!../experiments/week_*/index.ts',
  '!../experiments/week_*/_*.ts',
  '!../experiments/week_*/*.spec.ts',
]);
const orders = import.meta.glob<readonly string[]>('../experiments/week_*/index.ts', {
  import: 'experiments',
  eager: true,
});
const katas = import.meta.env.MODE === 'site' ? {} : import.meta.glob('../katas/week_*/index.ts');
const solutions = import.meta.glob('../solutions/week_*/index.ts');

/** The experiment names of a module, in report order (experiments/<module>/index.ts). */
export function experimentNames(moduleId: string): readonly string[] {
  return orders[`../experiments/${moduleId}/index.ts`] ?? [];
}

export function experimentLoader(
  moduleId: string,
  name: string,
): Loader<{ default: AnyExperiment }> {
  const loader = experimentFiles[`../experiments/${moduleId}/${name}.ts`];
  if (loader === undefined) throw new Error(`no experiment ${moduleId}/${name}`);
  return async () => ({ default: named(name, (await loader()).default) });
}

export function apiLoader(moduleId: string, implementation: Implementation): Loader<unknown> {
  const loader = (implementation === 'katas' ? katas : solutions)[
    `../${implementation}/${moduleId}/index.ts`
  ];
  if (loader === undefined) throw new Error(`no ${implementation} for ${moduleId} in this build`);
  return loader;
}

/** Whether the learner's katas are part of this build (not in the static site). */
export const hasKatas = import.meta.env.MODE !== 'site';
