/**
 * `npm run kata -- progress [--json]`: katas done and specs passing, per module, from one test
 * run; and `next`, which finds the first kata, in teaching order, whose specs are not all
 * green, runs its specs in the terminal and shows its first hint (or, if the learner has asked
 * for more already, the hints up to where they are).
 */
import { runSpecs, runVitestInForeground } from '../lib/run_specs';
import type { CommandContext } from './context';
import { hintLevel, renderHints } from './hints';
import { nextKata, progress, progressJson, renderProgress } from './progress';

export async function progressCommand(context: CommandContext, json: boolean): Promise<number> {
  context.status('running the katas’ specs…');
  const run = await runSpecs(context.root, { projects: ['katas'] });
  context.status('');
  const modules = progress(context.modules, run);
  if (json) {
    context.print(JSON.stringify(progressJson(modules), null, 2));
    return 0;
  }
  const { style, width } = context;
  context.print(renderProgress(modules, { style, width }));
  const next = nextKata(modules);
  context.print(
    next === undefined
      ? `\n${style.green('✓')} every kata with a spec is done`
      : style.dim(`\nnpm run kata -- next   runs ${next.id}'s specs and shows its first hint`),
  );
  return 0;
}

export async function nextCommand(context: CommandContext): Promise<number> {
  const { style } = context;
  context.status('looking for the next kata…');
  const statuses = progress(context.modules, await runSpecs(context.root, { projects: ['katas'] }));
  context.status('');
  const next = nextKata(statuses);
  const kata = context.modules.flatMap((entry) => entry.katas).find((k) => k.id === next?.id);
  if (next === undefined || kata === undefined) {
    context.print(`${style.green('✓')} every kata with a spec is done`);
    return 0;
  }
  await runVitestInForeground(context.root, [
    'run',
    '--project',
    'katas',
    '--reporter=default',
    kata.spec,
  ]);
  context.print(
    [
      '',
      `${style.bold('next:')} ${style.cyan(kata.id)} ${kata.title} ${style.dim(`(${next.passed}/${next.total} specs pass)`)}`,
      `  edit ${kata.stub}`,
      '',
      renderHints(kata, hintLevel(context.root, kata), style, context.width),
      style.dim(`  re-run on save: npm run kata -- watch ${kata.id}`),
    ].join('\n'),
  );
  return 0;
}
