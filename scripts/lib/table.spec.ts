import { describe, expect, it } from 'vitest';
import { textTable } from './table';

describe('text tables', () => {
  it('pads every column to its widest cell, right-aligned unless told, with an optional rule', () => {
    expect(
      textTable(
        [
          ['n', 'ms'],
          [1000, '2.5'],
          [10, '—'],
        ],
        { rule: '-' },
      ),
    ).toBe('   n   ms\n----  ---\n1000  2.5\n  10    —');
    expect(
      textTable(
        [
          ['name', 'x'],
          ['a', 1],
        ],
        { align: (_, j) => (j === 0 ? 'left' : 'right') },
      ),
    ).toBe('name  x\na     1');
  });
});
