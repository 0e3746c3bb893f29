/**
 * `npm run kata -- watch [<kata>]`: Vitest in watch mode on one kata's spec, so every save of
 * the stub re-runs it, with scripts/kata/watch_reporter.ts showing the next hint after a
 * failure. When the kata turns green the watch moves on to the next kata in teaching order
 * (the reporter ends Vitest with WATCH_ADVANCE and this loop starts the next one). Without a
 * kata it starts at the first unfinished one. Ctrl-C stops it.
 */
import type { Kata } from '../../curriculum';
import { runSpecs, runVitestInForeground } from '../lib/run_specs';
import type { CommandContext } from './context';
import { nextKata, progress } from './progress';
import { resolveKata } from './resolve_kata';

/** The exit code with which the watch reporter says "this kata is green, go on". */
export const WATCH_ADVANCE = 75;

async function firstUnfinished(context: CommandContext): Promise<Kata | undefined> {
  context.status('looking for the next kata…');
  const run = await runSpecs(context.root, { projects: ['katas'] });
  context.status('');
  const next = nextKata(progress(context.modules, run));
  return context.modules.flatMap((entry) => entry.katas).find((k) => k.id === next?.id);
}

/** The kata after `kata` in teaching order, across modules; undefined after the last. */
export function kataAfter(modules: CommandContext['modules'], kata: Kata): Kata | undefined {
  const all = modules.flatMap((entry) => entry.katas);
  return all[all.findIndex((candidate) => candidate.id === kata.id) + 1];
}

export async function watchCommand(
  context: CommandContext,
  name: string | undefined,
): Promise<number> {
  let kata =
    name === undefined ? await firstUnfinished(context) : resolveKata(context.modules, name);
  if (kata === undefined) {
    context.print(`${context.style.green('✓')} every kata with a spec is done`);
    return 0;
  }
  for (;;) {
    context.print(
      context.style.dim(
        `watching ${kata.id} ${kata.title}: save ${kata.stub} to re-run · Ctrl-C to stop`,
      ),
    );
    const following = kataAfter(context.modules, kata);
    const code = await runVitestInForeground(
      context.root,
      [
        '--watch',
        '--project',
        'katas',
        '--reporter=default',
        '--reporter=./scripts/kata/watch_reporter.ts',
        kata.spec,
      ],
      { LAB_WATCH_KATA: kata.id, LAB_WATCH_NEXT: following?.id ?? '' },
    );
    if (code !== WATCH_ADVANCE || following === undefined) return code === 130 ? 0 : code;
    kata = following;
  }
}
