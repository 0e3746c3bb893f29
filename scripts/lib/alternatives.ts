/**
 * Alternative correct solutions: a second reference implementation of a kata by a different
 * method (Cholesky normal equations against QR, closed form against iteration, loops against
 * ml-matrix …), kept in `solutions/<module>/alternatives/<NN_slug>/<method_slug>.ts`. Each one
 * exports the kata's whole API; it may re-export the solution's functions that are not about
 * the method it names. vitest.config.ts runs every alternative against that kata's spec in the
 * `alternatives` project (replacements.ts), its results recorded as `alt:<kata id>/<method_slug>`, and verify demands that every spec
 * passes: a spec that rejects a correct method judges an accident of one implementation.
 *
 * This file lists and parses the alternatives. vitest.config.ts imports it, so it uses nothing
 * but Node's built-ins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDecoyHeader } from './decoys.ts';

export interface Alternative {
  /** The alternative's file, relative to the repository root with forward slashes. */
  readonly file: string;
  /** `MM.KK`, from the folder names. */
  readonly kataId: string;
  readonly slug: string;
  /** The name its results are recorded under: `alt:01.04/cholesky`. */
  readonly project: string;
  /** The kata's stub and spec in katas/, relative to the root. */
  readonly stub: string;
  readonly spec: string;
  /** From the header's `@method`: how this implementation differs from the reference. */
  readonly method: string;
  /** What is wrong with the file itself (its place or its header); empty when it is sound. */
  readonly problems: readonly string[];
}

export const alternativeProjectName = (kataId: string, slug: string): string =>
  `alt:${kataId}/${slug}`;

const PLACE =
  /^solutions\/(week_(\d{2})_[a-z0-9_]+)\/alternatives\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/;

/** One alternative, from its path relative to the root and its source. */
export function describeAlternative(file: string, source: string): Alternative {
  const problems: string[] = [];
  const match = PLACE.exec(file);
  if (match === null) {
    problems.push(
      `an alternative lives at solutions/<module>/alternatives/<NN_slug>/<method_slug>.ts (got ${file})`,
    );
  }
  const [, moduleId = '?', moduleNumber = '??', kataFile = '?', kataNumber = '??', slug = '?'] =
    match ?? [];
  const kataId = `${moduleNumber}.${kataNumber}`;
  const header = parseDecoyHeader(source);
  const method = /@method\s+([\s\S]*?)(?=\n\s*\*\s*@|\*\/)/.exec(source)?.[1];
  if (header.summary === undefined) {
    problems.push('the alternative does not open with a /** … */ header');
  } else if (!header.summary.startsWith(`Alternative for kata ${kataId} — `)) {
    problems.push(
      `the header's first line should read "Alternative for kata ${kataId} — <method>"`,
    );
  }
  const methodText = (method ?? '')
    .replace(/\s*\*\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (methodText === '') problems.push('the header has no @method');
  return {
    file,
    kataId,
    slug,
    project: alternativeProjectName(kataId, slug),
    stub: `katas/${moduleId}/${kataFile}.ts`,
    spec: `katas/${moduleId}/${kataFile}.spec.ts`,
    method: methodText,
    problems,
  };
}

/** Every alternative under solutions/<module>/alternatives/, sorted by path. */
export function listAlternatives(root: string): Alternative[] {
  const solutions = path.join(root, 'solutions');
  if (!existsSync(solutions)) return [];
  return readdirSync(solutions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = path.join(solutions, entry.name, 'alternatives');
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) =>
          ['solutions', entry.name, 'alternatives', ...file.split(path.sep)].join('/'),
        );
    })
    .sort()
    .map((file) => describeAlternative(file, readFileSync(path.join(root, file), 'utf8')));
}
