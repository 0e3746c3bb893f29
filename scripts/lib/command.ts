/** The one way the lab's scripts run another program to its end and read what it printed. */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root. */
export const labRoot = path.resolve(import.meta.dirname, '..', '..');

/** Its exit code, and what it printed: `output` is stdout and stderr as a terminal shows them. */
type CommandOutcome = { code: number } & Record<'output' | 'stdout' | 'stderr', string>;

/**
 * Runs `command args` in `cwd` with the whole environment `env` (defaults: the root, this
 * process's) to its end; rejects when it cannot start. `input`, if any, is written to its stdin,
 * which is then closed. After `timeoutMs`, if given, it is killed (SIGKILL, code 1).
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {},
): Promise<CommandOutcome> {
  return new Promise((resolve, reject) => {
    const { cwd = labRoot, env, timeoutMs: timeout } = options;
    const child = spawn(command, [...args], { cwd, env, timeout, killSignal: 'SIGKILL' });
    const printed = { output: '', stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr'] as const)
      // Decoded as a stream, so a character split across two chunks arrives whole.
      child[stream].setEncoding('utf8').on('data', (chunk: string) => {
        printed.output += chunk;
        printed[stream] += chunk;
      });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, ...printed }));
    if (options.input !== undefined) child.stdin.end(options.input);
  });
}

/** Runs a command in `cwd` (the repository root by default) with colour off and `env` added. */
export const runCommand = (
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd = labRoot,
): Promise<CommandOutcome> =>
  runProcess(command, args, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' } });

/** The last `count` lines of a command's output. */
export const tail = (output: string, count = 30): string =>
  output.trim().split('\n').slice(-count).join('\n');
