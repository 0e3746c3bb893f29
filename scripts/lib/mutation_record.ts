/**
 * Mutation runs, recorded kata by kata (mutation/records/<kata id>.json, committed), so that a
 * full run, hours long, can be built up across sessions: `npm run mutation -- 01.04` mutates
 * one kata's solution under its own spec and writes that kata's record. Each record keeps the
 * score and its counts, every survivor, the commit and date of the run, and a hash of the two
 * files the result depends on most: the mutated solution and the kata's spec. A change to
 * either makes that kata's record stale and leaves every other kata's standing. (Helpers and
 * other katas' solutions that a solution imports are not hashed: a change there is rare and
 * shows up at the next rerun.) `npm run verify` prints the score over the fresh records and
 * names the katas whose record is stale or missing; neither fails it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MutantOutcome, Score } from './mutation_score';

export const MUTATION_RECORDS = path.join('mutation', 'records');

/** What a record needs to know of a kata (a subset of curriculum.ts's Kata). */
export interface KataFiles {
  readonly id: string;
  readonly solution: string;
  readonly spec: string;
}

export interface Survivor {
  readonly line: number;
  readonly mutator: string;
  readonly replacement: string;
  readonly status: 'Survived' | 'NoCoverage';
}

export interface KataRecord {
  readonly kata: string;
  readonly solution: string;
  readonly spec: string;
  /** sha256 (first 16 hex digits) of the solution and of the spec when the run started. */
  readonly solutionHash: string;
  readonly specHash: string;
  readonly score: number;
  /** Killed or timed out (Stryker counts a timeout as detected); timedOut says how many timed out. */
  readonly killed: number;
  readonly timedOut: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  /** Mutants that did not compile or crashed the run: outside the score, counted apart. */
  readonly errors: number;
  readonly survivors: readonly Survivor[];
  readonly commit: string;
  /** ISO date and time of the run. */
  readonly date: string;
  /** Wall time of the Stryker run, sandbox and dry run included. */
  readonly minutes: number;
  readonly concurrency: number;
}

export function fileHash(root: string, file: string): string {
  const content = existsSync(path.join(root, file)) ? readFileSync(path.join(root, file)) : '';
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

const recordFile = (root: string, kataId: string): string =>
  path.join(root, MUTATION_RECORDS, `${kataId}.json`);

export function readKataRecords(root: string): Map<string, KataRecord> {
  const folder = path.join(root, MUTATION_RECORDS);
  const records = new Map<string, KataRecord>();
  if (!existsSync(folder)) return records;
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const record = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as KataRecord;
    records.set(record.kata, record);
  }
  return records;
}

/** The record of one kata's run, from Stryker's outcomes and the file hashes taken before it. */
export function kataRecord(
  kata: KataFiles,
  hashes: { solutionHash: string; specHash: string },
  score: Score,
  outcomes: readonly MutantOutcome[],
  run: { commit: string; date: Date; minutes: number; concurrency: number },
): KataRecord {
  const survivors = outcomes
    .filter(
      (outcome): outcome is MutantOutcome & { status: Survivor['status'] } =>
        outcome.status === 'Survived' || outcome.status === 'NoCoverage',
    )
    .map((outcome) => ({
      line: outcome.line,
      mutator: outcome.mutatorName,
      replacement: outcome.replacement,
      status: outcome.status,
    }))
    .sort((a, b) => a.line - b.line || a.mutator.localeCompare(b.mutator));
  return {
    kata: kata.id,
    solution: kata.solution,
    spec: kata.spec,
    ...hashes,
    score: Math.round(score.score * 10) / 10,
    killed: score.killed,
    timedOut: outcomes.filter((outcome) => outcome.status === 'Timeout').length,
    survived: score.survived,
    noCoverage: score.noCoverage,
    ignored: score.ignored,
    errors: score.errors,
    survivors,
    commit: run.commit,
    date: run.date.toISOString(),
    minutes: Math.round(run.minutes * 10) / 10,
    concurrency: run.concurrency,
  };
}

export function writeKataRecord(root: string, record: KataRecord): void {
  mkdirSync(path.join(root, MUTATION_RECORDS), { recursive: true });
  writeFileSync(recordFile(root, record.kata), `${JSON.stringify(record, null, 2)}\n`);
}

export type RecordState = 'fresh' | 'stale' | 'unrecorded';

/** Whether a kata's record still describes its solution and spec; for a stale one, which changed. */
export function recordState(
  root: string,
  kata: KataFiles,
  record: KataRecord | undefined,
): { state: RecordState; changed: string[] } {
  if (record === undefined) return { state: 'unrecorded', changed: [] };
  const changed = [
    ...(fileHash(root, kata.solution) === record.solutionHash ? [] : ['solution']),
    ...(fileHash(root, kata.spec) === record.specHash ? [] : ['spec']),
  ];
  return { state: changed.length === 0 ? 'fresh' : 'stale', changed };
}

const percent = (killed: number, valid: number): string =>
  valid === 0 ? '—' : `${((100 * killed) / valid).toFixed(1)}%`;

/**
 * What verify prints: the score over the katas whose record is fresh (detected / valid summed
 * over them, Stryker's definition), each fresh kata's own score, then the stale and the
 * unrecorded katas by name.
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
  const sum = (field: 'killed' | 'survived' | 'noCoverage'): number =>
    fresh.reduce((total, record) => total + record[field], 0);
  const [killed, survived, noCoverage] = [sum('killed'), sum('survived'), sum('noCoverage')];
  const lines = [
    fresh.length === 0
      ? `mutation: no fresh record in ${MUTATION_RECORDS}/ (npm run mutation -- <kata id> records one kata)`
      : `mutation: ${percent(killed, killed + survived + noCoverage)} over the ${fresh.length} of ${katas.length} katas with a fresh record (${killed} killed, ${survived} survived, ${noCoverage} no coverage): ${fresh.map((record) => `${record.kata} ${percent(record.killed, record.killed + record.survived + record.noCoverage)}`).join(', ')}`,
  ];
  if (stale.length > 0)
    lines.push(`mutation: stale, rerun npm run mutation -- --stale: ${stale.join(', ')}`);
  if (unrecorded.length > 0) lines.push(`mutation: not recorded yet: ${unrecorded.join(', ')}`);
  return lines;
}
