/** `npm run kata -- hint <kata> [--level N]`: the kata's hints up to N, gentle to explicit. */
import { UsageError } from '../lib/cli_args';
import type { CommandContext } from './context';
import { hintLevel, recordHintLevel, renderHints } from './hints';
import { resolveKata } from './resolve_kata';

export function hintCommand(
  context: CommandContext,
  name: string | undefined,
  level?: string,
): number {
  const kata = resolveKata(context.modules, name);
  let shown = hintLevel(context.root, kata);
  if (level !== undefined) {
    const requested = Number(level);
    if (!Number.isInteger(requested) || requested < 1) {
      throw new UsageError(
        `--level takes a hint number from 1 to ${kata.hints.length} (got ${level})`,
      );
    }
    shown = Math.min(requested, kata.hints.length);
    recordHintLevel(context.root, kata, shown);
  }
  context.print(renderHints(kata, shown, context.style, context.width));
  return 0;
}
