import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { styleFor } from '../lib/terminal';
import { modules } from './fixture';
import { hintCommand } from './commands';
import { hintLevel, recordHintLevel, renderHints } from './hints';

const kata = modules[0]!.katas[0]!;
const roots: string[] = [];
const tempRoot = (): string => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lab-hints-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('hints', () => {
  it('start at 1, climb when asked, never go back down and stop at the last', () => {
    const root = tempRoot();
    expect(hintLevel(root, kata)).toBe(1);
    expect(recordHintLevel(root, kata, 2)).toBe(2);
    expect(recordHintLevel(root, kata, 1)).toBe(2);
    expect(recordHintLevel(root, kata, 99)).toBe(3);
    expect(hintLevel(root, kata)).toBe(3);
  });

  it('a damaged state file only starts the hints over', () => {
    const root = tempRoot();
    mkdirSync(path.join(root, '.lab'));
    writeFileSync(path.join(root, '.lab', 'hints.json'), '{ not json');
    expect(hintLevel(root, kata)).toBe(1);
  });

  it('show hints 1…N in order, say how to get the next, and cite the theory', () => {
    const text = renderHints(kata, 2, styleFor({}, {}), 80);
    expect(text.indexOf('hint 1 of 01.01')).toBeLessThan(text.indexOf('hint 2 of 01.01'));
    expect(text).not.toContain('hint 3 of 01.01');
    expect(text).toContain('more: npm run kata -- hint 01.01 --level 3');
    expect(text).toContain(`theory: ${kata.theory}`);
    expect(renderHints(kata, 3, styleFor({}, {}), 80)).not.toContain('more:');
  });
});

describe('hint command', () => {
  it('refuses a level that is not a hint number', () => {
    const printed: string[] = [];
    const context = {
      root: tempRoot(),
      modules,
      style: styleFor({}, {}),
      width: 80,
      print: (text: string) => printed.push(text),
      status: () => undefined,
    };
    for (const level of ['two', '0', '4', '2.5'])
      expect(() => hintCommand(context, '01.01', level)).toThrow(
        `--level takes a hint number from 1 to 3 (got ${level})`,
      );
    expect(hintCommand(context, '01.01', '2')).toBe(0);
    expect(printed.join('\n')).toContain('hint 2 of 3');
  });
});
