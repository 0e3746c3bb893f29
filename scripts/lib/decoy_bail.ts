/**
 * Setup file of the decoys project: once a spec has rejected the decoy, the rest of its spec file
 * is skipped. Only the first failure counts, and the costly Monte Carlo specs usually come later.
 */
import { afterEach, beforeEach } from 'vitest';

const rejected = new WeakSet<object>();
beforeEach((context) => {
  if (rejected.has(context.task.file)) context.skip('the decoy is rejected already');
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') rejected.add(context.task.file);
});
