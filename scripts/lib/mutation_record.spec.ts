import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MUTATION_RECORD,
  mutatedFiles,
  mutationLines,
  readMutationRecord,
  writeMutationRecord,
} from './mutation_record';
import { score } from './mutation_score';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fabricated lab: one module with two solution files and its index. */
function lab(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mutation-record-'));
  folders.push(root);
  const module = path.join(root, 'solutions', 'week_09_probe');
  mkdirSync(module, { recursive: true });
  mkdirSync(path.join(root, 'mutation'));
  writeFileSync(path.join(module, '01_a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(module, '02_b.ts'), 'export const b = 2;\n');
  writeFileSync(path.join(module, 'index.ts'), "export * from './01_a';\n");
  return root;
}

const outcomes = (killed: number, survived: number) => [
  ...Array.from({ length: killed }, () => ({
    file: 'solutions/week_09_probe/01_a.ts',
    status: 'Killed' as const,
    mutatorName: 'x',
    replacement: 'y',
    line: 1,
  })),
  ...Array.from({ length: survived }, () => ({
    file: 'solutions/week_09_probe/02_b.ts',
    status: 'Survived' as const,
    mutatorName: 'x',
    replacement: 'y',
    line: 1,
  })),
];

describe('mutation record', () => {
  const ranAt = new Date('2026-12-01T10:00:00Z');

  it('mutates the solutions of a module but its index', () => {
    expect(mutatedFiles(lab(), 'week_09_probe')).toEqual([
      'solutions/week_09_probe/01_a.ts',
      'solutions/week_09_probe/02_b.ts',
    ]);
  });

  it('records each module’s score with the commit and date, and prints it with its age', () => {
    const root = lab();
    writeMutationRecord(root, [score('week_09_probe', outcomes(47, 3))], {
      commit: 'abcdef1234567',
      date: ranAt,
    });
    const record = readMutationRecord(root);
    expect(record.week_09_probe).toMatchObject({
      score: 94,
      killed: 47,
      survived: 3,
      commit: 'abcdef1234567',
    });
    expect(JSON.parse(readFileSync(path.join(root, MUTATION_RECORD), 'utf8'))).toEqual(record);
    expect(mutationLines(root, record, new Date('2026-12-04T10:00:00Z'))).toEqual([
      'mutation week_09_probe: 94.0% (47 killed, 3 survived, 0 no coverage; commit abcdef1, 2026-12-01, 3 days old)',
    ]);
    expect(mutationLines(root, record, new Date('2026-12-01T15:30:00Z'))[0]).toMatch(
      /, 5 h old\)$/,
    );
  });

  it('flags a module whose solutions changed since the run, and says when nothing was recorded', () => {
    const root = lab();
    expect(mutationLines(root, readMutationRecord(root))).toEqual([
      `mutation: no recorded run (${MUTATION_RECORD}); npm run mutation writes it`,
    ]);
    writeMutationRecord(root, [score('week_09_probe', outcomes(10, 0))], {
      commit: 'c0ffee0',
      date: ranAt,
    });
    writeFileSync(path.join(root, 'solutions', 'week_09_probe', 'index.ts'), '// not mutated\n');
    expect(mutationLines(root, readMutationRecord(root), ranAt)[0]).not.toMatch(/changed since/);
    writeFileSync(
      path.join(root, 'solutions', 'week_09_probe', '02_b.ts'),
      'export const b = 3;\n',
    );
    expect(mutationLines(root, readMutationRecord(root), ranAt)[0]).toMatch(
      /; ⚠ its solutions changed since: rerun npm run mutation\)$/,
    );
  });

  it('keeps the other modules’ entries when one module is rerun', () => {
    const root = lab();
    writeMutationRecord(root, [score('week_08_old', outcomes(1, 0))], { commit: 'a', date: ranAt });
    writeMutationRecord(root, [score('week_09_probe', outcomes(1, 1))], {
      commit: 'b',
      date: ranAt,
    });
    expect(Object.keys(readMutationRecord(root))).toEqual(['week_08_old', 'week_09_probe']);
  });
});
