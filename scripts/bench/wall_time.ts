/** Sections 3 and 4: wall time of each module's specs, and of each module's full experiment set. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from 'simple-statistics';
import { curriculum } from '../../curriculum';
import { labRoot } from '../lib/command';
import type { SpecFileTime } from './spec_time_reporter';

/** What issue 2 asks of one module's specs under `npm test`, on a 2-core machine. */
const TARGET_SECONDS = 2;
const round2 = (value: number): number => Math.round(value * 100) / 100;

function time(command: string, args: string[]): { seconds: number; ok: boolean } {
  const start = performance.now();
  const env = { ...process.env, CI: 'true' };
  const outcome = spawnSync(command, args, { cwd: labRoot, stdio: 'ignore', env });
  return { seconds: Math.round((performance.now() - start) / 10) / 100, ok: outcome.status === 0 };
}

/** A scratch folder for `use`, removed afterwards. */
function inScratch<T>(prefix: string, use: (folder: string) => T): T {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    return use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The learner's loop, timed as they run it (npm included): `npm test -- <module>` on the katas
 * as they are, with Vitest's transform cache warm (every rerun) and empty (the first run after
 * an install; each run gets a fresh cache folder), and `npm run test:solutions -- <module>`.
 * Every run's seconds are kept, in order: the median alone hides a noisy machine.
 */
export function measureFeedbackLoop(repeats = 5) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return inScratch('lab-bench-cache-', (scratch) =>
    curriculum.flatMap(({ id }) => {
      const row = (what: string, args: (run: number) => string[], targetSeconds?: number) => {
        const runs = Array.from({ length: repeats }, (_, run) => time(npm, args(run)).seconds);
        return { module: id, what, seconds: median(runs), runs, targetSeconds };
      };
      const npmTest = (cache: string) => [
        'test',
        '--',
        id,
        `--experimental.fsModuleCachePath=${cache}`,
      ];
      const warmCache = path.join(scratch, `${id}-warm`);
      time(npm, npmTest(warmCache));
      return [
        row('npm test (cache warm)', () => npmTest(warmCache), TARGET_SECONDS),
        row(
          'npm test (cache empty)',
          (run) => npmTest(path.join(scratch, `${id}-${run}`)),
          TARGET_SECONDS,
        ),
        row('npm run test:solutions', () => ['run', 'test:solutions', '--', id]),
      ];
    }),
  );
}

/**
 * Each module's specs on the reference solutions, `repeats` runs: the time Vitest spends in
 * their tests and hooks (its "tests" figure; transforms and imports excluded), against the
 * 2 s a module's specs may take, with the three slowest spec files of the median run. The Monte
 * Carlo replicate counts behind it, and the standard error each buys, are stated in the specs.
 */
export function measureSpecTime(repeats = 3) {
  return inScratch('lab-bench-spec-', (scratch) =>
    curriculum.map(({ id }) => {
      const runs = Array.from({ length: repeats }, (_, run) => {
        const file = path.join(scratch, `${id}-${run}.json`);
        spawnSync(
          path.join(labRoot, 'node_modules', '.bin', 'vitest'),
          [
            'run',
            '--project',
            'solutions',
            '--reporter=./scripts/bench/spec_time_reporter.ts',
            `katas/${id}/`,
          ],
          { cwd: labRoot, stdio: 'ignore', env: { ...process.env, LAB_SPEC_TIME_FILE: file } },
        );
        return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SpecFileTime[]) : [];
      });
      const totals = runs.map((files) => files.reduce((sum, f) => sum + f.testsMs, 0) / 1000);
      const middle = median(totals);
      const medianRun = runs[totals.indexOf(middle)] ?? runs[0] ?? [];
      return {
        module: id,
        testsSeconds: round2(middle),
        runs: totals.map(round2),
        targetSeconds: TARGET_SECONDS,
        slowest: [...medianRun]
          .sort((a, b) => b.testsMs - a.testsMs)
          .slice(0, 3)
          .map((f) => ({ file: path.basename(f.file), seconds: Math.round(f.testsMs / 10) / 100 })),
        failedSpecs: medianRun.reduce((sum, f) => sum + f.failed, 0),
      };
    }),
  );
}

/** Each module's whole experiment set on the reference solutions, into a scratch folder. */
export function measureExperiments() {
  const tsx = path.join(labRoot, 'node_modules', '.bin', 'tsx');
  return curriculum.map(({ id }) => {
    const { seconds, ok } = inScratch('lab-bench-', (out) =>
      time(tsx, ['scripts/experiments.ts', id, '--solutions', '--out', out]),
    );
    const what = 'experiments --solutions';
    return { module: id, what, ...(ok ? { seconds } : { seconds: null, note: 'the run failed' }) };
  });
}
