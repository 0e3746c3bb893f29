import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fileHash,
  kataRecord,
  MUTATION_RECORDS,
  mutationLines,
  readKataRecords,
  recordState,
  writeKataRecord,
  type KataFiles,
  type MutantOutcome,
} from './mutation_record';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const KATAS: readonly KataFiles[] = ['01', '02', '03'].map((number) => ({
  id: `09.${number}`,
  solution: `solutions/week_09_probe/${number}_k.ts`,
  spec: `katas/week_09_probe/${number}_k.spec.ts`,
}));

/** A fabricated lab: three katas, each with a solution and a spec. */
function lab(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mutation-record-'));
  folders.push(root);
  mkdirSync(path.join(root, 'solutions', 'week_09_probe'), { recursive: true });
  mkdirSync(path.join(root, 'katas', 'week_09_probe'), { recursive: true });
  for (const kata of KATAS) {
    writeFileSync(path.join(root, kata.solution), `export const k = '${kata.id}';\n`);
    writeFileSync(path.join(root, kata.spec), `// spec of ${kata.id}\n`);
  }
  return root;
}

const mutant = (
  status: MutantOutcome['status'],
  line = 1,
  mutatorName = 'EqualityOperator',
): MutantOutcome => ({
  status,
  mutatorName,
  replacement: mutatorName === 'EqualityOperator' ? 'a <= b' : 'a + b',
  location: { start: { line, column: 1 }, end: { line, column: 5 } },
});

const outcomes = (killed: number, survived: number): MutantOutcome[] => [
  ...Array.from({ length: killed }, (_, i) => mutant(i === 0 ? 'Timeout' : 'Killed', 3)),
  ...Array.from({ length: survived }, (_, i) => mutant('Survived', 10 - i, 'ArithmeticOperator')),
];

function record(root: string, kata: KataFiles, killed: number, survived: number): void {
  const hashes = {
    solutionHash: fileHash(root, kata.solution),
    specHash: fileHash(root, kata.spec),
  };
  const run = {
    commit: 'abcdef1234567',
    date: new Date('2026-12-01T10:00:00Z'),
    minutes: 2.34,
    concurrency: 1,
  };
  writeKataRecord(root, kataRecord(kata, hashes, outcomes(killed, survived), run));
}

describe('mutation records, one per kata', () => {
  it('score killed and timed-out mutants as detected, over detected, survived and uncovered', () => {
    const kata = KATAS[0] as KataFiles;
    const hashes = { solutionHash: '', specHash: '' };
    const run = { commit: '', date: new Date(0), minutes: 0, concurrency: 1 };
    const statuses = ['Killed', 'Timeout', 'Killed', 'Survived', 'NoCoverage', 'Ignored'] as const;
    const all = [...statuses, 'CompileError' as const].map((status) => mutant(status));
    expect(kataRecord(kata, hashes, all, run)).toMatchObject({
      score: 60,
      killed: 3,
      timedOut: 1,
      survived: 1,
      noCoverage: 1,
      ignored: 1,
      errors: 1,
    });
    expect(kataRecord(kata, hashes, [mutant('Ignored')], run).score).toBeNaN();
  });

  it('keeps the score, its counts, every survivor, the run and the hashes of the solution and spec', () => {
    const root = lab();
    const kata = KATAS[0] as KataFiles;
    record(root, kata, 47, 3);
    const saved = readKataRecords(root).get(kata.id);
    expect(saved, 'the record is read back by kata id').toMatchObject({
      kata: '09.01',
      score: 94,
      killed: 47,
      timedOut: 1,
      survived: 3,
      noCoverage: 0,
      commit: 'abcdef1234567',
      minutes: 2.3,
      solutionHash: fileHash(root, kata.solution),
      specHash: fileHash(root, kata.spec),
    });
    expect(
      saved?.survivors.map((s) => s.line),
      'survivors sorted by line',
    ).toEqual([8, 9, 10]);
    expect(
      JSON.parse(readFileSync(path.join(root, MUTATION_RECORDS, '09.01.json'), 'utf8')),
      'one committed file per kata',
    ).toEqual(saved);
  });

  it('a change to a kata’s solution or spec stales that kata alone', () => {
    const root = lab();
    for (const kata of KATAS.slice(0, 2)) record(root, kata, 10, 0);
    const [first, second, third] = KATAS as [KataFiles, KataFiles, KataFiles];
    writeFileSync(path.join(root, first.spec), '// a new it block\n');
    const records = readKataRecords(root);
    expect(recordState(root, first, records.get(first.id)), 'spec changed').toEqual({
      state: 'stale',
      changed: ['spec'],
    });
    expect(recordState(root, second, records.get(second.id)).state, 'untouched kata').toBe('fresh');
    expect(recordState(root, third, records.get(third.id)).state, 'never run').toBe('unrecorded');
    writeFileSync(path.join(root, second.solution), 'export const k = 0;\n');
    expect(recordState(root, second, readKataRecords(root).get(second.id)).changed).toEqual([
      'solution',
    ]);
  });

  it('verify’s lines: the score over fresh records only, then the stale and unrecorded katas by name', () => {
    const root = lab();
    const [first, second] = KATAS as [KataFiles, KataFiles, KataFiles];
    expect(mutationLines(root, KATAS, readKataRecords(root))).toEqual([
      `mutation: no fresh record in ${MUTATION_RECORDS}/ (npm run mutation -- <kata id> records one kata)`,
      'mutation: not recorded yet: 09.01, 09.02, 09.03',
    ]);
    record(root, first, 47, 3);
    record(root, second, 50, 0);
    expect(mutationLines(root, KATAS, readKataRecords(root))).toEqual([
      'mutation: 97.0% over the 2 of 3 katas with a fresh record (97 killed, 3 survived, 0 no coverage): 09.01 94.0%, 09.02 100.0%',
      'mutation: not recorded yet: 09.03',
    ]);
    writeFileSync(path.join(root, second.solution), 'export const k = 0;\n');
    expect(mutationLines(root, KATAS, readKataRecords(root))).toEqual([
      'mutation: 94.0% over the 1 of 3 katas with a fresh record (47 killed, 3 survived, 0 no coverage): 09.01 94.0%',
      'mutation: stale, rerun npm run mutation -- --stale: 09.02 (solution changed)',
      'mutation: not recorded yet: 09.03',
    ]);
  });
});
