/** Sections 3 and 4: wall time of each module's specs, and of each module's full experiment set. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from 'simple-statistics';
import { curriculum } from '../../curriculum';
import type { SpecFileTime } from './spec_time_reporter';

export interface WallTimeRow {
  readonly module: string;
  readonly what: string;
  /** Seconds, or null when the command failed or is not available. */
  readonly seconds: number | null;
  readonly note?: string;
}

function time(
  root: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { seconds: number; ok: boolean } {
  const start = performance.now();
  const outcome = spawnSync(command, args, {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, CI: 'true', ...env },
  });
  return { seconds: Math.round((performance.now() - start) / 10) / 100, ok: outcome.status === 0 };
}

/** What issue 2 asks of one module's specs under `npm test`, on a 2-core machine. */
export const FEEDBACK_TARGET_SECONDS = 2;

export interface FeedbackRow extends WallTimeRow {
  /** Every run's seconds, in order: the median alone hides a noisy machine. */
  readonly runs: readonly number[];
  readonly targetSeconds?: number;
}

/**
 * The learner's loop, timed as they run it (npm included): `npm test -- <module>` on the katas
 * as they are, with Vitest's transform cache warm (every rerun) and empty (the first run after
 * an install; each run gets a fresh cache folder), and `npm run test:solutions -- <module>`.
 */
export function measureFeedbackLoop(root: string, repeats = 5): FeedbackRow[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const scratch = mkdtempSync(path.join(tmpdir(), 'lab-bench-cache-'));
  const row = (
    module: string,
    what: string,
    args: (run: number) => string[],
    target?: number,
  ): FeedbackRow => {
    const runs = Array.from({ length: repeats }, (_, run) => time(root, npm, args(run)).seconds);
    return { module, what, seconds: median(runs), runs, targetSeconds: target };
  };
  try {
    return curriculum.flatMap((module) => {
      const warmCache = path.join(scratch, `${module.id}-warm`);
      const cacheAt = (folder: string): string[] => [`--experimental.fsModuleCachePath=${folder}`];
      time(root, npm, ['test', '--', module.id, ...cacheAt(warmCache)]);
      return [
        row(
          module.id,
          'npm test (cache warm)',
          () => ['test', '--', module.id, ...cacheAt(warmCache)],
          FEEDBACK_TARGET_SECONDS,
        ),
        row(
          module.id,
          'npm test (cache empty)',
          (run) => ['test', '--', module.id, ...cacheAt(path.join(scratch, `${module.id}-${run}`))],
          FEEDBACK_TARGET_SECONDS,
        ),
        row(module.id, 'npm run test:solutions', () => ['run', 'test:solutions', '--', module.id]),
      ];
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface SpecTimeRow {
  readonly module: string;
  /** Vitest's "tests" time of the module's specs on the solutions, summed over files, median of the runs. */
  readonly testsSeconds: number;
  readonly runs: readonly number[];
  readonly targetSeconds: number;
  /** The three slowest spec files of the median run, with their seconds. */
  readonly slowest: readonly { file: string; seconds: number }[];
  readonly failedSpecs: number;
}

/**
 * Each module's specs on the reference solutions, `repeats` runs: the time Vitest spends in
 * their tests and hooks (its "tests" figure; transforms and imports excluded), against the
 * 2 s a module's specs may take. The Monte Carlo replicate counts behind it, and the standard
 * error each buys, are stated beside them in the specs.
 */
export function measureSpecTime(root: string, repeats = 3): SpecTimeRow[] {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lab-bench-spec-'));
  try {
    return curriculum.map((module) => {
      const runs = Array.from({ length: repeats }, (_, run) => {
        const file = path.join(scratch, `${module.id}-${run}.json`);
        spawnSync(
          path.join(root, 'node_modules', '.bin', 'vitest'),
          [
            'run',
            '--project',
            'solutions',
            '--reporter=./scripts/bench/spec_time_reporter.ts',
            `katas/${module.id}/`,
          ],
          { cwd: root, stdio: 'ignore', env: { ...process.env, LAB_SPEC_TIME_FILE: file } },
        );
        return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SpecFileTime[]) : [];
      });
      const totals = runs.map((files) => files.reduce((sum, f) => sum + f.testsMs, 0) / 1000);
      const middle = median(totals);
      const medianRun = runs[totals.indexOf(middle)] ?? runs[0] ?? [];
      return {
        module: module.id,
        testsSeconds: Math.round(middle * 100) / 100,
        runs: totals.map((seconds) => Math.round(seconds * 100) / 100),
        targetSeconds: FEEDBACK_TARGET_SECONDS,
        slowest: [...medianRun]
          .sort((a, b) => b.testsMs - a.testsMs)
          .slice(0, 3)
          .map((f) => ({ file: path.basename(f.file), seconds: Math.round(f.testsMs / 10) / 100 })),
        failedSpecs: medianRun.reduce((sum, f) => sum + f.failed, 0),
      };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Each module's whole experiment set on the reference solutions, into a scratch folder. */
export function measureExperiments(root: string): WallTimeRow[] {
  if (!existsSync(path.join(root, 'scripts', 'experiments.ts'))) {
    return curriculum.map((module) => ({
      module: module.id,
      what: 'experiments',
      seconds: null,
      note: 'no experiment runner yet',
    }));
  }
  return curriculum.map((module) => {
    const out = mkdtempSync(path.join(tmpdir(), 'lab-bench-'));
    const { seconds, ok } = time(root, path.join(root, 'node_modules', '.bin', 'tsx'), [
      'scripts/experiments.ts',
      module.id,
      '--solutions',
      '--out',
      out,
    ]);
    rmSync(out, { recursive: true, force: true });
    return ok
      ? { module: module.id, what: 'experiments --solutions', seconds }
      : {
          module: module.id,
          what: 'experiments --solutions',
          seconds: null,
          note: 'the run failed',
        };
  });
}
