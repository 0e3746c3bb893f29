/** The one way the lab's scripts run another program to its end and read what it printed. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const labRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CommandOutcome {
  readonly code: number;
  /** stdout and stderr interleaved, as a terminal would show them. */
  readonly output: string;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  /** Default: the repository root. */
  readonly cwd?: string;
  /** The whole environment. Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  /** Written to the command's stdin, which is then closed; without it stdin stays open. */
  readonly input?: string;
}

/** Runs `command args` and resolves when it has exited (rejects when it cannot start). */
export function runProcess(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? labRoot,
      env: options.env ?? process.env,
    });
    let output = '';
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, stdout, stderr }));
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
