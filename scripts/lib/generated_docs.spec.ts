import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { curriculum } from '../../curriculum';
import { writeManifest } from '../module/manifest';
import { moduleVersion, regenerate } from './generated_docs';
import type { RecordedRun } from './results_reporter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const kata = curriculum[0]?.katas[0];
const spec = kata?.spec ?? '';
const notImplemented = { name: 'NotImplementedError', message: 'not implemented yet' };
// Three specs of the first kata, all red on the pristine stub.
const run: RecordedRun = {
  tests: [1, 2, 3].map((n) => ({
    project: 'pristine',
    file: spec,
    name: `spec ${n}`,
    state: 'failed' as const,
    errors: [notImplemented],
  })),
  moduleErrors: [],
};

describe('generated numbers and examples', () => {
  it('rewrites a generated block and the spec counts quoted in example output, leaving the rest', async () => {
    const text = [
      '# Title',
      '',
      '<!-- generated:modules -->',
      'typed by hand',
      '<!-- /generated:modules -->',
      '',
      '```',
      `${kata?.id ?? ''} ${kata?.title ?? ''}: 0/99 specs pass`,
      `✓ ${kata?.id ?? ''} ${kata?.title ?? ''}: all 99 specs pass`,
      'unrelated: 0/99 specs pass',
      '```',
      '',
    ].join('\n');
    const fresh = await regenerate(root, path.join(root, 'README.md'), text, run);
    expect(fresh).not.toContain('typed by hand');
    expect(fresh).toMatch(
      new RegExp(
        `\\| \`${curriculum[0]?.id ?? ''}\`\\s+\\| (open|v\\d+, closed|v\\d+ reopened)\\s+\\|\\s+${curriculum[0]?.katas.length ?? 0} \\|\\s+3 \\|`,
      ),
    );
    expect(fresh).toContain(`${kata?.title ?? ''}: 0/3 specs pass`);
    expect(fresh).toContain('all 3 specs pass');
    expect(fresh).toContain('unrelated: 0/99 specs pass');
    expect(await regenerate(root, path.join(root, 'README.md'), fresh, run)).toBe(fresh);
  });

  it('gives each module the version its manifest records: open, vN closed, vN reopened', () => {
    const lab = mkdtempSync(path.join(tmpdir(), 'lab-docs-'));
    try {
      expect(moduleVersion(lab, 'week_09_probe')).toBe('open');
      const manifest = { module: 'week_09_probe', version: 2, files: {} };
      writeManifest(lab, { ...manifest, status: 'closed' });
      expect(moduleVersion(lab, 'week_09_probe')).toBe('v2, closed');
      writeManifest(lab, { ...manifest, status: 'reopened' });
      expect(moduleVersion(lab, 'week_09_probe')).toBe('v2 reopened');
    } finally {
      rmSync(lab, { recursive: true, force: true });
    }
  });
});
