/**
 * The pristine stubs: each file of katas/ as committed at LAB_PRISTINE_REF (default HEAD),
 * whatever the learner did to the working copy since; the kata-red check and `kata reset` use them.
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
 * The ref LAB_PRISTINE_REF (or HEAD) names, once `git rev-parse --verify --end-of-options`
 * found its commit (a value starting with `-` is never an option; a mistyped ref throws rather
 * than falls back); undefined when HEAD, the default even when spelt out, has no commit yet.
 */
export function resolvePristineRef(root: string): string | undefined {
  const ref = pristineRef();
  const key = `${root}\0${ref}`;
  const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
  if (verified.has(key) || gitSucceeds(root, args)) {
    verified.add(key);
    return ref;
  }
  if (ref === 'HEAD') return undefined;
  throw new PristineRefError(
    `LAB_PRISTINE_REF=${ref} does not name a commit of this repository (git rev-parse --verify failed): unset it, or set it to a commit, branch or tag`,
  );
}

/** In plain words, for a copy of the lab without git history. */
export const NO_HISTORY =
  'this copy of the lab has no git history (it was downloaded, or cloned without its commits), so there is no committed stub to compare with or restore; clone the lab with `git clone` to get one';

/** The committed bytes of `relativePath`, or undefined when that commit (or any) lacks it. */
export function readPristineBytes(root: string, relativePath: string): Buffer | undefined {
  const ref = resolvePristineRef(root);
  if (ref === undefined) return undefined;
  try {
    return gitBytes(root, ['cat-file', 'blob', `${ref}:${relativePath.split(path.sep).join('/')}`]);
  } catch {
    return undefined;
  }
}

/** The committed content of `relativePath` (from the root), or the working copy's uncommitted. */
export const readPristine = (root: string, relativePath: string): { content: string } => ({
  content:
    readPristineBytes(root, relativePath)?.toString('utf8') ??
    readFileSync(path.join(root, relativePath), 'utf8'),
});
