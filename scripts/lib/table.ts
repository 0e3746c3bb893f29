/** The one plain-text table of the lab's commands. */
import { maxOf } from '../../helpers/validation';

interface TableLayout {
  /** How a cell sits in its column; every cell right-aligned by default. */
  readonly align?: (cell: string, column: number) => 'left' | 'right';
  /** Drawn under the header, as wide as each column (`-`, `─`); no rule by default. */
  readonly rule?: string;
}

/** Rows (the first is the header) as columns two spaces apart, each as wide as its widest cell. */
export function textTable(
  rows: readonly (readonly (string | number)[])[],
  { align, rule }: TableLayout = {},
): string {
  const [header = [], ...body] = rows.map((row) => row.map(String));
  const width = (cell: string): number => [...cell].length;
  const widths = header.map((_, j) => maxOf([header, ...body].map((row) => width(row[j] ?? ''))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, j) => {
        const pad = ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(cell)));
        return align?.(cell, j) === 'left' ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const ruled = rule === undefined ? [] : [widths.map((w) => rule.repeat(w)).join('  ')];
  return [line(header), ...ruled, ...body.map(line)].join('\n');
}
