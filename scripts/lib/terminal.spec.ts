import { describe, expect, it } from 'vitest';
import { bar, colourEnabled, styleFor, terminalWidth, visibleLength, wrap } from './terminal';

describe('terminal output', () => {
  it('colours a terminal, not a pipe; NO_COLOR always wins and FORCE_COLOR colours a pipe', () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' }).green('ok')).toBe('ok');
  });

  it('bars have exactly the cells asked for, filled in proportion', () => {
    const plain = styleFor({}, {});
    expect(bar(1, 4, 8, plain)).toBe('██░░░░░░');
    expect(bar(0, 0, 5, plain)).toBe('░░░░░');
    expect(visibleLength(bar(3, 3, 10, styleFor({}, { FORCE_COLOR: '1' })))).toBe(10);
  });

  it('takes the width from the terminal, then $COLUMNS, never below 40', () => {
    expect(terminalWidth({ columns: 120 }, {})).toBe(120);
    expect(terminalWidth({}, { COLUMNS: '60' })).toBe(60);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({ columns: 20 }, {})).toBe(40);
  });

  it('wraps words to the width with an indent', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 24, '  ');
    expect(lines.every((line) => line.length <= 24 && line.startsWith('  '))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      'one two three four five six seven eight nine ten',
    );
  });
});
