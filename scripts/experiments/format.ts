/** Experiment output that the same seed writes byte for byte: rounded numbers, sorted keys. */
import type { Cell, JsonValue, Table } from '../../experiments/experiment';
import { textTable as plainTable } from '../lib/table';

/** A finite number to 6 significant digits (−0 becomes 0); non-finite values as strings. */
export const roundNumber = (value: number): number | string =>
  Number.isFinite(value) ? Number(value.toPrecision(6)) || 0 : String(value);

/** Rounded, key-sorted (at every depth), two-space indented JSON with one final newline. */
export function stableJson(value: JsonValue): string {
  const sorted = (_: string, item: unknown): unknown =>
    typeof item === 'number'
      ? roundNumber(item)
      : item !== null && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
        : item;
  return `${JSON.stringify(value, sorted, 2)}\n`;
}

/** A table cell as text: integers as they are, other numbers to 4 significant digits. */
export function formatCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return Number.isNaN(cell) ? 'NaN' : cell > 0 ? '∞' : '−∞';
  if (cell === 0) return '0';
  const magnitude = Math.abs(cell);
  if (Number.isInteger(cell) && magnitude < 1e6) return String(cell);
  if (magnitude >= 1e6 || magnitude < 1e-3) {
    const [mantissa = '', exponent = ''] = cell.toExponential(3).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}e${exponent.replace('+', '')}`;
  }
  return String(Number(cell.toPrecision(4)));
}

/** The table as aligned plain text, for the terminal: numbers right-aligned, text left-aligned. */
export function textTable(table: Table): string {
  const rows = [table.columns, ...table.rows.map((row) => row.map(formatCell))];
  const align = (cell: string, j: number) =>
    j > 0 && /^[−-]?[\d.∞]/.test(cell) ? 'right' : 'left';
  return `${table.title}\n${plainTable(rows, { align, rule: '─' })}`;
}

/** The table as a GitHub-flavoured Markdown table, titled. */
export function markdownTable(table: Table): string {
  const row = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = row(table.columns.map(() => '---'));
  const body = table.rows.map((cells) => row(cells.map(formatCell)));
  return [`**${table.title}**`, '', row(table.columns), rule, ...body].join('\n');
}
