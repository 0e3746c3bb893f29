/** Sections 3 and 4: wall time of each module's specs, and of each module's full experiment set. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from 'simple-statistics';
import { curriculum } from '../../curriculum';

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
