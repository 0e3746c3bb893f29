/** Where things are: the repository root, a module's API, its experiments (imported dynamically). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { named, type AnyExperiment } from '../../experiments/experiment';
import { apiFile, type Implementation } from './outcome';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A file or name that does not exist or is malformed: reported in one line. */
export class LookupError extends Error {
  override name = 'LookupError';
}

const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(ROOT, file)).href)) as T;

/** The module's public API, as a namespace object. */
export const loadApi = (moduleId: string, implementation: Implementation) =>
  load<Record<string, unknown>>(apiFile(moduleId, implementation));

/** The experiment names listed in experiments/<module>/index.ts, in report order. */
export async function listExperiments(moduleId: string): Promise<string[]> {
  const index = `experiments/${moduleId}/index.ts`;
  if (!existsSync(path.join(ROOT, index))) return [];
  const { experiments } = await load<{ experiments?: unknown }>(index);
  if (!Array.isArray(experiments) || !experiments.every((name) => typeof name === 'string')) {
    throw new Error(`${index} must export experiments: string[]`);
  }
  return experiments;
}

/** Experiment files present in the folder (every .ts but index.ts, specs and `_shared.ts` helpers). */
export function experimentFiles(moduleId: string): string[] {
  const folder = path.join(ROOT, 'experiments', moduleId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !/^_|^index\.ts$|\.spec\.ts$/.test(file))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

const SHAPE: [string, (definition: AnyExperiment) => boolean][] = [
  ['seed is not an integer', (d) => Number.isSafeInteger(d.seed)],
  ['run is not a function', (d) => typeof d.run === 'function'],
  [
    'expectedConclusions is empty',
    (d) => Array.isArray(d.expectedConclusions) && d.expectedConclusions.length > 0,
  ],
  ['uses is not a list', (d) => Array.isArray(d.uses)],
];

/** The definition exported by experiments/<module>/<name>.ts, checked for shape and named after its file. */
export async function loadExperiment(moduleId: string, name: string): Promise<AnyExperiment> {
  const file = `experiments/${moduleId}/${name}.ts`;
  if (!/^[a-z0-9_]+$/.test(name) || !existsSync(path.join(ROOT, file))) {
    const known = experimentFiles(moduleId).join(', ') || 'none';
    throw new LookupError(`no experiment "${name}" in experiments/${moduleId}/ (known: ${known})`);
  }
  const definition = (await load<{ default?: AnyExperiment }>(file)).default;
  const problems =
    definition === undefined || typeof definition !== 'object'
      ? ['no default export']
      : SHAPE.filter(([, ok]) => !ok(definition)).map(([problem]) => problem);
  if (problems.length > 0 || definition === undefined) {
    throw new LookupError(`${file} is not a valid experiment: ${problems.join('; ')}`);
  }
  return named(name, definition);
}
