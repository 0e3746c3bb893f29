/**
 * `npm run kata -- reset <kata> [--yes]`: the stub as committed, after backing up the
 * learner's version. Asks first on a terminal; a script must say `--yes`, and without it, on
 * a pipe, nothing is touched.
 */
import { createInterface } from 'node:readline/promises';
import type { CommandContext } from './context';
import { NO_HISTORY, PristineRefError } from '../lib/pristine';
import { applyReset, planReset } from './reset';
import { resolveKata } from './resolve_kata';

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

export async function resetCommand(
  context: CommandContext,
  name: string | undefined,
  yes: boolean,
  interactive = process.stdin.isTTY === true,
): Promise<number> {
  const { style } = context;
  const kata = resolveKata(context.modules, name);
  let plan;
  try {
    plan = planReset(context.root, kata);
  } catch (error) {
    if (!(error instanceof PristineRefError)) throw error;
    context.print(`${error.message}: nothing was changed`);
    return 1;
  }
  if (plan.kind === 'no-history') {
    context.print(`${kata.stub} cannot be reset: ${NO_HISTORY}. Nothing was changed.`);
    return 1;
  }
  if (plan.kind === 'not-committed') {
    context.print(`${kata.stub} has no committed version to restore: nothing was changed`);
    return 1;
  }
  if (plan.kind === 'unchanged') {
    context.print(`${kata.stub} is already the committed stub: nothing to reset`);
    return 0;
  }
  if (!yes) {
    if (!interactive) {
      context.print(
        `reset would replace your ${kata.stub} with the committed stub (after backing it up).\nstdin is not a terminal, so nothing was changed: add --yes to confirm.`,
      );
      return 1;
    }
    const question = `Replace your ${kata.stub} with the committed stub? Your version is backed up first. [y/N] `;
    if (!(await confirm(question))) {
      context.print('Nothing was changed.');
      return 0;
    }
  }
  const backup = applyReset(context.root, kata, plan);
  context.print(`${style.green('✓')} ${kata.stub} is the committed stub again`);
  if (backup !== undefined) context.print(`  your version: ${backup}`);
  return 0;
}
