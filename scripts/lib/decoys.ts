/**
 * Misconception decoys: plausible wrong implementations of one kata, kept in
 * `decoys/<module>/<NN_slug>/<decoy_slug>.ts`, each re-exporting the kata's solution and
 * overriding the function it gets wrong. vitest.config.ts runs every decoy against that kata's
 * spec in the `decoys` project (replacements.ts), its results recorded under the name
 * `decoy:<kata id>/<decoy_slug>`, and the decoys check
 * (decoys_check.ts) demands that a spec rejects it with a message naming the misconception.
 *
 * This file lists and parses the decoys. vitest.config.ts imports it, so it uses nothing but
 * Node's built-ins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Decoy extends Replacing {
  /** The name its results are recorded under: `decoy:02.06/penalised_intercept`. */
  readonly project: string;
  /** From the header: what the decoy gets wrong, and what the first failing spec's message must contain. */
  readonly misconception: string;
  readonly expectMessage: string;
}

export const DECOYS_FOLDER = 'decoys';

export const decoyProjectName = (kataId: string, slug: string): string => `decoy:${kataId}/${slug}`;

/** The tags of a decoy's leading `/** … *\/` block; a tag's text runs to the next tag. */
export function parseDecoyHeader(source: string): {
  summary?: string;
  misconception?: string;
  expectMessage?: string;
} {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (block === undefined) return {};
  const text = block
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
  const [summary = '', ...tagged] = text.split(/\n?(?=@[a-zA-Z]+\b)/);
  const tags: Record<string, string> = {};
  for (const part of tagged) {
    const match = /^@([a-zA-Z]+)\s+([\s\S]*)$/.exec(part);
    if (match !== null) tags[match[1] ?? ''] = (match[2] ?? '').replace(/\s+/g, ' ').trim();
  }
  const unquote = (value: string | undefined): string | undefined => {
    const quoted = value === undefined ? null : /^(['"`])([\s\S]*)\1$/.exec(value);
    return quoted === null ? value : quoted[2];
  };
  return {
    summary: summary.replace(/\s+/g, ' ').trim(),
    misconception: tags.misconception,
    expectMessage: unquote(tags.expectMessage),
  };
}

/** What a decoy and an alternative share: the kata they replace, and what is wrong with the file. */
export interface Replacing {
  /** The file, relative to the repository root with forward slashes. */
  readonly file: string;
  /** `MM.KK`, from the folder names. */
  readonly kataId: string;
  readonly slug: string;
  /** The kata's stub and spec in katas/, relative to the root. */
  readonly stub: string;
  readonly spec: string;
  /** What is wrong with the file itself (its place or its header); empty when it is sound. */
  readonly problems: readonly string[];
}

/**
 * The kata a file replaces, from its path (`pattern` captures the module folder and number, the
 * kata's file and number, and the slug), and the problems of its place and its header's first
 * line, which must read `<kind> for kata <id> — <what>`.
 */
export function replacing(
  file: string,
  summary: string | undefined,
  pattern: RegExp,
  kind: string,
  where: string,
  what: string,
): Omit<Replacing, 'file'> {
  const problems: string[] = [];
  const match = pattern.exec(file);
  if (match === null) problems.push(`${where} (got ${file})`);
  const [, moduleId = '?', moduleNumber = '??', kataFile = '?', kataNumber = '??', slug = '?'] =
    match ?? [];
  const kataId = `${moduleNumber}.${kataNumber}`;
  if (summary === undefined) {
    problems.push(`the ${kind.toLowerCase()} does not open with a /** … */ header`);
  } else if (!summary.startsWith(`${kind} for kata ${kataId} — `)) {
    problems.push(`the header's first line should read "${kind} for kata ${kataId} — <${what}>"`);
  }
  const stub = `katas/${moduleId}/${kataFile}`;
  return { kataId, slug, stub: `${stub}.ts`, spec: `${stub}.spec.ts`, problems };
}

/** The .ts files under `folder` (relative to the root), as sorted root-relative posix paths. */
export function tsFilesUnder(root: string, folder: string): string[] {
  if (!existsSync(path.join(root, folder))) return [];
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [folder, ...file.split(path.sep)].join('/'))
    .sort();
}

/** One decoy, from its path relative to the root and its source. */
export function describeDecoy(file: string, source: string): Decoy {
  const header = parseDecoyHeader(source);
  const place = replacing(
    file,
    header.summary,
    /^decoys\/(week_(\d{2})_[a-z0-9_]+)\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/,
    'Decoy',
    'a decoy lives at decoys/<module>/<NN_slug>/<decoy_slug>.ts in lower case',
    'misconception',
  );
  const problems = [...place.problems];
  if (!header.misconception) problems.push('the header has no @misconception');
  if (!header.expectMessage) problems.push('the header has no @expectMessage');
  return {
    file,
    ...place,
    project: decoyProjectName(place.kataId, place.slug),
    misconception: header.misconception ?? '',
    expectMessage: header.expectMessage ?? '',
    problems,
  };
}

/** Every decoy under decoys/, sorted by path; none when the folder does not exist. */
export function listDecoys(root: string): Decoy[] {
  return tsFilesUnder(root, DECOYS_FOLDER).map((file) =>
    describeDecoy(file, readFileSync(path.join(root, file), 'utf8')),
  );
}
