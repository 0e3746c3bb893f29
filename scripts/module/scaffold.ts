/**
 * `npm run module -- new week_NN_topic`: a module sound from its first minute, with one
 * placeholder kata (stub, spec, solution, an alternative, theory, hints, curriculum entry, both
 * index.ts files) red on its stub and green on its solutions, so `npm run verify` passes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { UsageError } from '../lib/cli_args';
import { appendModule } from './curriculum_source';

type ModuleName = ReturnType<typeof parseModuleName>;

export function parseModuleName(id: string | undefined) {
  const [, number = '', topic = ''] =
    /^week_(\d{2})_([a-z][a-z0-9]*(?:_[a-z0-9]+)*)$/.exec(id ?? '') ?? [];
  if (id === undefined || topic === '') {
    throw new UsageError(
      `a module is named week_NN_topic in lower case, e.g. week_03_regularization (got ${id ?? 'nothing'})`,
    );
  }
  const words = topic.replaceAll('_', ' ');
  return { id, number, title: words.charAt(0).toUpperCase() + words.slice(1) };
}

/** Every file of the new module, path → content (before formatting). */
export function moduleFiles(name: ModuleName): Record<string, string> {
  const { id, number } = name;
  const kataId = `${number}.01`;
  const theory = `theory/${id}.md#placeholder`;
  const header = `/**
 * Kata ${kataId} — Placeholder
 *
 * A placeholder that keeps the new module runnable until its first real kata replaces it:
 * one function, one spec, red on this stub and green on the reference solution.
 *
 * Theory: ${theory}
 *
 * Implement:
 * - \`placeholder(x)\`: twice \`x\`.
 *
 * @example
 * placeholder(2); // 4
 */
`;
  const index = `// Public API of week ${number}.\nexport * from './01_placeholder';\n`;
  return {
    [`katas/${id}/01_placeholder.ts`]: `${header}import { NotImplementedError } from '../../helpers/errors';

export function placeholder(x: number): number {
  // TODO: twice x.
  throw new NotImplementedError('${kataId}', 'placeholder');
}
`,
    [`katas/${id}/01_placeholder.spec.ts`]: `/**
 * Spec for kata ${kataId} — Placeholder.
 * Theory: ${theory}
 */
import { describe, expect, it } from 'vitest';
import { placeholder } from './01_placeholder';

describe('kata ${kataId} placeholder', () => {
  describe('definition', () => {
    it('returns twice its input', () => {
      expect(placeholder(2), 'placeholder(2): twice 2 is 4 (theory: #placeholder)').toBe(4);
      expect(placeholder(-1.5), 'placeholder(-1.5): twice −1.5 is −3, sign kept').toBe(-3);
    });
  });
});
`,
    [`solutions/${id}/01_placeholder.ts`]: `${header}export function placeholder(x: number): number {
  return 2 * x;
}
`,
    [`solutions/${id}/alternatives/01_placeholder/addition.ts`]: `/**
 * Alternative for kata ${kataId} — addition
 *
 * @method x + x instead of 2·x: every kata keeps at least one correct solution by a different
 * method beside its reference, so a spec cannot judge an accident of one implementation.
 */
export function placeholder(x: number): number {
  return x + x;
}
`,
    [`docs/api/${id}.md`]: `# ${id}: public API

Exported by \`katas/${id}/index.ts\` and \`solutions/${id}/index.ts\`; shapes and error rules
in [README.md](README.md). \`npm run verify\` checks both export every function named here.

\`\`\`ts
placeholder(x: number): number   // twice x
\`\`\`
`,
    [`katas/${id}/index.ts`]: index,
    [`solutions/${id}/index.ts`]: index,
    [`theory/${id}.md`]: `# Week ${number} — ${name.title}

**The engineering question:** TODO: the question this module answers.

## Placeholder

The placeholder kata keeps the module runnable until its first real kata replaces it: delete
this section, the placeholder's files and its curriculum entry then.
`,
  };
}

/** The module's entry in curriculum.ts: a `module(…)` call. */
export function curriculumEntry(name: ModuleName): string {
  return `module(
  '${name.id}',
  '${name.title}',
  'TODO: the engineering question this module answers.',
  [
    {
      number: '01',
      slug: 'placeholder',
      title: 'Placeholder',
      anchor: 'placeholder',
      hints: [
        'What should placeholder(2) return?',
        'See theory/${name.id}.md#placeholder: the placeholder returns twice its input.',
      ],
    },
  ],
)`;
}

async function formatted(root: string, file: string, content: string): Promise<string> {
  const filepath = path.join(root, file);
  const options = await prettier.resolveConfig(filepath, { editorconfig: true });
  return prettier.format(content, { ...options, filepath });
}

/** Writes the module and appends it to curriculum.ts; returns the files written. */
export async function scaffoldModule(
  root: string,
  name: ModuleName,
  existingIds: readonly string[],
): Promise<string[]> {
  const clash = existingIds.find((id) => id === name.id || id.startsWith(`week_${name.number}_`));
  if (clash !== undefined) throw new UsageError(`week ${name.number} exists already: ${clash}`);
  const files = moduleFiles(name);
  const taken = Object.keys(files).filter((file) => existsSync(path.join(root, file)));
  if (taken.length > 0) throw new UsageError(`would overwrite ${taken.join(', ')}`);
  const source = readFileSync(path.join(root, 'curriculum.ts'), 'utf8');
  const appended = appendModule(source, curriculumEntry(name));
  // Format the whole file only if it was formatted before, so no one else's lines change.
  const tidy = source === (await formatted(root, 'curriculum.ts', source));
  const curriculum = tidy ? await formatted(root, 'curriculum.ts', appended) : appended;
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), await formatted(root, file, content));
  }
  writeFileSync(path.join(root, 'curriculum.ts'), curriculum);
  return [...Object.keys(files), 'curriculum.ts'];
}
