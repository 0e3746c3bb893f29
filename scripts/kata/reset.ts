/**
 * Restoring a stub as committed without ever losing the learner's work: their file is first
 * copied byte for byte to .lab/backups/<timestamp>/<path> (git-ignored; a folder of its own,
 * apart from the caches in .lab/), the copy is read back and compared byte for byte, and only
 * then is the stub written. Bytes, not text: a file in another encoding (Latin-1) or with a
 * stray byte comes back exactly as it was.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kata } from '../../curriculum';
import { readPristineBytes, resolvePristineRef } from '../lib/pristine';

export type ResetPlan =
  | { readonly kind: 'no-history' }
  | { readonly kind: 'not-committed' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'restore'; readonly pristine: Buffer; readonly current: Buffer | undefined };

/** What a reset of this kata's stub would do. Throws PristineRefError on a bad LAB_PRISTINE_REF. */
export function planReset(root: string, kata: Kata): ResetPlan {
  if (resolvePristineRef(root) === undefined) return { kind: 'no-history' };
  const pristine = readPristineBytes(root, kata.stub);
  if (pristine === undefined) return { kind: 'not-committed' };
  const file = path.join(root, kata.stub);
  const current = existsSync(file) ? readFileSync(file) : undefined;
  return current !== undefined && current.equals(pristine)
    ? { kind: 'unchanged' }
    : { kind: 'restore', pristine, current };
}

/** `.lab/backups/<timestamp>` (a new folder, `-2`, `-3` … appended if that moment is taken). */
export function backupFolder(root: string, now: Date = new Date()): string {
  const base = path.join('.lab', 'backups', now.toISOString().replace(/:/g, '-'));
  let folder = base;
  for (let n = 2; existsSync(path.join(root, folder)); n++) folder = `${base}-${n}`;
  return folder;
}

/** Carries out a `restore` plan; returns the backup's path (relative to root), if there was a file to keep. */
export function applyReset(
  root: string,
  kata: Kata,
  plan: Extract<ResetPlan, { kind: 'restore' }>,
  now: Date = new Date(),
): string | undefined {
  let backup: string | undefined;
  const file = path.join(root, kata.stub);
  if (plan.current !== undefined) {
    backup = path.join(backupFolder(root, now), kata.stub);
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
