/**
 * A throwaway copy of the lab for the scripts' tests: a git repository in the OS temp folder
 * with the lab's machinery (configs, scripts and what they import), fixture modules scaffolded
 * as `npm run module -- new` does, and a link to the real node_modules. Commands run there.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyCurriculum } from '../module/curriculum_source';
import { parseModuleName, scaffoldModule } from '../module/scaffold';
import { labRoot as source, runProcess } from './command';
import { importClosure } from './contract/project';
import { git } from './git';
import { childEnv } from './run_specs';

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

const NAME = 'Lab Test';
const EMAIL = 'lab-test@example.invalid';
const asAuthor = ['-c', `user.name=${NAME}`, '-c', `user.email=${EMAIL}`];

export type TempLab = Awaited<ReturnType<typeof createTempLab>>;

/** A committed lab whose curriculum holds `modules`, each with its placeholder kata. */
export async function createTempLab(modules: readonly string[]) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mle-lab-'));
  const closure = importClosure(source, ENTRIES).map((file) => path.relative(source, file));
  for (const file of [...CONFIG, ...closure]) {
    if (!existsSync(path.join(source, file))) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(source, file), path.join(root, file));
  }
  const curriculum = readFileSync(path.join(source, 'curriculum.ts'), 'utf8');
  writeFileSync(path.join(root, 'curriculum.ts'), emptyCurriculum(curriculum));
  symlinkSync(path.join(source, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  for (const [index, id] of modules.entries())
    await scaffoldModule(root, parseModuleName(id), modules.slice(0, index));
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['add', '--all']);
  git(root, [...asAuthor, 'commit', '--quiet', '-m', 'fixture']);

  const env = childEnv({ NO_COLOR: '1', COLUMNS: '80' });
  for (const role of ['AUTHOR', 'COMMITTER'])
    Object.assign(env, { [`GIT_${role}_NAME`]: NAME, [`GIT_${role}_EMAIL`]: EMAIL });
  delete env.LAB_PRISTINE_REF;
  delete env.FORCE_COLOR;
  // `tsx scripts/x.ts` is a Node process that starts a second one with tsx's loader, at about
  // 0.6 s of CPU a command; the loader in one process runs the same script the same way.
  const tsx = (script: string, args: readonly string[]): string[] => [
    ...['--import', 'tsx', `scripts/${script}.ts`],
    ...args,
  ];
  /** Runs a command in the lab (NO_COLOR, a fixed git identity, no parent Vitest variables). */
  const run = (command: string, args: readonly string[]) =>
    runProcess(command, args, { cwd: root, env, input: '' });
  return {
    root,
    run,
    script: (script: 'kata' | 'module' | 'verify', args: readonly string[] = []) =>
      run(process.execPath, tsx(script, args)),
    /** A command left running (`kata watch`): its output so far, and how to stop it. */
    start: (script: 'kata', args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}) => {
      const child = spawn(process.execPath, tsx(script, args), {
        cwd: root,
        env: { ...env, ...extraEnv },
      });
      let output = '';
      for (const stream of [child.stdout, child.stderr])
        stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | string>((resolve) =>
        child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
      );
      return {
        output: () => output,
        /** Resolves once the output after `from` characters matches `pattern`; else rejects. */
        waitFor: (pattern: RegExp, ms: number, from = 0) =>
          new Promise<void>((resolve, reject) => {
            const started = Date.now();
            const poll = setInterval(() => {
              const matched = pattern.test(output.slice(from));
              if (!matched && Date.now() - started <= ms) return;
              clearInterval(poll);
              if (matched) resolve();
              else reject(new Error(`no ${String(pattern)} within ${ms} ms; output:\n${output}`));
            }, 50);
          }),
        /** Sends the signal and resolves with the exit code (or the signal's name). */
        stop: (signal: NodeJS.Signals) => {
          child.kill(signal);
          return exited;
        },
      };
    },
    git: (args: readonly string[]) => git(root, [...asAuthor, ...args]),
    write: (file: string, content: string) => writeFileSync(path.join(root, file), content),
    read: (file: string) => readFileSync(path.join(root, file), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
