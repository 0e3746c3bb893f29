/** `npm run kata -- progress [--json]`: katas done and specs passing, per module, from one test run. */
import { runSpecs } from '../lib/run_specs';
import type { CommandContext } from './context';
import { nextKata, progress, progressJson } from './progress';
import { renderProgress } from './render_progress';

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
