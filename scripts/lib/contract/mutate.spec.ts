import { describe, expect, it } from 'vitest';
import {
  mutateAt,
  perturb,
  perturbNumber as p,
  wrapFunction,
  type Mutation,
  type MutationHooks,
} from './mutate';

function recorder(): MutationHooks & { count: () => number; undo: () => void; calls: string[] } {
  let applied = 0;
  const undos: (() => void)[] = [];
  const calls: string[] = [];
  return {
    applied: () => (applied += 1),
    onRestore: (undo) => undos.push(undo),
    called: (fn) => calls.push(fn),
    count: () => applied,
    undo: () => undos.splice(0).forEach((undo) => undo()),
    calls,
  };
}

describe('contract mutations', () => {
  it('perturb a number by 1e-3 relative and absolute, flip a boolean, change a string to another allowed value', () => {
    expect(perturb(2, { kind: 'number' })).toEqual({ value: 2 * 1.001 + 0.001, changed: true });
    expect(perturb(0, { kind: 'number' }).value).toBe(0.001);
    expect(perturb(Number.POSITIVE_INFINITY, { kind: 'number' }).changed).toBe(false);
    expect(perturb(true, { kind: 'boolean' }).value).toBe(false);
    expect(perturb('accept', { kind: 'string', alternatives: ['accept', 'reject'] }).value).toBe(
      'reject',
    );
    expect(perturb('free text', { kind: 'string' }).value).toBe('mutated');
  });

  it('perturb the first or last element of an array or matrix, reverse an order, drop a last entry', () => {
    expect(perturb([1, 2, 3], { kind: 'last' }).value).toEqual([1, 2, p(3)]);
    expect(
      perturb(
        [
          [1, 2],
          [3, 4],
        ],
        { kind: 'first' },
      ).value,
    ).toEqual([
      [p(1), 2],
      [3, 4],
    ]);
    expect(perturb([], { kind: 'first' }).changed).toBe(false);
    expect(perturb([{ a: 1 }, { a: 2 }], { kind: 'reverse' }).value).toEqual([{ a: 2 }, { a: 1 }]);
    expect(perturb([5], { kind: 'reverse' }).changed).toBe(false);
    expect(perturb(['x', 'y'], { kind: 'dropLast' }).value).toEqual(['x']);
  });

  it('change one nested field on a copy, leaving the original, its other fields, getters and methods alone', () => {
    class Fit {
      constructor(readonly scale: number) {}
      predict(x: number[]): number[] {
        return x.map((v) => v * this.scale);
      }
    }
    let reads = 0;
    const original = {
      fit: new Fit(2),
      points: [{ mse: 1 }, { mse: 2 }],
      get lazy(): number {
        reads += 1;
        return 7;
      },
    };
    const hooks = recorder();
    const nested = mutateAt(
      original,
      [{ field: 'points' }, { each: true }, { field: 'mse' }],
      { kind: 'number' },
      hooks.applied,
    ) as typeof original;
    expect(nested.points.map((p) => p.mse)).toEqual([p(1), p(2)]);
    expect(original.points[0]?.mse).toBe(1);
    expect(reads).toBe(0);
    expect(nested.lazy).toBe(7);
    const viaMethod = mutateAt(
      original,
      [{ field: 'fit' }, { call: 'predict' }],
      { kind: 'last' },
      hooks.applied,
    ) as typeof original;
    expect(viaMethod.fit.predict([1, 2])).toEqual([2, p(4)]);
    expect(viaMethod.fit.scale).toBe(2);
    expect(original.fit.predict([1, 2])).toEqual([2, 4]);
    expect(hooks.count()).toBe(3);
  });

  const fit = (x: number[], options: { intercept?: boolean; tolerance?: number } = {}) => ({
    x,
    intercept: options.intercept ?? true,
    tolerance: options.tolerance ?? 1e-8,
  });
  const wrap = (mutation: Mutation, hooks = recorder()) =>
    wrapFunction('fit', fit as (...args: unknown[]) => unknown, mutation, hooks) as typeof fit;

  it('pass another value only when the caller omits the option, and treat intercept: false as true', () => {
    const hooks = recorder();
    const defaulted = wrap(
      { kind: 'default', fn: 'fit', param: 1, field: 'tolerance', value: 2e-8 },
      hooks,
    );
    expect(defaulted([1]).tolerance).toBe(2e-8);
    expect(defaulted([1], { intercept: false }).tolerance).toBe(2e-8);
    expect(defaulted([1], { tolerance: 1e-3 }).tolerance).toBe(1e-3);
    expect(hooks.count()).toBe(2);
    const ignored = wrap({ kind: 'intercept', fn: 'fit', param: 1 });
    expect(ignored([1], { intercept: false }).intercept).toBe(true);
    expect(wrap({ kind: 'default', fn: 'other', param: 1, value: 0 })([1]).tolerance).toBe(1e-8);
  });

  it('replace a documented error class by a plain Error, also inside a returned method', () => {
    class InvalidArgumentError extends RangeError {
      override name = 'InvalidArgumentError';
    }
    const make = () => ({
      predict: () => {
        throw new InvalidArgumentError('predict needs rows');
      },
    });
    const hooks = recorder();
    const wrapped = wrapFunction(
      'make',
      make,
      { kind: 'error', error: 'InvalidArgumentError' },
      hooks,
    ) as typeof make;
    let thrown: unknown;
    try {
      wrapped().predict();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toBe('predict needs rows');
    expect(hooks.count()).toBe(1);
  });

  it('change an input in place after the call, undo it afterwards, and fail on a frozen input', () => {
    const hooks = recorder();
    const changing = wrap({ kind: 'input', fn: 'fit', param: 0 }, hooks);
    const x = [1, 2];
    changing(x);
    expect(x).toEqual([p(1), 2]);
    hooks.undo();
    expect(x).toEqual([1, 2]);
    expect(() => changing(Object.freeze([1, 2]) as number[])).toThrow(TypeError);
  });

  it('report each call in trace mode without changing anything', () => {
    const hooks = recorder();
    expect(wrap({ kind: 'trace' }, hooks)([3])).toEqual({
      x: [3],
      intercept: true,
      tolerance: 1e-8,
    });
    expect(hooks.calls).toEqual(['fit']);
  });
});
