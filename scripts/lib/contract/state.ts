/**
 * What the contract harness (harness.ts) and the mutant wrappers (mutate.ts, served by
 * plugin.ts) share inside one Vitest worker: which spec is running, which kata functions each
 * spec calls, and how often each mutation was applied. Kept on globalThis so that every copy
 * of this module a worker may load sees the same record.
 */
import type { MutationHooks } from './mutate';

export interface ContractState {
  /** `<kata id> <spec name>` of the spec now running, when one is. */
  current: string | undefined;
  /** Kata functions each spec calls, by `<kata id> <spec name>`, from the trace run. */
  readonly calls: Map<string, Set<string>>;
  /** `<kata id> <function>` called outside any spec (while the spec file was collected, or in a hook). */
  readonly outsideSpecs: Set<string>;
  /** How often each mutant changed something. */
  readonly applied: Map<string, number>;
  /** Undo steps for inputs changed in place, run after each spec. */
  readonly restore: (() => void)[];
}

const KEY = Symbol.for('mle-lab.contract-state');
const holder = globalThis as unknown as Record<symbol, ContractState | undefined>;

export const state: ContractState = (holder[KEY] ??= {
  current: undefined,
  calls: new Map(),
  outsideSpecs: new Set(),
  applied: new Map(),
  restore: [],
});

/** The hooks a wrapper of mutant `mutantId` of kata `kataId` reports through. */
export function contractHooks(kataId: string, mutantId: string): MutationHooks {
  return {
    applied: () => state.applied.set(mutantId, (state.applied.get(mutantId) ?? 0) + 1),
    onRestore: (undo) => state.restore.push(undo),
    called: (fn) => {
      if (state.current === undefined) {
        state.outsideSpecs.add(`${kataId} ${fn}`);
        return;
      }
      const calls = state.calls.get(state.current) ?? new Set<string>();
      calls.add(fn);
      state.calls.set(state.current, calls);
    },
  };
}
