/**
 * manifests/<module>.json (committed): the sha256 of every file of a closed module, which a clone
 * without tags still checks. Stubs and katas/<module>/index.ts are hashed as committed (a
 * learner's edits are not the module changing), the module's entry in curriculum.ts as its text
 * (`curriculum.ts#<module>`), every other file as it is on disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPristine } from '../lib/pristine';
import { moduleEntry } from './curriculum_source';

export interface Manifest {
  readonly module: string;
  readonly version: number;
  /** `reopened` while the module is being changed on purpose: then nothing is checked. */
  readonly status: 'closed' | 'reopened';
  /** Path (or `curriculum.ts#<module>`) → sha256 of its content. */
  readonly files: Readonly<Record<string, string>>;
}

export const sha256 = (content: string): string =>
  createHash('sha256').update(content, 'utf8').digest('hex');

/** Whether a path is read as committed (the learner's side of katas/) rather than from disk. */
export const readAsCommitted = (file: string): boolean =>
  file.startsWith('katas/') && !file.endsWith('.spec.ts');

/** The content a manifest entry is hashed from, now; undefined when it is gone. */
export function currentContent(root: string, file: string): string | undefined {
  const read = (name: string) => readFileSync(path.join(root, name), 'utf8');
  const moduleId = /^curriculum\.ts#(.+)$/.exec(file)?.[1];
  try {
    if (moduleId !== undefined) return moduleEntry(read('curriculum.ts'), moduleId);
    return readAsCommitted(file) ? readPristine(root, file).content : read(file);
  } catch {
    return undefined;
  }
}

export function readManifest(root: string, moduleId: string): Manifest | undefined {
  const file = path.join(root, `manifests/${moduleId}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** Every manifest under manifests/, by file name; a file that does not parse is reported as an Error. */
export function readManifests(root: string): Map<string, Manifest | Error> {
  const folder = path.join(root, 'manifests');
  const parse = (name: string): Manifest | Error => {
    try {
      const parsed = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Partial<Manifest>;
      if (typeof parsed.module !== 'string' || typeof parsed.files !== 'object' || !parsed.files)
        throw new Error('it needs a "module" name and a "files" object');
      return parsed as Manifest;
    } catch (error) {
      return error as Error;
    }
  };
  const names = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
  return new Map(names.sort().map((name) => [`manifests/${name}`, parse(name)]));
}

/** Writes manifests/<module>.json; returns that path. */
export function writeManifest(root: string, manifest: Manifest): string {
  const file = `manifests/${manifest.module}.json`;
  mkdirSync(path.join(root, 'manifests'), { recursive: true });
  writeFileSync(path.join(root, file), `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
