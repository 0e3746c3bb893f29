/**
 * Runs specs through Vitest and reads back what happened, per project, from the results
 * reporter (scripts/lib/results_reporter.ts). The lab's commands derive everything from these
 * results and curriculum.ts: there is no state file to fall out of step with the code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from './command';
import type { RecordedRun } from './results_reporter';

export interface SpecRun {
  /** Vitest projects: `katas`, `solutions`, `pristine`. */
  readonly projects: readonly string[];
  /** Path filters (spec files or folders, relative to the root); none runs the whole project. */
  readonly filters?: readonly string[];
  /** More environment for Vitest (LAB_CONTRACT=1 …). */
  readonly env?: NodeJS.ProcessEnv;
}

export const vitestBin = (root: string): string =>
  path.join(root, 'node_modules', '.bin', 'vitest');

/** The environment for a child Vitest: the caller's, without a parent Vitest's worker variables. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV') env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs the specs silently and returns every test's outcome; throws when Vitest produced no results. */
export async function runSpecs(root: string, request: SpecRun): Promise<RecordedRun> {
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
    throw new Error(
      `vitest produced no results:\n${output.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as RecordedRun;
  } finally {
    rmSync(resultsFile, { force: true });
  }
}

/**
 * Runs Vitest in the foreground, its output straight to the terminal. Ctrl-C reaches Vitest
 * (from the terminal, or forwarded when only this process was signalled); this resolves when
 * Vitest has exited, with its exit code, or 130 when it was interrupted.
 */
export function runVitestInForeground(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(vitestBin(root), [...args], {
      cwd: root,
      env: childEnv(env),
      stdio: 'inherit',
    });
    let interrupted = false;
    const onInt = (): void => {
      interrupted = true;
      child.kill('SIGINT');
    };
    const onTerm = (): void => {
      child.kill('SIGTERM');
    };
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(interrupted || signal === 'SIGINT' ? 130 : (code ?? 1));
    });
  });
}
