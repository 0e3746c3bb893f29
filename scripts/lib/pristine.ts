/**
 * The pristine stubs: each file of katas/ as committed (at LAB_PRISTINE_REF, default HEAD),
 * whatever the learner has done to the working copy since. The kata-red check runs the specs
 * against these, and `kata reset` restores them, so a learner's edits can neither break the
 * check nor be mistaken for the stub.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const pristineRef = (): string => process.env.LAB_PRISTINE_REF ?? 'HEAD';

export interface PristineFile {
  readonly content: string;
  /** `committed` when read from git; `working-tree` for a file git does not know yet (or no git). */
  readonly source: 'committed' | 'working-tree';
}

/** The committed content of `relativePath` (from the repository root), or the working copy when it is not committed. */
export function readPristine(root: string, relativePath: string): PristineFile {
  const gitPath = relativePath.split(path.sep).join('/');
  try {
    const content = execFileSync('git', ['show', `${pristineRef()}:${gitPath}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { content, source: 'committed' };
  } catch {
    return { content: readFileSync(path.join(root, relativePath), 'utf8'), source: 'working-tree' };
  }
}
