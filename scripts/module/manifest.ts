/**
 * A closed module's manifest, manifests/<module>.json (committed): the sha256 of every file
 * that makes the module, as it was when the module was closed. Specs, solutions, theory and
 * solutions/<module>/index.ts are hashed as they are on disk; stubs and katas/<module>/index.ts
 * as committed (a learner's edits in katas/ are not the module changing); the module's entry
 * in curriculum.ts (titles, hints, the list of katas) as its text, under `curriculum.ts#<module>`.
 *
 * The tag `<module>/v<N>` records the commit and the date; the hashes are what a tag cannot
 * give: a clone without tags (CI fetches none by default) or with the tag deleted still checks
 * every file against them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

export const manifestFile = (moduleId: string): string => `manifests/${moduleId}.json`;

export const sha256 = (content: string): string =>
  createHash('sha256').update(content, 'utf8').digest('hex');

const CURRICULUM_ENTRY = /^curriculum\.ts#(.+)$/;

/** Whether a path is read as committed (the learner's side of katas/) rather than from disk. */
export const readAsCommitted = (file: string): boolean =>
  file.startsWith('katas/') && !file.endsWith('.spec.ts');

/** The content a manifest entry is hashed from, now; undefined when it is gone. */
export function currentContent(root: string, file: string): string | undefined {
  const entry = CURRICULUM_ENTRY.exec(file);
  try {
    if (entry !== null) {
      return moduleEntry(readFileSync(path.join(root, 'curriculum.ts'), 'utf8'), entry[1] ?? '');
    }
    if (readAsCommitted(file)) return readPristine(root, file).content;
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

export function readManifest(root: string, moduleId: string): Manifest | undefined {
  const file = path.join(root, manifestFile(moduleId));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** Every manifest under manifests/, by file name; a file that does not parse is reported as an Error. */
export function readManifests(root: string): Map<string, Manifest | Error> {
  const folder = path.join(root, 'manifests');
  const manifests = new Map<string, Manifest | Error>();
  if (!existsSync(folder)) return manifests;
  for (const name of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      const parsed = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Partial<Manifest>;
      if (typeof parsed.module !== 'string' || typeof parsed.files !== 'object' || !parsed.files)
        throw new Error('it needs a "module" name and a "files" object');
      manifests.set(`manifests/${name}`, parsed as Manifest);
    } catch (error) {
      manifests.set(`manifests/${name}`, error as Error);
    }
  }
  return manifests;
}

export function writeManifest(root: string, manifest: Manifest): string {
  const file = manifestFile(manifest.module);
  mkdirSync(path.join(root, 'manifests'), { recursive: true });
  writeFileSync(path.join(root, file), `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
