/**
 * The test side of the contract check, called by the spec file generated per kata (project.ts):
 * a trace suite, then one suite per mutant that a spec's first failure kills.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, type TestContext } from 'vitest';
import { state } from './mutate';

/** A kata's results: per mutant, how often it changed something and the first spec it failed. */
export interface KataContractRun {
  readonly kataId: string;
  /** Specs that failed on the solution itself: they are left out of every mutant run. */
  readonly traceFailures: readonly string[];
  readonly mutants: Record<string, { applied: number; killedBy?: string; message?: string }>;
}

/** The spec's name inside its own file: the suite names below the trace or mutant suite. */
function specName(task: TestContext['task']): string {
  const names: string[] = [task.name];
  for (let suite = task.suite; suite !== undefined && !('filepath' in suite); suite = suite.suite)
    names.unshift(suite.name);
  return names.slice(1).join(' > ');
}

const killed = new Map<string, { killedBy: string; message: string }>();
const traceFailures = new Map<string, string[]>();

/**
 * The kata's spec against its solution, every exported function traced. The spec module is
 * imported anew under a query string per suite, so its import of the kata loads the wrapper
 * (plugin.ts).
 */
export function traceSuite(kataId: string, load: () => Promise<unknown>): void {
  describe(`${kataId} trace`, async () => {
    beforeEach((context) => {
      state.current = `${kataId} ${specName(context.task)}`;
    });
    afterEach((context) => {
      state.current = undefined;
      if (context.task.result?.state === 'fail')
        traceFailures.set(kataId, [...(traceFailures.get(kataId) ?? []), specName(context.task)]);
    });
    await load();
  });
}

/**
 * The kata's spec against one mutant, which changes `functions` (all of them for an error
 * mutant): a spec runs only when it calls one of them (or one was called outside any spec), and
 * none after the first that fails.
 */
export function mutantSuite(
  kataId: string,
  mutantId: string,
  title: string,
  functions: readonly string[],
  load: () => Promise<unknown>,
): void {
  describe(`${mutantId} ${title}`, async () => {
    beforeEach((context) => {
      const spec = specName(context.task);
      if (killed.has(mutantId)) context.skip('the mutant is killed already');
      if (traceFailures.get(kataId)?.includes(spec)) context.skip('fails on the solution');
      const calls = state.calls.get(`${kataId} ${spec}`);
      const reaches = functions.some(
        (fn) => calls?.has(fn) === true || state.outsideSpecs.has(`${kataId} ${fn}`),
      );
      if (!reaches) context.skip('calls no mutated function');
    });
    afterEach((context) => {
      for (const undo of state.restore.splice(0).reverse()) undo();
      if (context.task.result?.state === 'fail' && !killed.has(mutantId)) {
        const error = context.task.result.errors?.[0];
        killed.set(mutantId, {
          killedBy: specName(context.task),
          message: (error?.message ?? '').split('\n')[0] ?? '',
        });
      }
    });
    await load();
  });
}

/** Writes the outcome of every mutant of the kata to `file` once its suites have run. */
export function recordResults(kataId: string, file: string, mutantIds: readonly string[]): void {
  afterAll(() => {
    const run: KataContractRun = {
      kataId,
      traceFailures: traceFailures.get(kataId) ?? [],
      mutants: Object.fromEntries(
        mutantIds.map((id) => [id, { applied: state.applied.get(id) ?? 0, ...killed.get(id) }]),
      ),
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(run, null, 1));
  });
}
