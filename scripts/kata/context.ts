/**
 * What every `npm run kata` verb works with: the repository root, the curriculum, and an
 * output that knows its colours and width. Tests pass their own.
 */
import type { Module } from '../../curriculum';
import { styleFor, terminalWidth, type Style } from '../lib/terminal';

export interface CommandContext {
  readonly root: string;
  readonly modules: readonly Module[];
  readonly style: Style;
  readonly width: number;
  readonly print: (text: string) => void;
  /** A transient status line on a terminal (erased by the next call); nothing on a pipe. */
  readonly status: (text: string) => void;
}

export function terminalContext(root: string, modules: readonly Module[]): CommandContext {
  const interactive = process.stderr.isTTY === true;
  return {
    root,
    modules,
    style: styleFor(process.stdout),
    width: Math.min(terminalWidth(process.stdout), 100),
    print: (text) => process.stdout.write(`${text}\n`),
    status: (text) => {
      if (interactive) process.stderr.write(`\r\u001b[K${text}`);
    },
  };
}
