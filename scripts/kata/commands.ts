/** The verbs of `npm run kata` (scripts/kata.ts), each on a context tests can supply themselves. */
import { existsSync, unwatchFile, watchFile, type Stats } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stripVTControlCharacters } from 'node:util';
import type { Kata, Module } from '../../curriculum';
import { UsageError } from '../lib/cli_args';
import { runProcess } from '../lib/command';
import { NO_HISTORY, PristineRefError } from '../lib/pristine';
import { runSpecs, runVitestInForeground } from '../lib/run_specs';
import { count, styleFor, terminalWidth, wrap, type Style } from '../lib/terminal';
import { hintLevel, recordHintLevel, renderHints } from './hints';
import { kataStatus, nextKata, progress, progressJson, renderProgress } from './progress';
import { applyReset, planReset } from './reset';
import { resolveKata } from './resolve_kata';

export interface CommandContext {
  readonly root: string;
  readonly modules: readonly Module[];
  readonly style: Style;
  readonly width: number;
  readonly print: (text: string) => void;
  /** A transient status line on a terminal (erased by the next call); nothing on a pipe. */
  readonly status: (text: string) => void;
}

export const terminalContext = (root: string, modules: readonly Module[]): CommandContext => ({
  root,
  modules,
  style: styleFor(process.stdout),
  width: Math.min(terminalWidth(process.stdout), 100),
  print: (text) => process.stdout.write(`${text}\n`),
  status: (text) => process.stderr.isTTY && process.stderr.write(`\r\u001b[K${text}`),
});

async function runKatas(context: CommandContext, status: string, filters?: string[]) {
  context.status(status);
  const run = await runSpecs(context.root, { projects: ['katas'], filters });
  context.status('');
  return run;
}

const firstUnfinished = async (context: CommandContext) =>
  nextKata(progress(context.modules, await runKatas(context, 'looking for the next kata…')));

const allDone = (style: Style): string => `${style.green('✓')} every kata with a spec is done`;

/** `hint <kata> [--level N]`: the kata's hints up to N, gentle to explicit. */
export function hintCommand(context: CommandContext, name?: string, level?: string): number {
  const kata = resolveKata(context.modules, name);
  const requested = Number(level);
  const hints = kata.hints.length;
  if (level !== undefined && !(Number.isInteger(requested) && requested >= 1 && requested <= hints))
    throw new UsageError(`--level takes a hint number from 1 to ${hints} (got ${level})`);
  const shown = level === undefined ? hintLevel(context.root, kata) : requested;
  if (level !== undefined) recordHintLevel(context.root, kata, shown);
  context.print(renderHints(kata, shown, context.style, context.width));
  return 0;
}

const HIDDEN =
  'The reference solution stays hidden until they all do: the comparison teaches most once you have an answer of your own.';

/** `compare <kata> [--peek]`: the learner's file (-) against the reference solution (+). */
export async function compareCommand(context: CommandContext, name?: string, peek = false) {
  const { style, root, print } = context;
  const kata = resolveKata(context.modules, name);
  if (!existsSync(path.join(root, kata.stub))) {
    print(`${kata.stub} is missing: npm run kata -- reset ${kata.id} restores the stub`);
    return 1;
  }
  if (!peek) {
    const run = await runKatas(context, `running ${kata.id}'s specs…`, [kata.spec]);
    const { done, passed, total } = kataStatus(kata, run);
    if (!done) {
      const passing = `${passed} of ${count(total, 'spec')} ${passed === 1 ? 'passes' : 'pass'}`;
      print(`${style.cyan(kata.id)} ${kata.title}: ${passing}.`);
      print(wrap(HIDDEN, context.width).join('\n'));
      print(style.dim(`To look anyway: npm run kata -- compare ${kata.id} --peek`));
      return 0;
    }
    const verdict = total === 1 ? 'its spec passes' : `all ${total} specs pass`;
    print(`${style.green('✓')} ${kata.id} ${kata.title}: ${verdict}.`);
  }
  print(style.dim(`--- yours      ${kata.stub}\n+++ reference  ${kata.solution}\n`));
  const color = `--color=${style.enabled ? 'always' : 'never'}`;
  const diff = await runProcess(
    'git',
    ['diff', '--no-index', '--no-prefix', color, '--', kata.stub, kata.solution],
    { cwd: root },
  );
  if (diff.code !== 0 && diff.code !== 1) {
    print(diff.stderr);
    return 1;
  }
  // git's own header (diff --git, index, ---, +++) names the files again: start at the first hunk.
  const lines = diff.stdout.split('\n');
  const firstHunk = lines.findIndex((line) => stripVTControlCharacters(line).startsWith('@@'));
  const body = firstHunk < 0 ? '' : lines.slice(firstHunk).join('\n').trimEnd();
  print(body === '' ? 'Your file is identical to the reference solution.' : body);
  return 0;
}

/** `progress [--json]`: katas done and specs passing, per module, from one test run. */
export async function progressCommand(context: CommandContext, json: boolean): Promise<number> {
  const { style, width } = context;
  const modules = progress(context.modules, await runKatas(context, 'running the katas’ specs…'));
  if (json) {
    context.print(JSON.stringify(progressJson(modules), null, 2));
    return 0;
  }
  context.print(renderProgress(modules, { style, width }));
  const next = nextKata(modules);
  context.print(
    next === undefined
      ? `\n${allDone(style)}`
      : style.dim(`\nnpm run kata -- next   runs ${next.id}'s specs and shows its first hint`),
  );
  return 0;
}

