/**
 * Setup file of the `katas` project: the first failing spec of each kata carries the kata's
 * current hint and theory section as annotations, printed under the failure and in the UI.
 *
 * `context.annotate` refuses a test whose state is no longer `run`, and by `afterEach` a
 * failed test is already `fail`. Vitest 4.1 offers no hook that runs after the failure but
 * before that state change (and `TestRunner.setTestFn`, which would let us wrap the test
 * body, is bound to `getFn` in 4.1.12), so the hook puts the state back to `run` for the two
 * calls and restores `fail` whatever happens. scripts/kata/cli.spec.ts checks the
 * annotations reach the terminal, so a Vitest upgrade that changes this cannot go unnoticed.
 */
import path from 'node:path';
import { afterEach } from 'vitest';
import { allKatas } from '../../curriculum';
import { hintCommandFor, hintLevel } from '../kata/hints';
import { labRoot as root } from './command';

// Only the first failing spec of each file: repeating the hint under every failure was noise,
// and each annotation is a round trip to the main process (234 failures × 2 cost over a second).
const annotatedSpecs = new Set<string>();

afterEach(async (context) => {
  const result = context.task.result;
  if (result?.state !== 'fail') return;
  const spec = path.relative(root, context.task.file.filepath).split(path.sep).join('/');
  if (annotatedSpecs.has(spec)) return;
  annotatedSpecs.add(spec);
  const kata = allKatas().find((candidate) => candidate.spec === spec);
  if (kata === undefined || kata.hints.length === 0) return;
  const level = hintLevel(root, kata);
  const more = level < kata.hints.length ? ` (next hint: ${hintCommandFor(kata, level + 1)})` : '';
  result.state = 'run';
  try {
    await context.annotate(`${kata.hints[level - 1]}${more}`, `hint ${level}/${kata.hints.length}`);
    await context.annotate(kata.theory, 'theory');
  } finally {
    result.state = 'fail';
  }
});
