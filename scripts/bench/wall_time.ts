/** Sections 3 and 4: wall time of each module's specs, and of each module's full experiment set. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from 'simple-statistics';
import { curriculum } from '../../curriculum';
import { labRoot } from '../lib/command';
import type { SpecFileTime } from './spec_time_reporter';

const TARGET_SECONDS = 2; // issue 2: one module's specs under `npm test`, on 2 cores
const CACHE_OPTION = '--experimental.fsModuleCachePath=';
const REPORTER = '--reporter=./scripts/bench/spec_time_reporter.ts';
const bin = (name: string): string => path.join(labRoot, 'node_modules', '.bin', name);
const round2 = (value: number): number => Math.round(value * 100) / 100;

function time(command: string, args: string[]): { seconds: number; ok: boolean } {
  const start = performance.now();
  const env = { ...process.env, CI: 'true' };
  const { status } = spawnSync(command, args, { cwd: labRoot, stdio: 'ignore', env });
  return { seconds: Math.round((performance.now() - start) / 10) / 100, ok: status === 0 };
}

function inScratch<T>(prefix: string, use: (folder: string) => T): T {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    return use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The learner's loop with npm: transform cache warm (a rerun) and empty (after an install). */
export function measureFeedbackLoop(repeats = 5) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return inScratch('lab-bench-cache-', (scratch) =>
    curriculum.flatMap(({ id }) => {
      const row = (what: string, args: (run: number) => string[], targetSeconds?: number) => {
        const runs = Array.from({ length: repeats }, (_, run) => time(npm, args(run)).seconds);
        return { module: id, what, seconds: median(runs), runs, targetSeconds };
      };
      const npmTest = (cache: string) => ['test', '--', id, CACHE_OPTION + cache];
      const warm = path.join(scratch, `${id}-warm`);
      const fresh = (run: number) => path.join(scratch, `${id}-${run}`);
      time(npm, npmTest(warm));
      return [
        row('npm test (cache warm)', () => npmTest(warm), TARGET_SECONDS),
        row('npm test (cache empty)', (run) => npmTest(fresh(run)), TARGET_SECONDS),
        row('npm run test:solutions', () => ['run', 'test:solutions', '--', id]),
      ];
    }),
  );
}

/** Vitest's "tests" time (no transforms or imports) of each module's specs on the solutions. */
export function measureSpecTime(repeats = 3) {
  return inScratch('lab-bench-spec-', (scratch) =>
    curriculum.map(({ id }) => {
      const runs = Array.from({ length: repeats }, (_, run) => {
        const file = path.join(scratch, `${id}-${run}.json`);
        const env = { ...process.env, LAB_SPEC_TIME_FILE: file };
        const args = ['run', '--project', 'solutions', REPORTER, `katas/${id}/`];
        spawnSync(bin('vitest'), args, { cwd: labRoot, stdio: 'ignore', env });
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
  return curriculum.map(({ id }) => {
    const { seconds, ok } = inScratch('lab-bench-', (out) =>
      time(bin('tsx'), ['scripts/experiments.ts', id, '--solutions', '--out', out]),
    );
    const what = 'experiments --solutions';
    return { module: id, what, ...(ok ? { seconds } : { seconds: null, note: 'the run failed' }) };
  });
}
