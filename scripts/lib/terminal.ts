/** Terminal output: colours (https://no-color.org), widths, bars and word wrapping. */
import { stripVTControlCharacters } from 'node:util';

const codes = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 };
export type Style = { readonly enabled: boolean } & {
  readonly [name in keyof typeof codes]: (text: string) => string;
};
type Stream = { readonly isTTY?: boolean; readonly columns?: number };

/** NO_COLOR (set and non-empty) wins; then FORCE_COLOR (anything but 0/false); then a TTY. */
export function colourEnabled(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

export function styleFor(stream: Stream, env: NodeJS.ProcessEnv = process.env): Style {
  const enabled = colourEnabled(stream, env);
  const paint = (open: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${open < 30 ? 22 : 39}m` : text;
  const entries = Object.entries(codes).map(([name, open]) => [name, paint(open)]);
  return { enabled, ...Object.fromEntries(entries) } as Style;
}

/** The usable width: the terminal's columns, else $COLUMNS, else 80; never below 40. */
export function terminalWidth(stream: Stream, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  return Math.max(40, stream.columns ?? (Number.isFinite(fromEnv) ? fromEnv : 80));
}

/** The printed width of a string, ANSI escapes excluded. */
export const visibleLength = (text: string): number => [...stripVTControlCharacters(text)].length;

/** A bar of `width` cells, the first `done/total` of them filled. */
export function bar(done: number, total: number, width: number, style: Style): string {
  const cells = Math.max(1, Math.floor(width));
  const filled = total > 0 ? Math.round((cells * Math.min(done, total)) / total) : 0;
  return style.green('█'.repeat(filled)) + style.dim('░'.repeat(cells - filled));
}

/** Word-wraps `text` to `width` columns, every line starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= room) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => indent + line);
}

/** `1 spec`, `2 specs`. */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
