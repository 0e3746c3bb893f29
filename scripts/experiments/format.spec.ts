import { describe, expect, it } from 'vitest';
import { formatCell, markdownTable, roundNumber, stableJson, textTable } from './format';

describe('experiment output format', () => {
  it('rounds numbers to 6 significant digits and writes non-finite ones as strings', () => {
    expect(roundNumber(Math.PI)).toBe(3.14159);
    expect(roundNumber(123456789)).toBe(123457000);
    expect(roundNumber(-0)).toBe(0);
    expect(roundNumber(Number.NaN)).toBe('NaN');
    expect(roundNumber(-Infinity)).toBe('-Infinity');
  });

  it('writes JSON with sorted keys at every depth, so key order never changes the bytes', () => {
    const a = stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 1 / 3 } });
    const b = stableJson({ a: { c: 1 / 3, d: [{ y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "a": {\n    "c": 0.333333,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('formats table cells: integers whole, others to 4 significant digits, extremes in exponent form', () => {
    expect(formatCell(12)).toBe('12');
    expect(formatCell(0.123456)).toBe('0.1235');
    expect(formatCell(1234.56)).toBe('1235');
    expect(formatCell(0.0000123456)).toBe('1.235e-5');
    expect(formatCell(2.5e7 + 0.5)).toBe('2.5e7');
    expect(formatCell(Infinity)).toBe('∞');
    expect(formatCell('text')).toBe('text');
  });

  it('prints aligned text tables and Markdown tables with the same cells', () => {
    const table = {
      title: 'T',
      columns: ['name', 'value'],
      rows: [
        ['a', 1.5],
        ['bb', 10],
      ],
    };
    expect(textTable(table)).toBe('T\nname  value\n────  ─────\na       1.5\nbb       10');
    expect(markdownTable(table)).toBe(
      '**T**\n\n| name | value |\n| --- | --- |\n| a | 1.5 |\n| bb | 10 |',
    );
  });
});
