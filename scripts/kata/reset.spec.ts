import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../lib/git';
import { modules } from './fixture';
import { NO_HISTORY, PristineRefError } from '../lib/pristine';
import { applyReset, backupFolder, planReset } from './reset';

const [committed, uncommitted] = modules[0]!.katas;
let root = '';
const file = (relative: string): string => path.join(root, relative);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lab-reset-'));
  mkdirSync(path.dirname(file(committed!.stub)), { recursive: true });
  writeFileSync(file(committed!.stub), 'stub\n');
  git(root, ['init', '-q']);
  git(root, ['add', '--all']);
  git(root, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'c']);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reset', () => {
  it('has nothing to do for an untouched stub, and refuses one git has never seen', () => {
    expect(planReset(root, committed!).kind).toBe('unchanged');
    expect(planReset(root, uncommitted!).kind).toBe('not-committed');
    writeFileSync(file(uncommitted!.stub), 'mine\n');
    expect(planReset(root, uncommitted!).kind).toBe('not-committed');
  });

  it('backs the learner’s file up before restoring the stub, in a new folder every time', () => {
    const now = new Date('2030-01-02T03:04:05.678Z');
    writeFileSync(file(committed!.stub), 'my work\n');
    const plan = planReset(root, committed!);
    if (plan.kind !== 'restore') throw new Error(`expected a restore plan, got ${plan.kind}`);
    const backup = applyReset(root, committed!, plan, now);
    expect(backup).toBe(`.lab/backups/2030-01-02T03-04-05.678Z/${committed!.stub}`);
    expect(readFileSync(file(backup!), 'utf8')).toBe('my work\n');
    expect(readFileSync(file(committed!.stub), 'utf8')).toBe('stub\n');
    expect(backupFolder(root, now)).toBe('.lab/backups/2030-01-02T03-04-05.678Z-2');
  });

  it('restores a deleted stub without a backup', () => {
    rmSync(file(committed!.stub));
    const plan = planReset(root, committed!);
    if (plan.kind !== 'restore') throw new Error(`expected a restore plan, got ${plan.kind}`);
    expect(applyReset(root, committed!, plan)).toBeUndefined();
    expect(existsSync(file(committed!.stub))).toBe(true);
  });
});

describe('reset keeps bytes, refuses bad refs and says when there is no history (issue 18)', () => {
  it('backs up and compares bytes: a Latin-1 file comes back byte for byte', () => {
    // "café" in Latin-1: 0xE9 is not valid UTF-8, and a decode/re-encode turns it into U+FFFD.
    const latin1 = Buffer.from([0x2f, 0x2f, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    writeFileSync(file(committed!.stub), latin1);
    const plan = planReset(root, committed!);
    if (plan.kind !== 'restore') throw new Error(`expected a restore plan, got ${plan.kind}`);
    const backup = applyReset(root, committed!, plan, new Date('2031-01-01T00:00:00.000Z'));
    expect(readFileSync(file(backup!)).equals(latin1), 'the backup is not the same bytes').toBe(
      true,
    );
  });

  it('treats LAB_PRISTINE_REF as a commit, never as an option, and a bad one as an error', () => {
    const saved = process.env.LAB_PRISTINE_REF;
    try {
      for (const ref of ['--output=elsewhere.txt', 'no-such-branch']) {
        process.env.LAB_PRISTINE_REF = ref;
        expect(() => planReset(root, committed!), ref).toThrow(PristineRefError);
        expect(existsSync(file('elsewhere.txt'))).toBe(false);
      }
    } finally {
      if (saved === undefined) delete process.env.LAB_PRISTINE_REF;
      else process.env.LAB_PRISTINE_REF = saved;
    }
  });

  it('says in plain words that a copy without git history has nothing to restore', () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'lab-nohistory-'));
    try {
      git(bare, ['init', '-q']);
      expect(planReset(bare, committed!).kind).toBe('no-history');
      expect(NO_HISTORY).toMatch(/no git history/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
