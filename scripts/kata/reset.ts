/**
 * Restoring a stub as committed without ever losing the learner's work: their file is first
 * copied to .lab/backups/<timestamp>/<path> (git-ignored), the copy read back and compared, and
 * only then is the stub written. Bytes, not text: a Latin-1 file comes back exactly as it was.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kata } from '../../curriculum';
import { readPristineBytes, resolvePristineRef } from '../lib/pristine';

type Restore = {
  readonly kind: 'restore';
  readonly pristine: Buffer;
  readonly current: Buffer | undefined;
};
type ResetPlan = { readonly kind: 'no-history' | 'not-committed' | 'unchanged' } | Restore;

/** What a reset of this kata's stub would do. Throws PristineRefError on a bad LAB_PRISTINE_REF. */
export function planReset(root: string, kata: Kata): ResetPlan {
  if (resolvePristineRef(root) === undefined) return { kind: 'no-history' };
  const pristine = readPristineBytes(root, kata.stub);
  if (pristine === undefined) return { kind: 'not-committed' };
  const file = path.join(root, kata.stub);
  const current = existsSync(file) ? readFileSync(file) : undefined;
  return current?.equals(pristine) ? { kind: 'unchanged' } : { kind: 'restore', pristine, current };
}

/** `.lab/backups/<timestamp>` (a new folder, `-2`, `-3` … appended if that moment is taken). */
export function backupFolder(root: string, now: Date = new Date()): string {
  const base = path.join('.lab', 'backups', now.toISOString().replace(/:/g, '-'));
  let folder = base;
  for (let n = 2; existsSync(path.join(root, folder)); n++) folder = `${base}-${n}`;
  return folder;
}

/** Carries out a `restore` plan; returns the backup's path (from root), if there was a file. */
export function applyReset(root: string, kata: Kata, plan: Restore, now = new Date()) {
  const file = path.join(root, kata.stub);
  const backup = plan.current && path.join(backupFolder(root, now), kata.stub);
  if (backup !== undefined) {
    mkdirSync(path.dirname(path.join(root, backup)), { recursive: true });
    copyFileSync(file, path.join(root, backup));
    if (!readFileSync(path.join(root, backup)).equals(readFileSync(file))) {
      throw new Error(
        `could not back up ${kata.stub} to ${backup} byte for byte: nothing was changed`,
      );
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, plan.pristine);
  return backup?.split(path.sep).join('/');
}
