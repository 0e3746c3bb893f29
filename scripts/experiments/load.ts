/**
 * Where things are: the repository root, a module's API (katas/ or solutions/), its list of
 * experiments and each experiment's definition, all imported dynamically.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { named, type AnyExperiment } from '../../experiments/experiment';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export { apiFile, type Implementation } from './outcome';
import { apiFile, type Implementation } from './outcome';

export function implementationOf(solutions: boolean): Implementation {
  return solutions ? 'solutions' : 'katas';
}

/** The module's public API, as a namespace object. */
export async function loadApi(
  moduleId: string,
  implementation: Implementation,
): Promise<Record<string, unknown>> {
  const file = path.join(ROOT, apiFile(moduleId, implementation));
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

export function experimentsFolder(moduleId: string): string {
  return path.join(ROOT, 'experiments', moduleId);
}

/** The experiment names listed in experiments/<module>/index.ts, in report order. */
export async function listExperiments(moduleId: string): Promise<string[]> {
  const index = path.join(experimentsFolder(moduleId), 'index.ts');
  if (!existsSync(index)) return [];
  const listed = (await import(pathToFileURL(index).href)) as { experiments?: unknown };
  if (
    !Array.isArray(listed.experiments) ||
    !listed.experiments.every((name) => typeof name === 'string')
  ) {
    throw new Error(`experiments/${moduleId}/index.ts must export experiments: string[]`);
  }
  return listed.experiments;
}

/** Experiment files present in the folder (every .ts but index.ts, specs and `_shared.ts` helpers). */
export function experimentFiles(moduleId: string): string[] {
  const folder = experimentsFolder(moduleId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.spec.ts') &&
        file !== 'index.ts' &&
        !file.startsWith('_'),
    )
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/** The definition exported by experiments/<module>/<name>.ts, checked for shape and named after its file. */
export async function loadExperiment(moduleId: string, name: string): Promise<AnyExperiment> {
  const file = path.join(experimentsFolder(moduleId), `${name}.ts`);
  if (!/^[a-z0-9_]+$/.test(name) || !existsSync(file)) {
    const known = experimentFiles(moduleId);
    throw new LookupError(
      `no experiment "${name}" in experiments/${moduleId}/ (known: ${known.join(', ') || 'none'})`,
    );
  }
  const loaded = (await import(pathToFileURL(file).href)) as { default?: AnyExperiment };
  const definition = loaded.default;
  const problems: string[] = [];
  if (definition === undefined || typeof definition !== 'object') {
    problems.push('no default export');
  } else {
    if (!Number.isSafeInteger(definition.seed)) problems.push('seed is not an integer');
    if (typeof definition.run !== 'function') problems.push('run is not a function');
    if (
      !Array.isArray(definition.expectedConclusions) ||
      definition.expectedConclusions.length === 0
    ) {
      problems.push('expectedConclusions is empty');
    }
    if (!Array.isArray(definition.uses)) problems.push('uses is not a list');
  }
  if (problems.length > 0 || definition === undefined) {
    throw new LookupError(
      `experiments/${moduleId}/${name}.ts is not a valid experiment: ${problems.join('; ')}`,
    );
  }
  return named(name, definition);
}

/** A file or name that does not exist or is malformed: reported in one line. */
export class LookupError extends Error {
  override name = 'LookupError';
}
