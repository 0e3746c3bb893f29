/**
 * helpers/ is the ground floor every kata, solution, experiment and script stands on: it imports
 * nothing above it (only other files of helpers/ and packages from node_modules) and has no import
 * cycles, so any one helper can be read, tested and moved on its own. Specs are not part of the
 * floor (nothing imports them): fuzz.spec.ts fuzzes the solutions through their index.ts.
 * Type-only and dynamic imports count, since they tie files together just the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const helpers = path.dirname(new URL(import.meta.url).pathname);
const root = path.dirname(helpers);

const sources = (readdirSync(helpers, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
  .map((file) => path.join(helpers, file));

/** The repository-relative files a source imports by a relative path (packages are skipped). */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const target = path.resolve(path.dirname(file), name);
      const candidates = [`${target}.ts`, path.join(target, 'index.ts'), target];
      return candidates.find((candidate) => sources.includes(candidate)) ?? target;
    });
}

const graph = new Map(sources.map((file) => [file, relativeImports(file)]));
const show = (file: string): string => path.relative(root, file);

describe('the ground floor (helpers/)', () => {
  it('imports nothing outside helpers/ but packages', () => {
    const outside = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => !sources.includes(target))
        .map((target) => `${show(file)} → ${show(target)}`),
    );
    expect(outside, 'helpers/ must not import the curriculum, katas, solutions or scripts').toEqual(
      [],
    );
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, trail: string[]): void => {
      const seen = trail.indexOf(file);
      if (seen >= 0) {
        cycles.push([...trail.slice(seen), file].map(show).join(' → '));
        return;
      }
      if (done.has(file)) return;
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      done.add(file);
    };
    for (const file of sources) visit(file, []);
    expect(cycles, 'move the shared part to a file both can import').toEqual([]);
  });
});
