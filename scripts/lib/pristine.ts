/**
 * The pristine stubs: each file of katas/ as committed (at LAB_PRISTINE_REF, default HEAD),
 * whatever the learner has done to the working copy since. The kata-red check runs the specs
 * against these, and `kata reset` restores them, so a learner's edits can neither break the
 * check nor be mistaken for the stub.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gitBytes, gitSucceeds } from './git.ts';

export class PristineRefError extends Error {
  override name = 'PristineRefError';
}

/** The ref the pristine stubs are read at: LAB_PRISTINE_REF, or HEAD. */
export const pristineRef = (): string => process.env.LAB_PRISTINE_REF ?? 'HEAD';

/** Refs already verified, per root: the check runs once, not once per file. */
const verified = new Set<string>();

/**
 * The ref LAB_PRISTINE_REF (or HEAD) names, once checked with
 * `git rev-parse --verify --end-of-options <ref>^{commit}`: a value that starts with `-` is
 * never read as an option, and a mistyped ref is an error rather than a silent fallback.
 * `undefined` when there is no git history at all (a download, or `git init` without a commit)
 * and LAB_PRISTINE_REF is not set, or set to HEAD (the default, spelt out: the helpers project
 * and verify set it so).
 */
export function resolvePristineRef(root: string): string | undefined {
  const ref = pristineRef();
  const key = `${root}\0${ref}`;
  if (verified.has(key)) return ref;
  if (
    gitSucceeds(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  ) {
    verified.add(key);
    return ref;
  }
  // No history: said by the caller in plain words. HEAD is the default, even when spelt out.
  if (ref === 'HEAD') return undefined;
  throw new PristineRefError(
    `LAB_PRISTINE_REF=${ref} does not name a commit of this repository (git rev-parse --verify failed): unset it, or set it to a commit, branch or tag`,
  );
}

/** In plain words, for a copy of the lab without git history. */
export const NO_HISTORY =
  'this copy of the lab has no git history (it was downloaded, or cloned without its commits), so there is no committed stub to compare with or restore; clone the lab with `git clone` to get one';

export interface PristineFile {
  readonly content: string;
  /** `committed` when read from git; `working-tree` for a file git does not know yet (or no git). */
  readonly source: 'committed' | 'working-tree';
}

/** The committed bytes of `relativePath`, or undefined when that commit does not hold it (or there is no history). */
export function readPristineBytes(root: string, relativePath: string): Buffer | undefined {
  const ref = resolvePristineRef(root);
  if (ref === undefined) return undefined;
  try {
    return gitBytes(root, ['cat-file', 'blob', `${ref}:${relativePath.split(path.sep).join('/')}`]);
  } catch {
    return undefined;
  }
}

/** The committed content of `relativePath` (from the repository root), or the working copy when it is not committed. */
export function readPristine(root: string, relativePath: string): PristineFile {
  const bytes = readPristineBytes(root, relativePath);
  if (bytes !== undefined) return { content: bytes.toString('utf8'), source: 'committed' };
  return { content: readFileSync(path.join(root, relativePath), 'utf8'), source: 'working-tree' };
}
