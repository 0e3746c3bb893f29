/**
 * The test-side half of the contract check. contract.ts generates one spec file per kata that
 * calls these: a trace suite (the kata's whole spec against its solution, noting which specs
 * call which functions) and then one suite per mutant, each importing the kata's spec module
 * anew under its own query string, so that its import of the kata loads that mutant's wrapper
 * (plugin.ts). Inside a mutant suite a spec runs only when it calls a mutated function (or
 * when the function was called outside any spec), and once one spec has failed the rest are
 * skipped: a mutant is killed by its first failure. Results go to a JSON file per kata.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, type TestContext } from 'vitest';
import { state } from './state';

export interface MutantOutcome {
  /** How often the mutation changed something while the specs ran. */
  readonly applied: number;
  /** The first spec that failed under it, when one did. */
  readonly killedBy?: string;
  readonly message?: string;
}

export interface KataContractRun {
  readonly kataId: string;
  /** Specs that failed on the solution itself: they are left out of every mutant run. */
  readonly traceFailures: readonly string[];
  readonly specs: number;
  readonly mutants: Record<string, MutantOutcome>;
}

type Task = TestContext['task'];

/** The spec's name inside its own file: the suite names below the trace or mutant suite. */
function specName(task: Task): string {
  const names: string[] = [task.name];
  for (let suite = task.suite; suite !== undefined && !('filepath' in suite); suite = suite.suite)
    names.unshift(suite.name);
  return names.slice(1).join(' > ');
}

const killed = new Map<string, { test: string; message: string }>();
const traceFailures = new Map<string, string[]>();
const specCounts = new Map<string, number>();

function undoInputChanges(): void {
  for (const undo of state.restore.splice(0).reverse()) undo();
}

/** The kata's spec against its solution, every exported function traced. */
export function traceSuite(kataId: string, load: () => Promise<unknown>): void {
  describe(`${kataId} trace`, async () => {
    beforeEach((context) => {
      state.current = `${kataId} ${specName(context.task)}`;
      specCounts.set(kataId, (specCounts.get(kataId) ?? 0) + 1);
    });
    afterEach((context) => {
      state.current = undefined;
      if (context.task.result?.state === 'fail') {
        traceFailures.set(kataId, [...(traceFailures.get(kataId) ?? []), specName(context.task)]);
      }
    });
    await load();
  });
}

/** The kata's spec against one mutant, which changes `functions` (all of them for an error mutant). */
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
      const key = `${kataId} ${spec}`;
      if (killed.has(mutantId)) context.skip('the mutant is killed already');
      if (traceFailures.get(kataId)?.includes(spec)) context.skip('fails on the solution');
      const calls = state.calls.get(key);
      const reaches = functions.some(
        (fn) => calls?.has(fn) === true || state.outsideSpecs.has(`${kataId} ${fn}`),
      );
      if (!reaches) context.skip('calls no mutated function');
    });
    afterEach((context) => {
      undoInputChanges();
      if (context.task.result?.state === 'fail' && !killed.has(mutantId)) {
        const error = context.task.result.errors?.[0];
        killed.set(mutantId, {
          test: specName(context.task),
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
    const mutants: Record<string, MutantOutcome> = {};
    for (const id of mutantIds) {
      const kill = killed.get(id);
      mutants[id] = {
        applied: state.applied.get(id) ?? 0,
        ...(kill === undefined ? {} : { killedBy: kill.test, message: kill.message }),
      };
    }
    const run: KataContractRun = {
      kataId,
      traceFailures: traceFailures.get(kataId) ?? [],
      specs: specCounts.get(kataId) ?? 0,
      mutants,
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(run, null, 1));
  });
}
