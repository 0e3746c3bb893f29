import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function write(file: string, content: string, folder = root): void {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), content);
}

/** git in `folder`, as a test author. */
const gitAs = (folder: string, args: string[]): string =>
  git(folder, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);

function commit(folder = root): void {
  git(folder, ['add', '--all']);
  gitAs(folder, ['commit', '-qm', 'c']);
}

function close(status: Manifest['status'] = 'closed'): void {
  const files: Record<string, string> = {};
  for (const file of [SPEC, STUB, ENTRY]) files[file] = sha256(currentContent(root, file) ?? '');
  writeManifest(root, { module: 'week_01_a', version: 1, status, files });
}

const failures = (folder = root): string[] =>
  checkClosedModules(folder)
    .filter((result) => !result.ok)
    .map((result) => `${result.name}: ${result.detail ?? ''}`);

/** A git repository holding a one-kata module week_01_a, its spec and stub at v1, uncommitted. */
function lab(prefix: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  git(folder, ['init', '-q']);
  const curriculum = "export const curriculum = [\n  module('week_01_a', 'A', '?', [x]),\n];\n";
  write('curriculum.ts', curriculum, folder);
  write(SPEC, 'spec v1\n', folder);
  write(STUB, 'stub v1\n', folder);
  return folder;
}

beforeAll(() => {
  root = lab('lab-closed-');
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

describe('closed-modules check against the tag (issue 18: closed means closed)', () => {
  let tagged = '';
  const at = (file: string): string => path.join(tagged, file);
  const put = (file: string, content: string): void => write(file, content, tagged);
  const failing = (): string[] => failures(tagged);
  const restore = (): void => {
    git(tagged, ['checkout', '-q', '--', '.']);
    git(tagged, ['clean', '-qfd']);
  };

  beforeAll(() => {
    tagged = lab('lab-closed-tag-');
    put('helpers/validation.ts', 'export const v = 1;\n');
    const files = { [SPEC]: sha256('spec v1\n'), [STUB]: sha256('stub v1\n') };
    writeManifest(tagged, { module: 'week_01_a', version: 1, status: 'closed', files });
    commit(tagged);
    gitAs(tagged, ['tag', '-a', 'week_01_a/v1', '-m', 'v1']);
  });
  afterAll(() => rmSync(tagged, { recursive: true, force: true }));

  it('passes the module as tagged, and a learner’s work on a stub', () => {
    expect(failing()).toEqual([]);
    put(STUB, 'my implementation\n');
    expect(failing()).toEqual([]);
    restore();
  });

  it('fails a status flipped to reopened without the reopen commit', () => {
    const file = at('manifests/week_01_a.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    writeFileSync(file, JSON.stringify({ ...manifest, status: 'reopened' }));
    expect(failing().join('\n')).toMatch(/no commit reopened it/);
    restore();
  });

  it('fails a deleted manifest', () => {
    rmSync(at('manifests/week_01_a.json'));
    expect(failing().join('\n')).toMatch(/manifests\/week_01_a\.json is missing/);
    restore();
  });

  it('fails a spec edited with its hash recomputed in the manifest', () => {
    put(SPEC, 'spec v2\n');
    const file = at('manifests/week_01_a.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    writeFileSync(
      file,
      JSON.stringify(
        { ...manifest, files: { ...manifest.files, [SPEC]: sha256('spec v2\n') } },
        null,
        2,
      ),
    );
    expect(failing().join('\n')).toMatch(/differs from week_01_a\/v1/);
    restore();
  });

  it('fails an edit to the module’s curriculum entry, not to another module’s', () => {
    put(
      'curriculum.ts',
      "export const curriculum = [\n  module('week_01_a', 'A', '?', [x]),\n  module('week_02_b', 'B', '?', []),\n];\n",
    );
    expect(failing()).toEqual([]);
    put(
      'curriculum.ts',
      "export const curriculum = [\n  module('week_01_a', 'A!', '?', [x]),\n];\n",
    );
    expect(failing().join('\n')).toMatch(/curriculum\.ts#week_01_a differs from week_01_a\/v1/);
    restore();
  });

  it('fails an edit to a helper the module depends on', () => {
    put('helpers/validation.ts', 'export const v = 2;\n');
    expect(failing().join('\n')).toMatch(/helpers\/validation\.ts differs from week_01_a\/v1/);
    restore();
  });
});
