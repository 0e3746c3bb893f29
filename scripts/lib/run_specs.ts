/**
 * Runs specs through Vitest and reads back each test's outcome, per project, from the results
 * reporter: the lab's commands derive everything from these and curriculum.ts, no state file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runProcess, tail } from './command';
import type { RecordedRun } from './results_reporter';

const vitestBin = (root: string): string => path.join(root, 'node_modules', '.bin', 'vitest');

/** The environment for a child Vitest: the caller's, without a parent Vitest's worker variables. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST.*|TEST|NODE_ENV)$/.test(key)) delete env[key];
  return { ...env, ...extra };
}

/**
 * Runs the `projects` silently, on the spec files or folders of `filters` (none: all), with
 * `env` added, and returns every test's outcome; throws when Vitest produced no results.
 */
export async function runSpecs(
  root: string,
  request: { projects: readonly string[]; filters?: readonly string[]; env?: NodeJS.ProcessEnv },
): Promise<RecordedRun> {
  const resultsFile = path.join(root, '.lab', `results-${process.pid}-${Date.now()}.json`);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const args = [
    'run',
    ...request.projects.flatMap((project) => ['--project', project]),
    '--reporter=./scripts/lib/results_reporter.ts',
    ...(request.filters ?? []),
  ];
  const { output } = await runProcess(vitestBin(root), args, {
    cwd: root,
    env: childEnv({ ...request.env, LAB_RESULTS_FILE: resultsFile, FORCE_COLOR: '0' }),
  });
  if (!existsSync(resultsFile)) {
    if (/No test files found/.test(output)) return { tests: [], moduleErrors: [] };
    throw new Error(`vitest produced no results:\n${tail(output, 20)}`);
  }
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as RecordedRun;
  } finally {
    rmSync(resultsFile, { force: true });
  }
}

/**
 * Runs Vitest in the foreground, its output straight to the terminal. Ctrl-C reaches Vitest
 * (from the terminal, or forwarded when only this process was signalled); resolves when Vitest
 * has exited, with its exit code, or 130 when it was interrupted.
 */
export function runVitestInForeground(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const child = spawn(vitestBin(root), [...args], {
    cwd: root,
    env: childEnv(env),
    stdio: 'inherit',
  });
  let interrupted = false;
  const forward = (signal: NodeJS.Signals): void => {
    interrupted ||= signal === 'SIGINT';
    child.kill(signal);
  };
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(interrupted || signal === 'SIGINT' ? 130 : (code ?? 1));
    });
  });
}
