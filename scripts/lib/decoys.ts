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

export interface Decoy {
  /** The decoy file, relative to the repository root with forward slashes. */
  readonly file: string;
  /** `MM.KK`, from the folder names. */
  readonly kataId: string;
  readonly slug: string;
  /** The name its results are recorded under: `decoy:02.06/penalised_intercept`. */
  readonly project: string;
  /** The kata's stub and spec in katas/, relative to the root. */
  readonly stub: string;
  readonly spec: string;
  /** From the header: what the decoy gets wrong, and what the first failing spec's message must contain. */
  readonly misconception: string;
  readonly expectMessage: string;
  /** What is wrong with the decoy file itself (its place or its header); empty when it is sound. */
  readonly problems: readonly string[];
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

function posix(file: string): string {
  return file.split(path.sep).join('/');
}

/** One decoy, from its path relative to the root and its source. */
export function describeDecoy(file: string, source: string): Decoy {
  const problems: string[] = [];
  const match = /^decoys\/(week_(\d{2})_[a-z0-9_]+)\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/.exec(
    file,
  );
  if (match === null) {
    problems.push(
      `a decoy lives at decoys/<module>/<NN_slug>/<decoy_slug>.ts in lower case (got ${file})`,
    );
  }
  const [, moduleId = '?', moduleNumber = '??', kataFile = '?', kataNumber = '??', slug = '?'] =
    match ?? [];
  const kataId = `${moduleNumber}.${kataNumber}`;
  const header = parseDecoyHeader(source);
  if (header.summary === undefined) {
    problems.push('the decoy does not open with a /** … */ header');
  } else if (!header.summary.startsWith(`Decoy for kata ${kataId} — `)) {
    problems.push(
      `the header's first line should read "Decoy for kata ${kataId} — <misconception>"`,
    );
  }
  if (!header.misconception) problems.push('the header has no @misconception');
  if (!header.expectMessage) problems.push('the header has no @expectMessage');
  return {
    file,
    kataId,
    slug,
    project: decoyProjectName(kataId, slug),
    stub: `katas/${moduleId}/${kataFile}.ts`,
    spec: `katas/${moduleId}/${kataFile}.spec.ts`,
    misconception: header.misconception ?? '',
    expectMessage: header.expectMessage ?? '',
    problems,
  };
}

/** Every decoy under decoys/, sorted by path; none when the folder does not exist. */
export function listDecoys(root: string): Decoy[] {
  const folder = path.join(root, DECOYS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => posix(path.join(DECOYS_FOLDER, file)))
    .sort()
    .map((file) => describeDecoy(file, readFileSync(path.join(root, file), 'utf8')));
}
