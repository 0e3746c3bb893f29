/**
 * What a kata's contract result depends on, as one hash: its contract (from the committed
 * stub), its spec, and every file the spec and the solution import, transitively (a stub
 * counts as its solution, as in the contract project), plus the contract check's own code
 * and the Vitest config. A kata whose fingerprint matches its last run's need not run again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(
  importer: string,
  specifier: string,
  asLoaded: (file: string) => string,
): string | undefined {
  const base = path.resolve(path.dirname(importer), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')].map(asLoaded)) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return undefined;
}

/** The spec and every local file it and the solution reach through relative imports, sorted. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const katas = path.join(root, 'katas') + path.sep;
  const asLoaded = (file: string): string =>
    file.startsWith(katas) && !file.endsWith('.spec.ts')
      ? path.join(root, 'solutions', path.relative(katas, file))
      : file;
  const seen = new Set<string>();
  const queue = entries.map((entry) => asLoaded(path.resolve(root, entry)));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? '', asLoaded);
      if (target !== undefined && !target.includes(`${path.sep}node_modules${path.sep}`))
        queue.push(target);
    }
  }
  return [...seen].sort();
}

export function kataFingerprint(
  root: string,
  entries: readonly string[],
  contract: unknown,
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(contract));
  const own = readdirSync(here)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => path.join(here, file));
  for (const file of [
    ...importClosure(root, entries),
    ...own,
    path.join(root, 'vitest.config.ts'),
  ]) {
    hash.update(`${path.relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  }
  return hash.digest('hex');
}
