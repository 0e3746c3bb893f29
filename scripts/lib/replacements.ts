/**
 * Decoys (a kata's solution with one misconception) and alternative correct solutions, and their
 * Vitest projects (CONTRIBUTING.md). All of a kind share one project, one Vite server and its
 * transforms (a project each cost a second each), through generated spec files that import the
 * kata's spec as `<spec>?replace=<key>`. vitest.config.ts imports this: Node's built-ins only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export type ReplacementKind = 'decoys' | 'alternatives';

/** A decoy or an alternative: its kata, the project its results go under, what is wrong. */
export interface Replacement {
  readonly file: string;
  readonly kataId: string;
  readonly slug: string;
  readonly project: string;
  readonly stub: string;
  readonly spec: string;
  readonly problems: readonly string[];
}

/** From its header: what it gets wrong, and what the first failing spec's message must say. */
export type Decoy = Replacement & {
  readonly misconception: string;
  readonly expectMessage: string;
};
/** From its header: how it differs from the reference. */
export type Alternative = Replacement & { readonly method: string };

const KINDS = {
  decoys: {
    pattern: /^decoys\/(week_(\d{2})_[a-z0-9_]+)\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/,
    title: 'Decoy',
    where: 'a decoy lives at decoys/<module>/<NN_slug>/<decoy_slug>.ts in lower case',
    what: 'misconception',
    project: 'decoy',
  },
  alternatives: {
    pattern:
      /^solutions\/(week_(\d{2})_[a-z0-9_]+)\/alternatives\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/,
    title: 'Alternative',
    where: 'an alternative lives at solutions/<module>/alternatives/<NN_slug>/<method_slug>.ts',
    what: 'method',
    project: 'alt',
  },
} as const;

/** The summary and `@tag`s of a file's leading `/** … *\/` block, their white space folded. */
export function parseHeader(source: string): Record<string, string> {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (block === undefined) return {};
  const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const text = block.replace(/^[ \t]*\* ?/gm, '').trim();
  const [summary = '', ...tagged] = text.split(/\n?(?=@[a-zA-Z]+\b)/);
  const header: Record<string, string> = { summary: fold(summary) };
  for (const part of tagged) {
    const [, tag, value = ''] = /^@([a-zA-Z]+)\s+([\s\S]*)$/.exec(part) ?? [];
    if (tag !== undefined) header[tag] = fold(value);
  }
  return header;
}

/** The kata a file replaces, from its path; problems of its place and header's first line. */
function place(kind: ReplacementKind, file: string, summary: string | undefined): Replacement {
  const { pattern, title, where, what, project } = KINDS[kind];
  const problems: string[] = [];
  const match = pattern.exec(file);
  if (match === null) problems.push(`${where} (got ${file})`);
  const [, moduleId = '?', moduleNumber = '??', kataFile = '?', kataNumber = '??', slug = '?'] =
    match ?? [];
  const kataId = `${moduleNumber}.${kataNumber}`;
  if (summary === undefined)
    problems.push(`the ${title.toLowerCase()} does not open with a /** … */ header`);
  else if (!summary.startsWith(`${title} for kata ${kataId} — `))
    problems.push(`the header's first line should read "${title} for kata ${kataId} — <${what}>"`);
  const stub = `katas/${moduleId}/${kataFile}`;
  return {
    file,
    kataId,
    slug,
    project: `${project}:${kataId}/${slug}`,
    stub: `${stub}.ts`,
    spec: `${stub}.spec.ts`,
    problems,
  };
}

