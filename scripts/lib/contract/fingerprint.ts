/**
 * What a kata's contract result depends on, as one hash (its contract, its spec, the files the
 * spec and solution import, this folder's code and the Vitest config): unchanged, it need not rerun.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The .ts files of a folder, specs aside, sorted. */
export const sourceFiles = (folder: string = here): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .sort()
    .map((name) => path.join(folder, name));

/** sha256 of `text` and of each file's path (relative to the root) and content. */
export function hashFiles(root: string, text: string, files: readonly string[]): string {
  const hash = createHash('sha256').update(text);
  for (const file of files)
    hash.update(`${path.relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  return hash.digest('hex');
}

/** The entries and every local file they reach through relative imports (a stub counts as its solution), sorted. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const katas = path.join(root, 'katas') + path.sep;
  const asLoaded = (file: string): string =>
    file.startsWith(katas) && !file.endsWith('.spec.ts')
      ? path.join(root, 'solutions', path.relative(katas, file))
      : file;
  const seen = new Set<string>();
  const queue = entries.map((entry) => asLoaded(path.resolve(root, entry)));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const base = path.resolve(path.dirname(file), match[1] ?? '');
      const target = [base, `${base}.ts`, path.join(base, 'index.ts')]
        .map(asLoaded)
        .find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
      if (target !== undefined && !target.includes(`${path.sep}node_modules${path.sep}`))
        queue.push(target);
    }
  }
  return [...seen].sort();
}

export const kataFingerprint = (root: string, entries: readonly string[], contract: unknown) =>
  hashFiles(root, JSON.stringify(contract), [
    ...importClosure(root, entries),
    ...sourceFiles(),
    path.join(root, 'vitest.config.ts'),
  ]);
