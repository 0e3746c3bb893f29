/**
 * `npm run kata -- next`: finds the first kata, in teaching order, whose specs are not all
 * green, runs its specs in the terminal and shows its first hint (or, if the learner has
 * asked for more already, the hints up to where they are).
 */
import { runSpecs, runVitestInForeground } from '../lib/run_specs';
import type { CommandContext } from './context';
import { hintLevel, renderHints } from './hints';
import { nextKata, progress } from './progress';

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
