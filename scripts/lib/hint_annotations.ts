/**
 * Setup file of the `katas` project: the first failing spec of each kata carries its current
 * hint and theory section as annotations, printed under the failure and shown in the UI.
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
  // `annotate` refuses a test no longer in state `run`, and by `afterEach` a failed one is `fail`;
  // Vitest 4.1 has no hook between the two (`TestRunner.setTestFn` is bound to `getFn` in 4.1.12).
  // So the state goes back to `run` for the two calls; cli.spec.ts sees a Vitest that changes this.
  result.state = 'run';
  try {
    await context.annotate(`${kata.hints[level - 1]}${more}`, `hint ${level}/${kata.hints.length}`);
    await context.annotate(kata.theory, 'theory');
  } finally {
    result.state = 'fail';
  }
});
