import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importClosure, kataFingerprint } from './project';

const root = mkdtempSync(path.join(tmpdir(), 'contract-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

write(
  'katas/week_09_probe/01_a.spec.ts',
  "import { a } from './01_a';\nimport { x } from '../../helpers/x';\n",
);
write(
  'katas/week_09_probe/01_a.ts',
  'export const a = 0; // the stub: never what the spec loads\n',
);
write(
  'solutions/week_09_probe/01_a.ts',
  "import { b } from '../../katas/week_09_probe/02_b';\nexport const a = b;\n",
);
write(
  'solutions/week_09_probe/02_b.ts',
  "import type { T } from 'some-package';\nexport const b = 2;\n",
);
write('helpers/x.ts', 'export const x = 1;\n');
write('helpers/unused.ts', 'export const u = 1;\n');
write('vitest.config.ts', 'export default {};\n');

describe('contract fingerprints', () => {
  const entries = ['katas/week_09_probe/01_a.spec.ts', 'solutions/week_09_probe/01_a.ts'];

  it('follow the spec’s and the solution’s relative imports, a stub standing for its solution', () => {
    expect(importClosure(root, entries).map((file) => path.relative(root, file))).toEqual([
      'helpers/x.ts',
      'katas/week_09_probe/01_a.spec.ts',
      'solutions/week_09_probe/01_a.ts',
      'solutions/week_09_probe/02_b.ts',
    ]);
  });

  it('change when a file the kata reaches or its contract changes, and only then', () => {
    const before = kataFingerprint(root, entries, { elements: 1 });
    write('helpers/unused.ts', 'export const u = 2;\n');
    write('katas/week_09_probe/01_a.ts', 'export const a = 1;\n');
    expect(kataFingerprint(root, entries, { elements: 1 })).toBe(before);
    expect(kataFingerprint(root, entries, { elements: 2 })).not.toBe(before);
    write('solutions/week_09_probe/02_b.ts', 'export const b = 3;\n');
    expect(kataFingerprint(root, entries, { elements: 1 })).not.toBe(before);
  });
});
