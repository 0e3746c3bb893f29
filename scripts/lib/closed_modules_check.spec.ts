import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentContent, sha256, writeManifest, type Manifest } from '../module/manifest';
import { checkClosedModules } from './closed_modules_check';
import { git } from './git';

const SPEC = 'katas/week_01_a/01_x.spec.ts';
const STUB = 'katas/week_01_a/01_x.ts';
const ENTRY = 'curriculum.ts#week_01_a';
let root = '';

function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

function commit(): void {
  git(root, ['add', '--all']);
  git(root, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'c']);
}

function close(status: Manifest['status'] = 'closed'): void {
  const files: Record<string, string> = {};
  for (const file of [SPEC, STUB, ENTRY]) files[file] = sha256(currentContent(root, file) ?? '');
  writeManifest(root, {
    module: 'week_01_a',
    version: 1,
    status,
    commit: 'x',
    closedAt: '',
    files,
  });
}

const failures = (): string[] =>
  checkClosedModules(root)
    .filter((result) => !result.ok)
    .map((result) => `${result.name}: ${result.detail ?? ''}`);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lab-closed-'));
  git(root, ['init', '-q']);
  write(
    'curriculum.ts',
    "export const curriculum = [\n  module('week_01_a', 'A', '?', [x]),\n];\n",
  );
  write(SPEC, 'spec v1\n');
  write(STUB, 'stub v1\n');
  commit();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('closed-modules check', () => {
  it('passes an unchanged module, one check per file', () => {
    close();
    expect(checkClosedModules(root).map((r) => [r.name, r.ok])).toEqual([
      [`closed week_01_a v1: ${SPEC}`, true],
      [`closed week_01_a v1: ${STUB}`, true],
      [`closed week_01_a v1: ${ENTRY}`, true],
    ]);
  });

  it('ignores a learner’s work on a stub, which is compared as committed', () => {
    write(STUB, 'my implementation\n');
    expect(failures()).toEqual([]);
  });

  it('fails naming a spec edited on disk, a stub changed in a commit and a changed curriculum entry', () => {
    write(SPEC, 'spec v2\n');
    commit(); // commits the stub edit too: now the committed stub differs
    write(
      'curriculum.ts',
      "export const curriculum = [\n  module('week_01_a', 'A', '?', [y]),\n];\n",
    );
    const found = failures();
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      /^closed week_01_a v1: katas\/week_01_a\/01_x\.spec\.ts: katas\/week_01_a\/01_x\.spec\.ts differs from manifests\/week_01_a\.json; reopen it first/,
    );
    expect(found[1]).toContain(STUB);
    expect(found[2]).toContain('curriculum.ts#week_01_a');
  });

  it('lets a reopened module change, and reports a manifest it cannot read', () => {
    close('reopened');
    write(SPEC, 'spec v3\n');
    expect(failures()).toEqual([]);
    write('manifests/broken.json', '{');
    expect(failures()).toEqual([
      expect.stringMatching(/^manifests\/broken\.json: not a readable manifest/),
    ]);
    rmSync(path.join(root, 'manifests', 'broken.json'));
  });
});
