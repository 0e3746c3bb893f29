/**
 * Mutation scores for `npm run mutation` (scripts/mutation.ts), from StrykerJS's results.
 *
 * Score = detected / valid, with detected = Killed + Timeout and valid = detected + Survived +
 * NoCoverage: Stryker's own definition. Mutants that Stryker ignored (a
 * `// Stryker disable next-line <mutator>: <reason>` comment in the source, each one a mutant
 * shown to be equivalent to the original) and mutants that did not compile or crashed the
 * run are outside the score, and counted apart so that a pile of them cannot hide.
 */
import { textTable } from './table';

export type Status =
  | 'Killed'
  | 'Timeout'
  | 'Survived'
  | 'NoCoverage'
  | 'Ignored'
  | 'CompileError'
  | 'RuntimeError'
  | 'Pending';

export interface MutantOutcome {
  /** The mutated file, relative to the repository root with forward slashes. */
  readonly file: string;
  readonly status: Status;
  readonly mutatorName: string;
  readonly replacement: string;
  readonly line: number;
}

export interface Score {
  readonly name: string;
  readonly killed: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  readonly errors: number;
  /** detected / valid, as a percentage; NaN when nothing valid was mutated. */
  readonly score: number;
}

export function score(name: string, outcomes: readonly MutantOutcome[]): Score {
  const count = (...statuses: Status[]): number =>
    outcomes.filter((outcome) => statuses.includes(outcome.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  return {
    name,
    killed,
    survived,
    noCoverage,
    ignored: count('Ignored'),
    errors: count('CompileError', 'RuntimeError'),
    score: valid === 0 ? Number.NaN : (100 * killed) / valid,
  };
}

/** `solutions/week_02_bias_variance/06_ridge_regression.ts` → `week_02_bias_variance`. */
export const moduleOf = (file: string): string => file.split('/')[1] ?? file;

/** One score per file, one per module and the total, in that order. */
export function scores(outcomes: readonly MutantOutcome[]): {
  files: Score[];
  modules: Score[];
  total: Score;
} {
  const group = (key: (outcome: MutantOutcome) => string): Score[] => {
    const groups = new Map<string, MutantOutcome[]>();
    for (const outcome of outcomes) {
      const name = key(outcome);
      groups.set(name, [...(groups.get(name) ?? []), outcome]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, members]) => score(name, members));
  };
  return {
    files: group((outcome) => outcome.file),
    modules: group((outcome) => moduleOf(outcome.file)),
    total: score('total', outcomes),
  };
}

/** A table of scores: name, score, killed, survived, no coverage, ignored. */
export function formatScores(rows: readonly Score[]): string {
  return textTable(
    [
      ['', 'score', 'killed', 'survived', 'no cov.', 'ignored', 'errors'],
      ...rows.map((row) => [
        row.name,
        Number.isNaN(row.score) ? 'n/a' : `${row.score.toFixed(1)}%`,
        String(row.killed),
        String(row.survived),
        String(row.noCoverage),
        String(row.ignored),
        String(row.errors),
      ]),
    ],
    { align: (_, column) => (column === 0 ? 'left' : 'right') },
  );
}
