/**
 * Restoring a stub as committed without ever losing the learner's work: their file is first
 * copied to .lab/backups/<timestamp>/<path> (git-ignored), the copy is read back and
 * compared, and only then is the stub written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kata } from '../../curriculum';
import { readPristine } from '../lib/pristine';

export type ResetPlan =
  | { readonly kind: 'not-committed' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'restore'; readonly pristine: string; readonly current: string | undefined };

/** What a reset of this kata's stub would do. */
export function planReset(root: string, kata: Kata): ResetPlan {
  let pristine;
  try {
    pristine = readPristine(root, kata.stub);
  } catch {
    return { kind: 'not-committed' }; // neither committed nor on disk
  }
  const file = path.join(root, kata.stub);
  if (pristine.source !== 'committed') return { kind: 'not-committed' };
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return current === pristine.content
    ? { kind: 'unchanged' }
    : { kind: 'restore', pristine: pristine.content, current };
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
  if (plan.current !== undefined) {
    backup = path.join(backupFolder(root, now), kata.stub);
    mkdirSync(path.dirname(path.join(root, backup)), { recursive: true });
    writeFileSync(path.join(root, backup), plan.current);
    if (readFileSync(path.join(root, backup), 'utf8') !== plan.current) {
      throw new Error(`could not back up ${kata.stub} to ${backup}: nothing was changed`);
    }
  }
  mkdirSync(path.dirname(path.join(root, kata.stub)), { recursive: true });
  writeFileSync(path.join(root, kata.stub), plan.pristine);
  return backup?.split(path.sep).join('/');
}
