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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDecoyHeader, replacing, tsFilesUnder, type Replacing } from './decoys.ts';

export interface Alternative extends Replacing {
  /** The name its results are recorded under: `alt:01.04/cholesky`. */
  readonly project: string;
  /** From the header's `@method`: how this implementation differs from the reference. */
  readonly method: string;
}

export const alternativeProjectName = (kataId: string, slug: string): string =>
  `alt:${kataId}/${slug}`;

/** One alternative, from its path relative to the root and its source. */
export function describeAlternative(file: string, source: string): Alternative {
  const place = replacing(
    file,
    parseDecoyHeader(source).summary,
    /^solutions\/(week_(\d{2})_[a-z0-9_]+)\/alternatives\/((\d{2})_[a-z0-9_]+)\/([a-z0-9_]+)\.ts$/,
    'Alternative',
    'an alternative lives at solutions/<module>/alternatives/<NN_slug>/<method_slug>.ts',
    'method',
  );
  const method = (/@method\s+([\s\S]*?)(?=\n\s*\*\s*@|\*\/)/.exec(source)?.[1] ?? '')
    .replace(/\s*\*\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const problems = [...place.problems, ...(method === '' ? ['the header has no @method'] : [])];
  return {
    file,
    ...place,
    project: alternativeProjectName(place.kataId, place.slug),
    method,
    problems,
  };
}

/** Every alternative under solutions/<module>/alternatives/, sorted by path. */
export function listAlternatives(root: string): Alternative[] {
  return tsFilesUnder(root, 'solutions')
    .filter((file) => /^solutions\/[^/]+\/alternatives\//.test(file))
    .map((file) => describeAlternative(file, readFileSync(path.join(root, file), 'utf8')));
}
