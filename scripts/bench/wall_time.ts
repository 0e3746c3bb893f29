/** Sections 3 and 4: wall time of each module's specs, and of each module's full experiment set. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { curriculum } from '../../curriculum';

export interface WallTimeRow {
  readonly module: string;
  readonly what: string;
  /** Seconds, or null when the command failed or is not available. */
  readonly seconds: number | null;
  readonly note?: string;
}

function time(root: string, command: string, args: string[]): { seconds: number; ok: boolean } {
  const start = performance.now();
  const outcome = spawnSync(command, args, {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  });
  return { seconds: Math.round((performance.now() - start) / 10) / 100, ok: outcome.status === 0 };
}

/** `vitest run` of each module's specs, on the solutions (green) and on the katas as they are. */
export function measureFeedbackLoop(root: string): WallTimeRow[] {
  const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
  return curriculum.flatMap((module) =>
    ['solutions', 'katas'].map((project) => {
      const { seconds } = time(root, vitest, ['run', '--project', project, module.id]);
      return { module: module.id, what: `vitest run --project ${project}`, seconds };
    }),
  );
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
