/**
 * `npm run kata -- compare <kata> [--peek]`: the learner's file against the reference
 * solution, as a diff (lines only in yours marked -, lines only in the reference +). The
 * reference stays hidden until the kata's specs all pass; `--peek` shows it anyway.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runSpecs } from '../lib/run_specs';
import { count, stripAnsi, wrap } from '../lib/terminal';
import type { CommandContext } from './context';
import { kataStatus } from './progress';
import { resolveKata } from './resolve_kata';

export async function compareCommand(
  context: CommandContext,
  name: string | undefined,
  peek: boolean,
): Promise<number> {
  const { style, root } = context;
  const kata = resolveKata(context.modules, name);
  if (!existsSync(path.join(root, kata.stub))) {
    context.print(`${kata.stub} is missing: npm run kata -- reset ${kata.id} restores the stub`);
    return 1;
  }
  if (!peek) {
    context.status(`running ${kata.id}'s specs…`);
    const status = kataStatus(
      kata,
      await runSpecs(root, { projects: ['katas'], filters: [kata.spec] }),
    );
    context.status('');
    if (!status.done) {
      context.print(
        [
          `${style.cyan(kata.id)} ${kata.title}: ${status.passed} of ${count(status.total, 'spec')} ${status.passed === 1 ? 'passes' : 'pass'}.`,
          ...wrap(
            'The reference solution stays hidden until they all do: the comparison teaches most once you have an answer of your own.',
            context.width,
          ),
          style.dim(`To look anyway: npm run kata -- compare ${kata.id} --peek`),
        ].join('\n'),
      );
      return 0;
    }
    context.print(
      `${style.green('✓')} ${kata.id} ${kata.title}: ${status.total === 1 ? 'its spec passes' : `all ${status.total} specs pass`}.`,
    );
  }
  context.print(style.dim(`--- yours      ${kata.stub}\n+++ reference  ${kata.solution}\n`));
  const diff = spawnSync(
    'git',
    [
      'diff',
      '--no-index',
      '--no-prefix',
      `--color=${style.enabled ? 'always' : 'never'}`,
      '--',
      kata.stub,
      kata.solution,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (diff.status !== 0 && diff.status !== 1) {
    context.print(diff.stderr);
    return 1;
  }
  // git's own header (diff --git, index, ---, +++) names the files again: start at the first hunk.
  const lines = diff.stdout.split('\n');
  const firstHunk = lines.findIndex((line) => stripAnsi(line).startsWith('@@'));
  const body = firstHunk < 0 ? '' : lines.slice(firstHunk).join('\n').trimEnd();
  context.print(body === '' ? 'Your file is identical to the reference solution.' : body);
  return 0;
}
