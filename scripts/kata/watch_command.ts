/**
 * `npm run kata -- watch <kata>`: Vitest in watch mode on the kata's spec, so every save of
 * the stub re-runs it, with scripts/kata/watch_reporter.ts showing the next hint after a
 * failure. Ctrl-C stops it.
 */
import { runVitestInForeground } from '../lib/run_specs';
import type { CommandContext } from './context';
import { resolveKata } from './resolve_kata';

export async function watchCommand(
  context: CommandContext,
  name: string | undefined,
): Promise<number> {
  const kata = resolveKata(context.modules, name);
  context.print(
    context.style.dim(
      `watching ${kata.id} ${kata.title}: save ${kata.stub} to re-run · Ctrl-C to stop`,
    ),
  );
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
    { LAB_WATCH_KATA: kata.id },
  );
  return code === 130 ? 0 : code;
}
