import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Module } from '../../curriculum';
import {
  checkTraceability,
  citations,
  commentsAndStrings,
  theoryIds,
  traceabilitySummary,
} from './traceability_check';

describe('traceability check', () => {
  const THEORY = [
    '# Week 09 — Probe',
    '## Assumptions',
    '| id  | assumption | buys |',
    '| --- | ---------- | ---- |',
    '| A1  | linearity  | b    |',
    '- **B1 — Additive noise.** y = f + ε.',
    '**C9.2 — A claim.** It holds.',
    '```',
    '| A7  | inside a fence: not a definition |',
    '```',
    'Prose that mentions **A2** or B5 defines nothing.',
  ].join('\n');

  it('reads ids from table rows and bold lead-ins, outside code fences', () => {
    expect(theoryIds(THEORY)).toEqual(['A1', 'B1', 'C9.2']);
  });

  it('finds comments and string literals, not identifiers or regular expressions', () => {
    const source = [
      '// line A1',
      "/* block B1 */ const A2 = /B3/; const s = 'str C1';",
      'it(`name ${A2} tail B4`, () => {});',
      'call(); // trailing B6',
    ].join('\n');
    const texts = commentsAndStrings(source);
    expect(texts.join('|')).toContain('// line A1');
    expect(texts).toContain('/* block B1 */');
    expect(texts).toContain('str C1');
    expect(texts).toContain('name ');
    expect(texts).toContain(' tail B4');
    expect(texts).toContain('// trailing B6');
    expect(texts.join('|')).not.toMatch(/A2|B3/);
  });

  it('cites whole words of the module’s letters only, expanding en-dash ranges', () => {
    const letters = new Set(['A', 'C']);
    const cited = citations(
      ['(theory A1)', 'A2–A4, and C9.2.', 'AB1 xA5 A6x 0xA7 R2 B1', 'C9.2.1 is longer'],
      letters,
    );
    expect([...cited].sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'C9.2', 'C9.2.1']);
  });

  describe('on a lab', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lab-trace-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (file: string, content: string): void => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    };
    const kata = (number: string, folder: string): Module['katas'][number] => ({
      id: `09.${number}`,
      title: 'x',
      stub: `katas/${folder}/${number}_x.ts`,
      spec: `katas/${folder}/${number}_x.spec.ts`,
      solution: `solutions/${folder}/${number}_x.ts`,
      theory: `theory/${folder}.md#x`,
      hints: [],
    });
    const moduleOf = (folder: string, count: number): Module => ({
      id: folder,
      number: '09',
      title: 'x',
      question: '?',
      theory: `theory/${folder}.md`,
      katas: Array.from({ length: count }, (_, k) => kata(`0${k + 1}`, folder)),
    });

    it('passes when every id is cited and every spec cites one', () => {
      write('theory/week_09_a.md', THEORY);
      write('katas/week_09_a/01_x.spec.ts', "it('uses A1 and B1 (theory C9.2)', () => {});\n");
      write('katas/week_09_a/02_x.spec.ts', '// A1\n');
      const results = checkTraceability(root, [moduleOf('week_09_a', 2)]);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(traceabilitySummary(results)).toBe(
        'traceability: 3 ids cited of 3, 2 spec files citing of 2, 0 problems',
      );
    });

    it('fails an uncited id, a spec citing none and a citation of an undefined id', () => {
      write('theory/week_09_b.md', THEORY);
      write('katas/week_09_b/01_x.spec.ts', "it('uses A1 and A9', () => {});\n");
      write('katas/week_09_b/02_x.spec.ts', "it('cites nothing', () => {});\n");
      const results = checkTraceability(root, [moduleOf('week_09_b', 2)]);
      const failures = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail ?? ''}`);
      expect(failures).toEqual([
        expect.stringMatching(
          /^traceability spec katas\/week_09_b\/01_x\.spec\.ts cites A9: .*defines no A9/,
        ),
        expect.stringMatching(/^traceability spec katas\/week_09_b\/02_x\.spec\.ts: cites none/),
        expect.stringMatching(/^traceability id B1 \(week_09_b\): no spec of week_09_b cites B1/),
        expect.stringMatching(/^traceability id C9\.2 \(week_09_b\)/),
      ]);
      expect(traceabilitySummary(results)).toBe(
        'traceability: 1 ids cited of 3, 1 spec files citing of 2, 4 problems',
      );
    });

    it('reports, without failing, a module whose theory defines no ids yet', () => {
      write('theory/week_09_c.md', '# Week 09\n\n## Placeholder\n');
      write('katas/week_09_c/01_x.spec.ts', "it('returns twice its input', () => {});\n");
      const results = checkTraceability(root, [moduleOf('week_09_c', 1)]);
      expect(results).toEqual([
        expect.objectContaining({
          ok: true,
          detail: expect.stringMatching(/defines no/) as string,
        }),
      ]);
    });
  });
});
