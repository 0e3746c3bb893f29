/** The commit a report was built from: `git rev-parse --short HEAD`, or "unknown" outside git. */
import { execFileSync } from 'node:child_process';

export function currentCommit(cwd: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    // Only the tracked files the report draws on matter; untracked scratch files do not.
    const dirty = git('status', '--porcelain', '--untracked-files=no').length > 0;
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}
