/**
 * One set of spec files, several targets. Every spec lives once, beside its stub in katas/,
 * and imports the stub by relative path. A target is a Vitest project whose plugin redirects
 * those imports:
 *   katas      the learner's files, as they are now (`npm test`)
 *   solutions  the reference solutions at the same paths under solutions/ (`npm run test:solutions`)
 *   pristine   the stubs as committed, extracted to .lab/pristine/ by the kata-red check
 *   helpers    the helpers' and scripts' own tests
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const katasDirectory = path.join(root, 'katas') + path.sep;

/** Redirects every non-spec file that resolves into katas/ to the same path under `targetRoot`. */
function redirectKatas(targetRoot: string): Plugin {
  return {
    name: `redirect-katas-to-${path.relative(root, targetRoot)}`,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved === null || resolved.external) return resolved;
      const file = resolved.id.split('?')[0] ?? resolved.id;
      if (!file.startsWith(katasDirectory) || file.endsWith('.spec.ts')) return resolved;
      return { ...resolved, id: path.join(targetRoot, path.relative(katasDirectory, file)) };
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
        plugins: [redirectKatas(path.join(root, 'solutions'))],
        test: { name: 'solutions', include: specs },
      },
      {
        extends: true,
        plugins: [redirectKatas(path.join(root, '.lab', 'pristine', 'katas'))],
        test: { name: 'pristine', include: specs },
      },
      {
        extends: true,
        test: { name: 'helpers', include: ['helpers/**/*.spec.ts', 'scripts/**/*.spec.ts'] },
      },
    ],
  },
});
