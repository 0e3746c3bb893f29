/**
 * Terminal output for the lab's commands: colour only on a terminal and never when NO_COLOR
 * is set (https://no-color.org; FORCE_COLOR turns it on for a pipe), widths that follow the
 * terminal, progress bars and word wrapping that fit inside them.
 */

export interface Style {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

interface Stream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** NO_COLOR (set and non-empty) wins; then FORCE_COLOR (anything but 0/false); then whether it is a terminal. */
export function colourEnabled(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

const ansi =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

export function styleFor(stream: Stream, env: NodeJS.ProcessEnv = process.env): Style {
  const enabled = colourEnabled(stream, env);
  const plain = (text: string): string => text;
  return {
    enabled,
    bold: enabled ? ansi(1, 22) : plain,
    dim: enabled ? ansi(2, 22) : plain,
    red: enabled ? ansi(31, 39) : plain,
    green: enabled ? ansi(32, 39) : plain,
    yellow: enabled ? ansi(33, 39) : plain,
    cyan: enabled ? ansi(36, 39) : plain,
  };
}

/** The usable width: the terminal's columns, else $COLUMNS, else 80; never below 40. */
export function terminalWidth(stream: Stream, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const columns = stream.columns ?? (Number.isFinite(fromEnv) ? fromEnv : 80);
  return Math.max(40, columns);
}

/** The text without its ANSI colour escapes. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** The printed width of a string, ANSI escapes excluded. */
export function visibleLength(text: string): number {
  return [...stripAnsi(text)].length;
}

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
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** `1 spec`, `2 specs`. */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
