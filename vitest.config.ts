/**
 * One set of spec files, several targets. Every spec lives once, beside its stub in katas/,
 * and imports the stub by relative path. A target is a Vitest project whose plugin decides
 * what those imports load:
 *   katas      the learner's files, as they are now (`npm test`)
 *   solutions  the reference solutions at the same paths under solutions/ (`npm run test:solutions`)
 *   pristine   the stubs as committed, whatever the learner changed (the kata-red check)
 *   helpers    the helpers' and scripts' own tests
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { readPristine } from './scripts/lib/pristine.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const katasDirectory = path.join(root, 'katas') + path.sep;
const PRISTINE = '?pristine';

/** The file a resolved id points into katas/ for, when it is a stub (not a spec); else undefined. */
function kataStubFile(id: string): string | undefined {
  const file = id.split('?')[0] ?? id;
  return file.startsWith(katasDirectory) && !file.endsWith('.spec.ts') ? file : undefined;
}

/** Imports that resolve to a stub in katas/ load the same path under solutions/ instead. */
function redirectToSolutions(): Plugin {
  return {
    name: 'lab-katas-to-solutions',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && !resolved.external ? kataStubFile(resolved.id) : undefined;
      if (stub === undefined) return resolved;
      return { ...resolved, id: path.join(root, 'solutions', path.relative(katasDirectory, stub)) };
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

export default defineConfig({
  test: {
    // Specs are pure computations: threads start fastest, and no spec relies on isolation.
    pool: 'threads',
    isolate: false,
    projects: [
      { extends: true, test: { name: 'katas', include: specs } },
      {
        extends: true,
        plugins: [redirectToSolutions()],
        test: { name: 'solutions', include: specs },
      },
      { extends: true, plugins: [pristineStubs()], test: { name: 'pristine', include: specs } },
      {
        extends: true,
        test: { name: 'helpers', include: ['helpers/**/*.spec.ts', 'scripts/**/*.spec.ts'] },
      },
    ],
  },
});
