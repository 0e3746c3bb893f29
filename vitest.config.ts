/**
 * One set of spec files, several targets. Every spec lives once, beside its stub in katas/,
 * and imports the stub by relative path. A target is a Vitest project whose plugin decides
 * what those imports load:
 *   katas      the learner's files, as they are now (`npm test`)
 *   solutions  the reference solutions at the same paths under solutions/ (`npm run test:solutions`)
 *   pristine   the stubs as committed, whatever the learner changed (the kata-red check)
 *   helpers    the helpers' and scripts' own tests
 *   decoys     every misconception decoy under decoys/: its kata's spec, the kata's stub replaced
 *              by the decoy and every other stub by its solution (the decoys check); results
 *              are recorded per decoy as `decoy:MM.KK/<slug>` (scripts/lib/replacements.ts)
 *   alternatives  every alternative correct solution under solutions/<module>/alternatives/: the
 *              same arrangement, and every spec must pass (the alternatives check); recorded
 *              as `alt:MM.KK/<method>`
 *   contract   every kata's spec against boundary mutants of its solution, all in one process
 *              (the contract check, npm run contract; scripts/lib/contract/)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { contractPlugin } from './scripts/lib/contract/plugin.ts';
import { readPristine } from './scripts/lib/pristine.ts';
import {
  listReplacements,
  replacementPlugin,
  replacementsFolder,
  writeReplacementSpecs,
  type ReplacementKind,
} from './scripts/lib/replacements.ts';
import { boundTransformCache, transformCacheFolder } from './scripts/lib/transform_cache.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const katasDirectory = path.join(root, 'katas') + path.sep;
const PRISTINE = '?pristine';

/** The file a resolved id points into katas/ for, when it is a stub (not a spec); else undefined. */
function kataStubFile(id: string): string | undefined {
  const file = id.split('?')[0] ?? id;
  return file.startsWith(katasDirectory) && !file.endsWith('.spec.ts') ? file : undefined;
}

/** The reference solution of a stub: the same path under solutions/. */
const solutionOf = (stub: string): string =>
  path.join(root, 'solutions', path.relative(katasDirectory, stub));

/** Imports that resolve to a stub in katas/ load the file `target(stub)` names instead. */
function redirectStubs(name: string, target: (stub: string) => string): Plugin {
  return {
    name,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && !resolved.external ? kataStubFile(resolved.id) : undefined;
      if (stub === undefined) return resolved;
      return { ...resolved, id: target(stub) };
    },
  };
}

/** Imports that resolve to a stub in katas/ load the same path under solutions/ instead. */
const redirectToSolutions = (): Plugin => redirectStubs('lab-katas-to-solutions', solutionOf);

/** One project for every decoy or every alternative, its spec files generated under .lab/. */
function replacementProject(kind: ReplacementKind) {
  const replacements = listReplacements(root, kind);
  writeReplacementSpecs(root, kind, replacements);
  return {
    extends: true as const,
    plugins: [replacementPlugin(root, replacements)],
    test: {
      name: kind,
      include: [`${replacementsFolder(kind)}/**/*.spec.ts`],
      experimental: { fsModuleCache: true }, // see the katas project
      ...(kind === 'decoys' ? { setupFiles: ['./scripts/lib/decoy_bail.ts'] } : {}),
    },
  };
}

/**
 * Imports that resolve to a stub in katas/ load its committed content. The id keeps its path
 * (so the stub's own relative imports resolve as usual) with a marker that keeps it apart
 * from the working copy in Vite's module graph.
 */
function pristineStubs(): Plugin {
  return {
    name: 'lab-pristine-stubs',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && !resolved.external ? kataStubFile(resolved.id) : undefined;
      if (stub === undefined) return resolved;
      return { ...resolved, id: `${stub}${PRISTINE}` };
    },
    load(id) {
      if (!id.endsWith(PRISTINE)) return null;
      const file = id.slice(0, -PRISTINE.length);
      return readPristine(root, path.relative(root, file)).content;
    },
  };
}

const specs = ['katas/**/*.spec.ts'];

// The katas project's transform cache (below) is never pruned by Vitest; keep it bounded.
boundTransformCache(transformCacheFolder(root));

export default defineConfig({
  test: {
    // Specs are pure computations: threads start fastest, and no spec relies on isolation.
    pool: 'threads',
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'katas',
          include: specs,
          // A failing spec carries its kata's current hint and theory section as annotations.
          setupFiles: ['./scripts/lib/hint_annotations.ts'],
          // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache): a
          // rerun of `npm test` skips about 0.3 s of transforms. Vitest keys an entry by the
          // module's id, the file's content on disk, the names of the project's plugins and the
          // content of the config and the files it imports. That key decides the transform here,
          // and in the solutions, decoys and alternatives projects too, whose redirects follow
          // from the id and the plugin alone (about 8 s of verify's CPU). Not in pristine: its
          // stubs load as committed, which the disk content does not tell.
          // scripts/lib/transform_cache.ts keeps it from growing without bound.
          experimental: { fsModuleCache: true },
        },
      },
      {
        extends: true,
        plugins: [redirectToSolutions()],
        test: { name: 'solutions', include: specs, experimental: { fsModuleCache: true } },
      },
      { extends: true, plugins: [pristineStubs()], test: { name: 'pristine', include: specs } },
      {
        extends: true,
        test: {
          name: 'helpers',
          include: ['helpers/**/*.spec.ts', 'scripts/**/*.spec.ts', 'experiments/*.spec.ts'],
          // Their temporary git repositories know no ref but HEAD, whatever verify reads stubs at.
          env: { LAB_PRISTINE_REF: 'HEAD' },
        },
      },
      // The decoys and the alternatives, each in one project (scripts/lib/replacements.ts), only
      // when asked for: `LAB_DECOYS=1 vitest run --project decoys [.lab/decoys/02.06]` (npm run
      // verify sets it). Only a decoy's first failing spec matters: once one fails, the rest of
      // its file is skipped. An alternative runs its kata's whole spec, which must pass.
      ...(process.env.LAB_DECOYS === '1' ? [replacementProject('decoys')] : []),
      ...(process.env.LAB_ALTERNATIVES === '1' ? [replacementProject('alternatives')] : []),
      // The contract check's generated spec files (npm run contract writes them first).
      ...(process.env.LAB_CONTRACT === '1'
        ? [
            {
              extends: true as const,
              plugins: [contractPlugin(root)],
              // A slow spec must not time out in the trace run: it would be left out of every mutant.
              test: {
                name: 'contract',
                include: ['.lab/contract/*.contract.spec.ts'],
                testTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
