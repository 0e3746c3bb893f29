/**
 * Mutation runs recorded kata by kata (mutation/records/<kata id>.json, committed; CONTRIBUTING.md,
 * Mutation testing): a change to the kata's solution or spec, hashed here, stales its record.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MutantResult, MutantStatus } from '@stryker-mutator/api/core';
import type { Kata } from '../../curriculum';

export const MUTATION_RECORDS = path.join('mutation', 'records');

export type KataFiles = Pick<Kata, 'id' | 'solution' | 'spec'>;
export type MutantOutcome = Pick<
  MutantResult,
  'status' | 'mutatorName' | 'replacement' | 'location'
>;
type KataRecord = ReturnType<typeof kataRecord>;

/** sha256 (first 16 hex digits) of a file, of nothing when it is missing. */
export function fileHash(root: string, file: string): string {
  const content = existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : '';
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export function readKataRecords(root: string): Map<string, KataRecord> {
  const folder = path.join(root, MUTATION_RECORDS);
  if (!existsSync(folder)) return new Map();
  const records = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as KataRecord);
  return new Map(records.map((record) => [record.kata, record]));
}

type Counts = { killed: number; survived: number; noCoverage: number };
const scoreOf = ({ killed, survived, noCoverage }: Counts): number =>
  (100 * killed) / (killed + survived + noCoverage);

/**
 * The record of one kata's Stryker run, with the file hashes taken before it. The score is
 * Stryker's: detected (killed or timed out) over valid (detected, survived, no coverage);
 * ignored mutants (`// Stryker disable next-line`, each shown equivalent) and errors (did not
 * compile, crashed the run) are outside it, counted apart so that a pile of them cannot hide.
 */
export function kataRecord(
  kata: KataFiles,
  hashes: { solutionHash: string; specHash: string },
  outcomes: readonly MutantOutcome[],
  run: { commit: string; date: Date; minutes: number; concurrency: number },
) {
  const count = (...statuses: MutantStatus[]): number =>
    outcomes.filter((outcome) => statuses.includes(outcome.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const survivors = outcomes
    .filter((outcome) => outcome.status === 'Survived' || outcome.status === 'NoCoverage')
    .map((outcome) => ({
      line: outcome.location.start.line,
      mutator: outcome.mutatorName,
      replacement: outcome.replacement,
      status: outcome.status as 'Survived' | 'NoCoverage',
    }))
    .sort((a, b) => a.line - b.line || a.mutator.localeCompare(b.mutator));
  return {
    kata: kata.id,
    solution: kata.solution,
    spec: kata.spec,
    ...hashes,
    // NaN (null in the file) when nothing valid was mutated.
    score: Math.round(scoreOf({ killed, survived, noCoverage }) * 10) / 10,
    killed,
    timedOut: count('Timeout'),
    survived,
    noCoverage,
    ignored: count('Ignored'),
    errors: count('CompileError', 'RuntimeError'),
    survivors,
    commit: run.commit,
    date: run.date.toISOString(),
    /** Wall time of the Stryker run, sandbox and dry run included. */
    minutes: Math.round(run.minutes * 10) / 10,
    concurrency: run.concurrency,
  };
}

export function writeKataRecord(root: string, record: KataRecord): void {
  mkdirSync(path.join(root, MUTATION_RECORDS), { recursive: true });
  const file = path.join(root, MUTATION_RECORDS, `${record.kata}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** Whether a kata's record still describes its solution and spec; for a stale one, which changed. */
export function recordState(
  root: string,
  kata: KataFiles,
  record: KataRecord | undefined,
): { state: 'fresh' | 'stale' | 'unrecorded'; changed: string[] } {
  if (record === undefined) return { state: 'unrecorded', changed: [] };
  const changed = [
    ...(fileHash(root, kata.solution) === record.solutionHash ? [] : ['solution']),
    ...(fileHash(root, kata.spec) === record.specHash ? [] : ['spec']),
  ];
  return { state: changed.length === 0 ? 'fresh' : 'stale', changed };
}

const percent = (counts: Counts): string =>
  Number.isNaN(scoreOf(counts)) ? '—' : `${scoreOf(counts).toFixed(1)}%`;

/**
 * What verify prints: the score over the katas whose record is fresh (Stryker's, summed over
 * them), each fresh kata's own score, then the stale and the unrecorded katas by name.
 */
export function mutationLines(
  root: string,
  katas: readonly KataFiles[],
  records: ReadonlyMap<string, KataRecord>,
): string[] {
  const fresh: KataRecord[] = [];
  const stale: string[] = [];
  const unrecorded: string[] = [];
  for (const kata of katas) {
    const record = records.get(kata.id);
    const { state, changed } = recordState(root, kata, record);
    if (state === 'fresh' && record !== undefined) fresh.push(record);
    else if (state === 'stale') stale.push(`${kata.id} (${changed.join(' and ')} changed)`);
    else unrecorded.push(kata.id);
  }
  const sum = (field: keyof Counts): number =>
    fresh.reduce((total, record) => total + record[field], 0);
  const total = { killed: sum('killed'), survived: sum('survived'), noCoverage: sum('noCoverage') };
  return [
    fresh.length === 0
      ? `mutation: no fresh record in ${MUTATION_RECORDS}/ (npm run mutation -- <kata id> records one kata)`
      : `mutation: ${percent(total)} over the ${fresh.length} of ${katas.length} katas with a fresh record (${total.killed} killed, ${total.survived} survived, ${total.noCoverage} no coverage): ${fresh.map((record) => `${record.kata} ${percent(record)}`).join(', ')}`,
    ...(stale.length > 0
      ? [`mutation: stale, rerun npm run mutation -- --stale: ${stale.join(', ')}`]
      : []),
    ...(unrecorded.length > 0 ? [`mutation: not recorded yet: ${unrecorded.join(', ')}`] : []),
  ];
}
