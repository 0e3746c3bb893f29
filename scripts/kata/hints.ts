/**
 * Hints, gentle to explicit. How far up a learner has gone is the one thing test results cannot
 * tell, so it is kept in .lab/hints.json (git-ignored; deleting it only starts the hints over).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Kata } from '../../curriculum';
import { wrap, type Style } from '../lib/terminal';

const stateFile = (root: string): string => path.join(root, '.lab', 'hints.json');

function readState(root: string): Record<string, number> {
  try {
    const parsed = JSON.parse(readFileSync(stateFile(root), 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The hint the learner has reached for this kata: 1 until they ask for more. */
export function hintLevel(root: string, kata: Kata): number {
  const stored = readState(root)[kata.id];
  const level = Number.isInteger(stored) ? (stored as number) : 1;
  return Math.min(Math.max(1, level), Math.max(1, kata.hints.length));
}

/** Records that the learner has seen hints up to `level` (it never goes back down). */
export function recordHintLevel(root: string, kata: Kata, level: number): number {
  const state = readState(root);
  const reached = Math.min(Math.max(level, state[kata.id] ?? 1), kata.hints.length);
  if (reached === state[kata.id]) return reached;
  state[kata.id] = reached;
  mkdirSync(path.dirname(stateFile(root)), { recursive: true });
  const temporary = `${stateFile(root)}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(temporary, stateFile(root));
  return reached;
}

export const hintCommandFor = (kata: Kata, level: number): string =>
  `npm run kata -- hint ${kata.id} --level ${level}`;

/** Hints 1…level of the kata, the earlier ones dimmed, with how to ask for the next. */
export function renderHints(kata: Kata, level: number, style: Style, width: number): string {
  const shown = Math.min(Math.max(1, level), kata.hints.length);
  const lines = [
    `${style.cyan(kata.id)} ${kata.title} ${style.dim(`· hint ${shown} of ${kata.hints.length}`)}`,
    '',
  ];
  kata.hints.slice(0, shown).forEach((hint, index) => {
    const wrapped = wrap(hint, width, '      ');
    wrapped[0] = `  ${String(index + 1).padStart(2)}. ${(wrapped[0] ?? '').trimStart()}`;
    lines.push(index + 1 < shown ? style.dim(wrapped.join('\n')) : wrapped.join('\n'));
  });
  lines.push('');
  if (shown < kata.hints.length)
    lines.push(style.dim(`  more: ${hintCommandFor(kata, shown + 1)}`));
  lines.push(style.dim(`  theory: ${kata.theory}`));
  return lines.join('\n');
}
