/**
 * The last mutation run's figures, kept in a small committed file (mutation/last_run.json) so
 * that `npm run verify` can print them without the ten-minute run: per module, the score and
 * its counts, the commit and date of the run, and a hash of the files Stryker mutated (the
 * module's solutions). `npm run mutation` writes it for every module it mutated; verify prints
 * each module's score with its age and flags a module whose solutions changed since.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Score } from './mutation_score';

export const MUTATION_RECORD = path.join('mutation', 'last_run.json');

export interface ModuleRecord {
  readonly score: number;
  readonly killed: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  readonly commit: string;
  /** ISO date and time of the run. */
  readonly date: string;
  /** sha256 of the mutated files (solutions/<module>/*.ts but index.ts), by path. */
  readonly sourceHash: string;
}

export type MutationRecord = Record<string, ModuleRecord>;

/** The files `npm run mutation` mutates in one module, relative to the root, sorted. */
export function mutatedFiles(root: string, moduleId: string): string[] {
  const folder = path.join(root, 'solutions', moduleId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .sort()
    .map((file) => `solutions/${moduleId}/${file}`);
}

export function sourceHash(root: string, moduleId: string): string {
  const hash = createHash('sha256');
  for (const file of mutatedFiles(root, moduleId))
    hash.update(`${file}\0${readFileSync(path.join(root, file), 'utf8')}\0`);
  return hash.digest('hex').slice(0, 16);
}

export function readMutationRecord(root: string): MutationRecord {
  const file = path.join(root, MUTATION_RECORD);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MutationRecord) : {};
}

/** Merges the scores of the modules just mutated into the record file. */
export function writeMutationRecord(
  root: string,
  modules: readonly Score[],
  run: { commit: string; date: Date },
): void {
  const record: MutationRecord = { ...readMutationRecord(root) };
  for (const module of modules) {
    record[module.name] = {
      score: Math.round(module.score * 10) / 10,
      killed: module.killed,
      survived: module.survived,
      noCoverage: module.noCoverage,
      ignored: module.ignored,
      commit: run.commit,
      date: run.date.toISOString(),
      sourceHash: sourceHash(root, module.name),
    };
  }
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path.join(root, MUTATION_RECORD), `${JSON.stringify(sorted, null, 2)}\n`);
}

function age(date: string, now: Date): string {
  const hours = (now.getTime() - new Date(date).getTime()) / 3_600_000;
  if (!Number.isFinite(hours)) return 'of unknown age';
  if (hours < 1) return 'less than an hour old';
  if (hours < 48) return `${Math.floor(hours)} h old`;
  return `${Math.floor(hours / 24)} days old`;
}

/** One line per module: `mutation week_01_…: 98.1% (…, commit abc1234, 3 h old)`, flagged when its solutions changed. */
export function mutationLines(root: string, record: MutationRecord, now = new Date()): string[] {
  const modules = Object.keys(record).sort();
  if (modules.length === 0)
    return [`mutation: no recorded run (${MUTATION_RECORD}); npm run mutation writes it`];
  return modules.map((moduleId) => {
    const entry = record[moduleId] as ModuleRecord;
    const changed =
      sourceHash(root, moduleId) === entry.sourceHash
        ? ''
        : '; ⚠ its solutions changed since: rerun npm run mutation';
    return `mutation ${moduleId}: ${entry.score.toFixed(1)}% (${entry.killed} killed, ${entry.survived} survived, ${entry.noCoverage} no coverage; commit ${entry.commit.slice(0, 7)}, ${entry.date.slice(0, 10)}, ${age(entry.date, now)}${changed})`;
  });
}