/** One decoy, from its path relative to the root and its source. */
export function describeDecoy(file: string, source: string): Decoy {
  const { summary, misconception = '', expectMessage: quoted = '' } = parseHeader(source);
  const expectMessage = /^(['"`])([\s\S]*)\1$/.exec(quoted)?.[2] ?? quoted;
  const decoy = place('decoys', file, summary);
  const problems = [
    ...decoy.problems,
    ...(misconception ? [] : ['the header has no @misconception']),
    ...(expectMessage ? [] : ['the header has no @expectMessage']),
  ];
  return { ...decoy, misconception, expectMessage, problems };
}

/** One alternative, from its path relative to the root and its source. */
export function describeAlternative(file: string, source: string): Alternative {
  const { summary, method = '' } = parseHeader(source);
  const alternative = place('alternatives', file, summary);
  const problems = [...alternative.problems, ...(method ? [] : ['the header has no @method'])];
  return { ...alternative, method, problems };
}

/** The .ts files under `folder` (relative to the root), as sorted root-relative posix paths. */
export function tsFilesUnder(root: string, folder: string): string[] {
  if (!existsSync(path.join(root, folder))) return [];
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [folder, ...file.split(path.sep)].join('/'))
    .sort();
}

const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

/** Every decoy under decoys/, sorted by path. */
export const listDecoys = (root: string): Decoy[] =>
  tsFilesUnder(root, 'decoys').map((file) => describeDecoy(file, read(root, file)));

/** Every alternative under solutions/<module>/alternatives/, sorted by path. */
export const listAlternatives = (root: string): Alternative[] =>
  tsFilesUnder(root, 'solutions')
    .filter((file) => /^solutions\/[^/]+\/alternatives\//.test(file))
    .map((file) => describeAlternative(file, read(root, file)));

export const listReplacements = (root: string, kind: ReplacementKind): Replacement[] =>
  kind === 'decoys' ? listDecoys(root) : listAlternatives(root);

const MARKER = /\?replace=([\w.-]+)$/;
const keyOf = (replacement: Replacement): string => `${replacement.kataId}-${replacement.slug}`;

export const replacementsFolder = (kind: ReplacementKind): string => `.lab/${kind}`;

/** The generated spec file of a replacement, relative to the root. */
const generatedSpec = (kind: ReplacementKind, { kataId, slug }: Replacement): string =>
  `${replacementsFolder(kind)}/${kataId}/${slug}.spec.ts`;

/**
 * Writes one spec file per replacement under .lab/<kind>/ (a file whose content is unchanged
 * is left alone) and removes those of replacements that no longer exist.
 */
export function writeReplacementSpecs(
  root: string,
  kind: ReplacementKind,
  replacements: readonly Replacement[],
): void {
  const wanted = new Map(
    replacements.map((replacement) => {
      const file = generatedSpec(kind, replacement);
      const spec = path.posix.relative(path.posix.dirname(file), replacement.spec);
      const source = [
        `// Generated by vitest.config.ts: ${replacement.file} in place of ${replacement.stub}.`,
        `import ${JSON.stringify(`${spec}?replace=${keyOf(replacement)}`)};`,
        '',
      ].join('\n');
      return [file, source];
    }),
  );
  for (const file of tsFilesUnder(root, replacementsFolder(kind)))
    if (file.endsWith('.spec.ts') && !wanted.has(file))
      rmSync(path.join(root, file), { force: true });
  for (const [file, source] of wanted) {
    const full = path.join(root, file);
    if (existsSync(full) && readFileSync(full, 'utf8') === source) continue;
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, source);
  }
}

/**
 * A plugin that sends each import of a file under katas/ (`file`, the path without query) to
 * the id `redirect` returns, as resolved for `importer`; undefined leaves it as it is.
 */
export function katasRedirect(
  root: string,
  name: string,
  redirect: (file: string, id: string, importer: string) => string | undefined,
): Plugin {
  const katas = path.join(root, 'katas') + path.sep;
  return {
    name,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const file = resolved.id.split('?')[0] ?? resolved.id;
      const id = file.startsWith(katas) ? redirect(file, resolved.id, importer) : undefined;
      return id === undefined ? resolved : { ...resolved, id };
    },
  };
}

/** A stub's solution: the same path under solutions/. */
export const solutionOf = (root: string, stub: string): string =>
  path.join(root, 'solutions', path.relative(path.join(root, 'katas'), stub));

/**
 * The plugin of one replacement project: an importer marked `?replace=<key>` (a kata's spec,
 * imported so by its generated file) loads the replacement for the kata's stub; every stub
 * otherwise loads its solution, as in the solutions project.
 */
export function replacementPlugin(root: string, replacements: readonly Replacement[]): Plugin {
  const byKey = new Map(replacements.map((replacement) => [keyOf(replacement), replacement]));
  return katasRedirect(root, 'lab-replacements', (file, id, importer) => {
    const key = MARKER.exec(importer)?.[1];
    // A spec imported by a marked spec runs against the same replacement.
    if (file.endsWith('.spec.ts'))
      return key !== undefined && !id.includes('?') ? `${file}?replace=${key}` : undefined;
    const replacement = key === undefined ? undefined : byKey.get(key);
    if (replacement !== undefined && path.join(root, replacement.stub) === file)
      return path.join(root, replacement.file);
    return solutionOf(root, file);
  });
}

/** For the results reporter: the project and spec file each generated spec's results go under. */
export const recordedNames = (root: string): Map<string, { project: string; file: string }> =>
  new Map(
    (['decoys', 'alternatives'] as const).flatMap((kind) =>
      listReplacements(root, kind).map((replacement) => [
        generatedSpec(kind, replacement),
        { project: replacement.project, file: replacement.spec },
      ]),
    ),
  );
