/**
 * A throwaway copy of the lab for the scripts' tests: a git repository in the OS temp folder
 * holding the lab's machinery (configs, scripts and what they import), a curriculum of
 * fixture modules scaffolded the way `npm run module -- new` does it, and a symlink to the
 * real node_modules. Commands run there with their cwd set, never in the developer's tree.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyCurriculum } from '../module/curriculum_source';
import { parseModuleName, scaffoldModule } from '../module/scaffold';
import { runProcess } from './command';
import { childEnv } from './run_specs';
import { git } from './git';

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const CONFIG = [
  'package.json',
  'tsconfig.json',
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
  '.gitignore',
  '.editorconfig',
];
/** Where the lab's machinery starts; everything they import by relative path comes along. */
const ENTRIES = [
  'vitest.config.ts',
  'scripts/verify.ts',
  'scripts/kata.ts',
  'scripts/module.ts',
  'scripts/lib/results_reporter.ts',
  'scripts/test.mjs',
  'scripts/lib/progress_reporter.ts',
  'scripts/lib/learner_reporter.ts',
  'scripts/lib/hint_annotations.ts',
  'scripts/kata/watch_reporter.ts',
  'helpers/errors.ts',
];

/** The .ts files `entries` import by relative path, transitively, the entries included. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file) || !existsSync(path.join(root, file))) continue;
    seen.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = path.posix.normalize(
        path.posix.join(path.posix.dirname(file), match[1] ?? ''),
      );
      queue.push(target.endsWith('.ts') ? target : `${target}.ts`);
    }
  }
  return [...seen].sort();
}

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command left running (`kata watch`): its output so far, and how to stop it. */
export interface Running {
  output(): string;
  /** Resolves once the output after `from` characters matches `pattern`; rejects after `ms`. */
  waitFor(pattern: RegExp, ms: number, from?: number): Promise<void>;
  /** Sends the signal and resolves with the exit code (or the signal's name). */
  stop(signal: NodeJS.Signals): Promise<number | string>;
}

export interface TempLab {
  readonly root: string;
  /** Runs a command in the lab (NO_COLOR, a fixed git identity, no parent Vitest variables). */
  run(command: string, args: readonly string[], input?: string): Promise<Outcome>;
  /** `tsx scripts/<script>.ts …` (as `node --import tsx scripts/<script>.ts …`). */
  script(script: 'kata' | 'module' | 'verify', args?: readonly string[]): Promise<Outcome>;
  start(script: 'kata', args: readonly string[]): Running;
  git(args: readonly string[]): string;
  write(file: string, content: string): void;
  read(file: string): string;
  remove(): void;
}

const identity = {
  GIT_AUTHOR_NAME: 'Lab Test',
  GIT_AUTHOR_EMAIL: 'lab-test@example.invalid',
  GIT_COMMITTER_NAME: 'Lab Test',
  GIT_COMMITTER_EMAIL: 'lab-test@example.invalid',
};

/** A committed lab whose curriculum holds `modules`, each with its placeholder kata. */
export async function createTempLab(modules: readonly string[]): Promise<TempLab> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mle-lab-'));
  for (const file of [...CONFIG, ...importClosure(source, ENTRIES)]) {
    if (!existsSync(path.join(source, file))) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(source, file), path.join(root, file));
  }
  writeFileSync(
    path.join(root, 'curriculum.ts'),
    emptyCurriculum(readFileSync(path.join(source, 'curriculum.ts'), 'utf8')),
  );
  symlinkSync(path.join(source, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const ids: string[] = [];
  for (const id of modules) {
    await scaffoldModule(root, parseModuleName(id), ids);
    ids.push(id);
  }
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['add', '--all']);
  git(root, [
    '-c',
    `user.name=${identity.GIT_AUTHOR_NAME}`,
    '-c',
    `user.email=${identity.GIT_AUTHOR_EMAIL}`,
    'commit',
    '--quiet',
    '-m',
    'fixture',
  ]);

  const env = childEnv({ ...identity, NO_COLOR: '1', COLUMNS: '80' });
  delete env.LAB_PRISTINE_REF;
  delete env.FORCE_COLOR;
  // `tsx scripts/x.ts` is a Node process that starts a second one with tsx's loader: that
  // first one costs about 0.6 s of CPU per command and runs no line of the lab's. The loader
  // in one process runs the same script the same way.
  const node = process.execPath;
  const loader = ['--import', 'tsx'];
  const run = (command: string, args: readonly string[], input?: string): Promise<Outcome> =>
    runProcess(command, args, { cwd: root, env, input: input ?? '' });
  return {
    root,
    run,
    script: (script, args = []) => run(node, [...loader, `scripts/${script}.ts`, ...args]),
    start: (script, args) => {
      const child = spawn(node, [...loader, `scripts/${script}.ts`, ...args], { cwd: root, env });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | string>((resolve) =>
        child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
      );
      return {
        output: () => output,
        waitFor: (pattern, ms, from = 0) =>
          new Promise((resolve, reject) => {
            const started = Date.now();
            const poll = setInterval(() => {
              if (pattern.test(output.slice(from))) {
                clearInterval(poll);
                resolve();
              } else if (Date.now() - started > ms) {
                clearInterval(poll);
                reject(new Error(`no ${String(pattern)} within ${ms} ms; output:\n${output}`));
              }
            }, 50);
          }),
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      };
    },
    git: (args) =>
      git(root, [
        '-c',
        `user.name=${identity.GIT_AUTHOR_NAME}`,
        '-c',
        `user.email=${identity.GIT_AUTHOR_EMAIL}`,
        ...args,
      ]),
    write: (file, content) => writeFileSync(path.join(root, file), content),
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
