/**
 * How experiment output is written so that the same seed gives the same bytes: numbers
 * rounded to a fixed number of significant digits, object keys sorted, no timestamps.
 */
import type { Cell, JsonValue, Table } from '../../experiments/experiment';
import { textTable as plainTable } from '../lib/table';

/** Significant digits kept in numbers.json: more than any conclusion needs, stable across runs. */
export const SIGNIFICANT_DIGITS = 6;

/** A finite number to 6 significant digits (−0 becomes 0); non-finite values as strings. */
export function roundNumber(value: number): number | string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return 0;
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/** A copy with every number rounded and every object's keys in sorted order. */
export function normaliseJson(value: JsonValue): JsonValue {
  if (typeof value === 'number') return roundNumber(value);
  if (Array.isArray(value)) return value.map((item: JsonValue) => normaliseJson(item));
  if (value !== null && typeof value === 'object') {
    const record = value as { readonly [key: string]: JsonValue };
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normaliseJson(record[key] as JsonValue)]),
    );
  }
  return value;
}

/** Deterministic JSON text: rounded, key-sorted, two-space indented, one final newline. */
export function stableJson(value: JsonValue): string {
  return `${JSON.stringify(normaliseJson(value), null, 2)}\n`;
}

/** A table cell as text: integers as they are, other numbers to 4 significant digits. */
export function formatCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (Number.isNaN(cell)) return 'NaN';
  if (!Number.isFinite(cell)) return cell > 0 ? '∞' : '−∞';
  if (cell === 0) return '0';
  if (Number.isInteger(cell) && Math.abs(cell) < 1e6) return String(cell);
  const magnitude = Math.abs(cell);
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

function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The table as a GitHub-flavoured Markdown table, titled. */
export function markdownTable(table: Table): string {
  const header = `| ${table.columns.map(escapeMarkdownCell).join(' | ')} |`;
  const rule = `| ${table.columns.map(() => '---').join(' | ')} |`;
  const body = table.rows.map(
    (row) => `| ${row.map((cell) => escapeMarkdownCell(formatCell(cell))).join(' | ')} |`,
  );
  return [`**${table.title}**`, '', header, rule, ...body].join('\n');
}
