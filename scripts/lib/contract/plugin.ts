/**
 * The Vite plugin of the `contract` project: a spec imported as `<spec>?contract=<mutant id>`
 * loads its kata's solution through that mutant's wrapper (mutate.ts); other stubs load their
 * solution. vitest.config.ts imports this file, so it loads nothing but Node's built-ins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Kata } from '../../../curriculum.ts';
import { katasRedirect, solutionOf } from '../replacements.ts';
import type { Mutation } from './mutate.ts';

/**
 * A kata of the manifest project.ts writes: its files (relative to the root), its exported
 * functions and its mutants, each with its element as the report names it and the functions it
 * changes (every function of the kata for an error mutant).
 */
export interface ManifestKata extends Pick<Kata, 'stub' | 'spec' | 'solution'> {
  readonly kataId: string;
  readonly functions: readonly string[];
  readonly mutants: readonly {
    id: string;
    element: string;
    functions: readonly string[];
    mutation: Mutation;
  }[];
}

export const CONTRACT_FOLDER = path.join('.lab', 'contract');
export const manifestFile = (root: string): string =>
  path.join(root, CONTRACT_FOLDER, 'manifest.json');
const QUERY = /\?contract=([\w.-]+)$/;

export function contractPlugin(root: string): Plugin {
  let katas: readonly ManifestKata[] | undefined;
  const kataOf = (mutantId: string): ManifestKata | undefined =>
    (katas ??= (JSON.parse(readFileSync(manifestFile(root), 'utf8')) as { katas: ManifestKata[] })
      .katas).find((kata) => mutantId.startsWith(`${kata.kataId}-`));
  const redirect = katasRedirect(root, 'lab-contract-mutants', (file, _id, importer) => {
    if (file.endsWith('.spec.ts')) return undefined;
    const mutantId = QUERY.exec(importer)?.[1];
    const kata = mutantId === undefined ? undefined : kataOf(mutantId);
    if (kata !== undefined && path.join(root, kata.stub) === file)
      return `${solutionOf(root, file)}?contract=${mutantId}`;
    return solutionOf(root, file);
  });
  return {
    ...redirect,
    load(id) {
      const mutantId = QUERY.exec(id)?.[1];
      if (mutantId === undefined || !id.startsWith(path.join(root, 'solutions'))) return null;
      const kata = kataOf(mutantId);
      if (kata === undefined) return null;
      const mutation: Mutation | undefined = mutantId.endsWith('-trace')
        ? { kind: 'trace' }
        : kata.mutants.find((mutant) => mutant.id === mutantId)?.mutation;
      if (mutation === undefined)
        throw new Error(`contract: no mutant ${mutantId} in the manifest`);
      // The wrapper module: the solution re-exported, its functions wrapped.
      const solution = JSON.stringify(path.join(root, kata.solution));
      const mutate = JSON.stringify(path.join(root, 'scripts', 'lib', 'contract', 'mutate.ts'));
      return [
        `import * as original from ${solution};`,
        `import { contractHooks, wrapFunction } from ${mutate};`,
        `export * from ${solution};`,
        `const hooks = contractHooks(${JSON.stringify(kata.kataId)}, ${JSON.stringify(mutantId)});`,
        `const mutation = ${JSON.stringify(mutation)};`,
        ...kata.functions.map(
          (name) =>
            `export const ${name} = wrapFunction(${JSON.stringify(name)}, original.${name}, mutation, hooks);`,
        ),
        '',
      ].join('\n');
    },
  };
}