/** `next`: the first unfinished kata's specs, in the terminal, and its hints up to the learner's. */
export async function nextCommand(context: CommandContext): Promise<number> {
  const { style, print } = context;
  const kata = await firstUnfinished(context);
  if (kata === undefined) {
    print(allDone(style));
    return 0;
  }
  const args = ['run', '--project', 'katas', '--reporter=default', kata.spec];
  await runVitestInForeground(context.root, args);
  const passing = style.dim(`(${kata.passed}/${kata.total} specs pass)`);
  print(`\n${style.bold('next:')} ${style.cyan(kata.id)} ${kata.title} ${passing}`);
  print(`  edit ${kata.stub}\n`);
  print(renderHints(kata, hintLevel(context.root, kata), style, context.width));
  print(style.dim(`  re-run on save: npm run kata -- watch ${kata.id}`));
  return 0;
}

/**
 * `reset <kata> [--yes]`: the stub as committed, after backing up the learner's version. Asks
 * first on a terminal; a script must say `--yes`, and without it, on a pipe, nothing is touched.
 */
export async function resetCommand(context: CommandContext, name?: string, yes = false) {
  const { print, root } = context;
  const kata = resolveKata(context.modules, name);
  const { stub } = kata;
  let plan;
  try {
    plan = planReset(root, kata);
  } catch (error) {
    if (!(error instanceof PristineRefError)) throw error;
    print(`${error.message}: nothing was changed`);
    return 1;
  }
  if (plan.kind !== 'restore') {
    print(
      {
        'no-history': `${stub} cannot be reset: ${NO_HISTORY}. Nothing was changed.`,
        'not-committed': `${stub} has no committed version to restore: nothing was changed`,
        unchanged: `${stub} is already the committed stub: nothing to reset`,
      }[plan.kind],
    );
    return plan.kind === 'unchanged' ? 0 : 1;
  }
  if (!yes && process.stdin.isTTY !== true) {
    print(
      `reset would replace your ${stub} with the committed stub (after backing it up).\nstdin is not a terminal, so nothing was changed: add --yes to confirm.`,
    );
    return 1;
  }
  if (!yes) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const question = `Replace your ${stub} with the committed stub? Your version is backed up first. [y/N] `;
    const answer = await prompt.question(question).finally(() => prompt.close());
    if (!/^y(es)?$/i.test(answer.trim())) {
      print('Nothing was changed.');
      return 0;
    }
  }
  const backup = applyReset(root, kata, plan);
  print(`${context.style.green('✓')} ${stub} is the committed stub again`);
  if (backup !== undefined) print(`  your version: ${backup}`);
  return 0;
}

/** The exit code with which the watch reporter says "this kata is green, go on". */
export const WATCH_ADVANCE = 75;
/** The exit code with which it says "a spec never finished": the watch waits for a save. */
export const WATCH_HUNG = 76;

/** Resolves true once the file is saved again, false on Ctrl-C. */
function savedAgain(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const saved = (now: Stats, before: Stats): void => {
      if (now.mtimeMs !== before.mtimeMs) done(true);
    };
    const interrupted = (): void => done(false);
    const done = (value: boolean): void => {
      unwatchFile(file, saved);
      process.off('SIGINT', interrupted);
      resolve(value);
    };
    // Polled: an editor that saves by renaming a new file into place defeats fs.watch.
    watchFile(file, { interval: 200 }, saved);
    process.once('SIGINT', interrupted);
  });
}
const WATCH_REPORTER = '--reporter=./scripts/kata/watch_reporter.ts';

/**
 * `watch [<kata>]`: Vitest in watch mode on one kata's spec (default: the first unfinished),
 * with scripts/kata/watch_reporter.ts showing the next hint after a failure. When the kata
 * turns green the reporter ends Vitest with WATCH_ADVANCE and this loop starts the next kata in
 * teaching order; when a spec never finishes, it ends Vitest with WATCH_HUNG and the same kata
 * runs again once its stub is saved. Ctrl-C stops it.
 */
export async function watchCommand(context: CommandContext, name?: string): Promise<number> {
  const { style, print } = context;
  const first =
    name === undefined ? await firstUnfinished(context) : resolveKata(context.modules, name);
  if (first === undefined) {
    print(allDone(style));
    return 0;
  }
  const all = context.modules.flatMap((entry) => entry.katas);
  for (let kata: Kata = first; ;) {
    const { id, title, stub, spec } = kata;
    print(style.dim(`watching ${id} ${title}: save ${stub} to re-run · Ctrl-C to stop`));
    const following = all[all.findIndex((candidate) => candidate.id === id) + 1];
    const code = await runVitestInForeground(
      context.root,
      ['--watch', '--project', 'katas', '--reporter=default', WATCH_REPORTER, spec],
      { LAB_WATCH_KATA: id, LAB_WATCH_NEXT: following?.id ?? '' },
    );
    if (code === WATCH_HUNG) {
      // The stuck worker died with Vitest; the same kata runs again once its stub changes.
      print(style.dim(`save ${stub} to run it again · Ctrl-C to stop`));
      if (await savedAgain(path.join(context.root, stub))) continue;
      return 0;
    }
    if (code !== WATCH_ADVANCE || following === undefined) return code === 130 ? 0 : code;
    kata = following;
  }
}
