import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadingHeader } from '../lib/curriculum_check';
import { moduleFiles, parseModuleName, scaffoldModule } from './scaffold';

describe('module new', () => {
  it('takes week_NN_topic names and nothing else', () => {
    expect(parseModuleName('week_03_bias_variance')).toEqual({
      id: 'week_03_bias_variance',
      number: '03',
      title: 'Bias variance',
    });
    for (const bad of ['week_3_x', 'Week_03_x', 'week_03_', 'week_03_X', 'week_03_a-b', undefined])
      expect(() => parseModuleName(bad)).toThrow(/week_NN_topic/);
  });

  it('scaffolds a kata whose stub and solution share a header and whose stub throws its own error', () => {
    const files = moduleFiles(parseModuleName('week_07_probe'));
    const stub = files['katas/week_07_probe/01_placeholder.ts'] ?? '';
    const solution = files['solutions/week_07_probe/01_placeholder.ts'] ?? '';
    expect(leadingHeader(stub)).toBe(leadingHeader(solution));
    expect(leadingHeader(stub)).toContain('Kata 07.01 — Placeholder');
    expect(stub).toContain("new NotImplementedError('07.01', 'placeholder')");
    expect(files['theory/week_07_probe.md']).toContain('\n## Placeholder\n');
  });

  it('refuses a week number that is taken and files that exist, writing nothing', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lab-scaffold-'));
    try {
      writeFileSync(path.join(root, 'curriculum.ts'), 'export const curriculum = [];\n');
      await expect(
        scaffoldModule(root, parseModuleName('week_01_other'), ['week_01_linear_regression']),
      ).rejects.toThrow(/week 01 exists already: week_01_linear_regression/);
      await scaffoldModule(root, parseModuleName('week_05_probe'), []);
      expect(readFileSync(path.join(root, 'curriculum.ts'), 'utf8')).toMatch(
        /module\(\s*["']week_05_probe/,
      );
      await expect(scaffoldModule(root, parseModuleName('week_05_probe'), [])).rejects.toThrow(
        /would overwrite/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
