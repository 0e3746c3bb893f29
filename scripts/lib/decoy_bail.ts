/**
 * Setup file of the decoy projects: once a spec has rejected the decoy, the rest of its spec
 * file is skipped. The decoys check reads only the first failing spec (decoys_check.ts), and
 * the Monte Carlo specs that usually come later are the expensive part of a run.
 */
import { afterEach, beforeEach } from 'vitest';

const rejected = new WeakSet<object>();

beforeEach((context) => {
  if (rejected.has(context.task.file)) context.skip('the decoy is rejected already');
});

afterEach((context) => {
  if (context.task.result?.state === 'fail') rejected.add(context.task.file);
});
