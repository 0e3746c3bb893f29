/** Every git command the lab's scripts run, in the repository root. */
import { execFileSync } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
}

/** `git <args>`'s output as bytes (a blob as committed); a failure throws with git's own message. */
export function gitBytes(root: string, args: readonly string[]): Buffer {
  try {
    return execFileSync('git', args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new GitError(`git ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

export const git = (root: string, args: readonly string[]): string =>
  gitBytes(root, args).toString('utf8');

/** The output of `git <args>`, or undefined when it fails. */
export function tryGit(root: string, args: readonly string[]): string | undefined {
  try {
    return git(root, args);
  } catch {
    return undefined;
  }
}

export const gitSucceeds = (root: string, args: readonly string[]): boolean =>
  tryGit(root, args) !== undefined;

/** `git rev-parse --short HEAD`, marked when tracked files changed; "unknown" outside git. */
export function currentCommit(root: string): string {
  const commit = tryGit(root, ['rev-parse', '--short', 'HEAD'])?.trim();
  // Only the tracked files the report draws on matter; untracked scratch files do not.
  const status = tryGit(root, ['status', '--porcelain', '--untracked-files=no']);
  if (commit === undefined || status === undefined) return 'unknown';
  return status.trim().length > 0 ? `${commit} (with uncommitted changes)` : commit;
}
