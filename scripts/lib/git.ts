/** The few git commands the lab's scripts need, run in the repository root. */
import { execFileSync } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
}

/** Runs `git <args>` and returns its output; a failure throws with git's own message. */
export function git(root: string, args: readonly string[]): string {
  try {
    return execFileSync('git', [...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new GitError(
      `git ${args.join(' ')} failed: ${stderr.trim() || (error as Error).message}`,
    );
  }
}

/** Whether `git <args>` succeeds. */
export function gitSucceeds(root: string, args: readonly string[]): boolean {
  try {
    git(root, args);
    return true;
  } catch {
    return false;
  }
}
