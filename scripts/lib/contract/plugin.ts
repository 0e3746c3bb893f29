/**
 * The Vite plugin of the `contract` Vitest project (vitest.config.ts, when LAB_CONTRACT=1). A
 * kata's spec imported as `<spec>?contract=<mutant id>` gets, for its import of the kata's stub,
 * a wrapper module that re-exports the solution with that mutant's one function wrapped
 * (mutate.ts); every other stub loads its solution, as in the solutions project. The mutants
 * come from the manifest contract.ts writes before Vitest starts.
 *
 * vitest.config.ts imports this file, so it uses nothing but Node's built-ins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Kata } from '../../../curriculum.ts';
import { katasRedirect, solutionOf } from '../replacements.ts';
import type { Mutation } from './mutate.ts';

export interface ManifestMutant {
  readonly id: string;
  /** The contract element, as the report names it. */
  readonly element: string;
  /** The functions the mutation changes (the kata's every function for an error mutant). */
  readonly functions: readonly string[];
  readonly mutation: Mutation;
}

/** A kata's files (relative to the root), functions and mutants. */
export interface ManifestKata extends Pick<Kata, 'stub' | 'spec' | 'solution'> {
  readonly kataId: string;
  /** The stub's exported functions. */
  readonly functions: readonly string[];
  readonly mutants: readonly ManifestMutant[];
}

export interface ContractManifest {
  readonly katas: readonly ManifestKata[];
}

export const CONTRACT_FOLDER = path.join('.lab', 'contract');
export const manifestFile = (root: string): string =>
  path.join(root, CONTRACT_FOLDER, 'manifest.json');
const QUERY = /\?contract=([\w.-]+)$/;

/** The wrapper module of one mutant (or of the trace) of a kata. */
export function wrapperSource(
  root: string,
  kata: ManifestKata,
  mutation: Mutation,
  mutantId: string,
): string {
  const solution = JSON.stringify(path.join(root, kata.solution));
  const lib = (file: string): string =>
    JSON.stringify(path.join(root, 'scripts', 'lib', 'contract', file));
  return [
    `import * as original from ${solution};`,
    `import { wrapExports } from ${lib('mutate.ts')};`,
    `import { contractHooks } from ${lib('state.ts')};`,
    `export * from ${solution};`,
    `const wrapped = wrapExports(original, ${JSON.stringify(kata.functions)}, ${JSON.stringify(mutation)}, contractHooks(${JSON.stringify(kata.kataId)}, ${JSON.stringify(mutantId)}));`,
    ...kata.functions.map((name) => `export const ${name} = wrapped[${JSON.stringify(name)}];`),
    '',
  ].join('\n');
}

export function contractPlugin(root: string): Plugin {
  let manifest: ContractManifest | undefined;
  const load = (): ContractManifest =>
    (manifest ??= JSON.parse(readFileSync(manifestFile(root), 'utf8')) as ContractManifest);
  const kataOf = (mutantId: string): ManifestKata | undefined =>
    load().katas.find((kata) => mutantId.startsWith(`${kata.kataId}-`));
  const redirect = katasRedirect(root, 'lab-contract-mutants', (file, _id, importer) => {
    if (file.endsWith('.spec.ts')) return undefined;
    const mutantId = QUERY.exec(importer)?.[1];
    const kata = mutantId === undefined ? undefined : kataOf(mutantId);
    if (mutantId !== undefined && kata !== undefined && path.join(root, kata.stub) === file)
      return `${solutionOf(root, file)}?contract=${mutantId}`;
    return solutionOf(root, file);
  });
  return {
    ...redirect,
    load(id) {
      const match = QUERY.exec(id);
      if (match === null || !id.startsWith(path.join(root, 'solutions'))) return null;
      const mutantId = match[1] ?? '';
      const kata = kataOf(mutantId);
      if (kata === undefined) return null;
      const mutation: Mutation | undefined = mutantId.endsWith('-trace')
        ? { kind: 'trace' }
        : kata.mutants.find((mutant) => mutant.id === mutantId)?.mutation;
      if (mutation === undefined)
        throw new Error(`contract: no mutant ${mutantId} in the manifest`);
      return wrapperSource(root, kata, mutation, mutantId);
    },
  };
}
