/**
 * The boundary mutations of the contract check, wrapped around a kata solution's exports (the
 * solution is never edited, so its own internal calls are untouched), and the record they share.
 */

/** One step from a result to the value perturbed: a field, what a method returns, each element. */
export type Step = { field: string } | { call: string } | { each: true };

/**
 * A finite number x becomes x·(1 + 1e-3) + 1e-3, a boolean flips, a string takes another of
 * `alternatives` (else another string); `first`/`last` perturb that element of an array (of the
 * first or last row of a matrix); `reverse` reverses an array, `dropLast` drops its last entry.
 */
export interface Perturbation {
  kind: 'number' | 'boolean' | 'string' | 'first' | 'last' | 'reverse' | 'dropLast';
  alternatives?: readonly string[];
}

/**
 * `default`: when the caller omits the option (or the optional parameter), `value` is passed
 * instead. `intercept`: `intercept: false` is treated as true. `field`: one field of the result
 * perturbed. `error`: every export (and method of a result) throws a plain Error where it threw
 * `error`. `input`: after a call, the input (or every array field of it) is changed in place.
 * `trace`: no change, every call reported, so the harness learns which spec calls which function.
 */
export type Mutation =
  | { kind: 'default'; fn: string; param: number; field?: string; value: unknown }
  | { kind: 'intercept'; fn: string; param: number }
  | { kind: 'field'; fn: string; path: readonly Step[]; perturb: Perturbation }
  | { kind: 'error'; error: string }
  | { kind: 'input'; fn: string; param: number; fields?: readonly string[] }
  | { kind: 'trace' };

/** What a wrapper reports: a change it made, how to undo an input changed in place, a call. */
export interface MutationHooks {
  readonly applied: () => void;
  readonly onRestore: (undo: () => void) => void;
  readonly called: (fn: string) => void;
}

type AnyFunction = (...args: unknown[]) => unknown;
type Changed = { readonly value: unknown; readonly changed: boolean };

const same = (value: unknown): Changed => ({ value, changed: false });
const changed = (value: unknown): Changed => ({ value, changed: true });

export const perturbNumber = (x: number): number => x * (1 + 1e-3) + 1e-3;

/** Perturbs a finite number, a boolean or a string; anything else is left alone. */
function perturbScalar(value: unknown, alternatives: readonly string[] = []): Changed {
  if (typeof value === 'number')
    return Number.isFinite(value) ? changed(perturbNumber(value)) : same(value);
  if (typeof value === 'boolean') return changed(!value);
  if (typeof value !== 'string') return same(value);
  const other = alternatives.find((candidate) => candidate !== value);
  return changed(other ?? (value === 'mutated' ? 'mutated!' : 'mutated'));
}

const isArrayLike = (value: unknown): value is unknown[] =>
  Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));

function perturbEnd(value: unknown, end: 'first' | 'last'): Changed {
  if (!isArrayLike(value) || value.length === 0) return same(value);
  const index = end === 'first' ? 0 : value.length - 1;
  const element = value[index];
  const inner = isArrayLike(element) ? perturbEnd(element, end) : perturbScalar(element);
  if (!inner.changed) return same(value);
  const copy = value.slice();
  copy[index] = inner.value;
  return changed(copy);
}

export function perturb(value: unknown, { kind, alternatives }: Perturbation): Changed {
  if (kind === 'first' || kind === 'last') return perturbEnd(value, kind);
  if (kind === 'dropLast')
    return isArrayLike(value) && value.length > 0 ? changed(value.slice(0, -1)) : same(value);
  if (kind !== 'reverse') return perturbScalar(value, alternatives);
  if (!isArrayLike(value) || value.length < 2) return same(value);
  const reversed = value.slice().reverse();
  return { value: reversed, changed: reversed.some((element, i) => element !== value[i]) };
}

/** A copy of `object` (same prototype and descriptors) whose property `key` is `transform`ed. */
function withProperty(object: object, key: string, transform: (original: unknown) => unknown) {
  const descriptors = Object.getOwnPropertyDescriptors(object);
  const own = descriptors[key];
  const copy = Object.create(Object.getPrototypeOf(object) as object | null) as object;
  for (const [name, original] of Object.entries(descriptors))
    if (name !== key) Object.defineProperty(copy, name, { ...original, configurable: true });
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the original as `this`
  const getter = own?.get;
  // A getter stays lazy; a method on the prototype (a class instance's `predict`) is read
  // through the chain and stays non-enumerable.
  return Object.defineProperty(
    copy,
    key,
    getter === undefined
      ? {
          value: transform((object as Record<string, unknown>)[key]),
          writable: true,
          enumerable: own?.enumerable ?? false,
          configurable: true,
        }
      : {
          get: () => transform(Reflect.apply(getter, object, [])),
          enumerable: own?.enumerable ?? true,
          configurable: true,
        },
  );
}

/** `value` with the element that `path` leads to perturbed; `applied` is called when it changed. */
export function mutateAt(
  value: unknown,
  path: readonly Step[],
  perturbation: Perturbation,
  applied: () => void,
): unknown {
  const [step, ...rest] = path;
  const inner = (original: unknown): unknown => mutateAt(original, rest, perturbation, applied);
  if (step === undefined) {
    const outcome = perturb(value, perturbation);
    if (outcome.changed) applied();
    return outcome.value;
  }
  if ('each' in step) return Array.isArray(value) ? value.map(inner) : value;
  if (value === null || typeof value !== 'object') return value;
  if ('field' in step) return step.field in value ? withProperty(value, step.field, inner) : value;
  return withProperty(value, step.call, (method) =>
    typeof method === 'function'
      ? (...args: unknown[]) => inner((method as AnyFunction).apply(value, args))
      : method,
  );
}

/** The methods of a result (one level down into plain fields too) wrapped by `wrap`. */
function wrapMethods(
  value: unknown,
  wrap: (method: AnyFunction) => AnyFunction,
  depth = 2,
): unknown {
  if (value === null || typeof value !== 'object' || depth === 0 || isArrayLike(value))
    return value;
  let result: object = value;
  const prototype = Object.getPrototypeOf(value) as object | null;
  const keys = new Set([...Object.keys(value), ...Object.getOwnPropertyNames(prototype ?? {})]);
  for (const key of keys) {
    if (key === 'constructor') continue;
    const descriptor =
      Object.getOwnPropertyDescriptor(value, key) ??
      Object.getOwnPropertyDescriptor(prototype, key);
    if (descriptor === undefined || descriptor.get !== undefined) continue;
    const field: unknown = descriptor.value;
    if (typeof field === 'function') {
      result = withProperty(result, key, () => wrap((field as AnyFunction).bind(value)));
    } else if (field !== null && typeof field === 'object' && !isArrayLike(field)) {
      const inner = wrapMethods(field, wrap, depth - 1);
      if (inner !== field) result = withProperty(result, key, () => inner);
    }
  }
  return result;
}

type Matrix = { get(i: number, j: number): number; set(i: number, j: number, v: number): void };

/** Changes an input in place (first number of an array, of its first row, or of a matrix). */
function changeInPlace(input: unknown, hooks: MutationHooks): void {
  if (isArrayLike(input)) {
    const first: unknown = input[0];
    if (isArrayLike(first)) return changeInPlace(first, hooks);
    if (typeof first === 'number' && Number.isFinite(first)) {
      input[0] = perturbNumber(first); // throws on a frozen array: the spec guards its input
      hooks.onRestore(() => (input[0] = first));
      hooks.applied();
    }
    return;
  }
  const matrix = input as Matrix | null;
  if (typeof matrix?.get !== 'function' || typeof matrix.set !== 'function') return;
  const first = matrix.get(0, 0);
  matrix.set(0, 0, perturbNumber(first));
  hooks.onRestore(() => matrix.set(0, 0, first));
  hooks.applied();
}

/** `fn` (the export `name` of a solution) with `mutation` applied to it. */
export function wrapFunction(
  name: string,
  fn: AnyFunction,
  mutation: Mutation,
  hooks: MutationHooks,
): AnyFunction {
  if (typeof fn !== 'function') return fn;
  if (mutation.kind === 'trace')
    return (...args) => {
      hooks.called(name);
      return fn(...args);
    };
  if (mutation.kind === 'error') {
    const guard =
      (inner: AnyFunction): AnyFunction =>
      (...args) => {
        let result: unknown;
        try {
          result = inner(...args);
        } catch (error) {
          if (!(error instanceof Error) || error.name !== mutation.error) throw error;
          hooks.applied();
          // eslint-disable-next-line preserve-caught-error -- the mutant hides the class on purpose
          throw new Error(error.message);
        }
        return wrapMethods(result, guard);
      };
    return guard(fn);
  }
  if (mutation.fn !== name) return fn;
  if (mutation.kind === 'field')
    return (...args) => mutateAt(fn(...args), mutation.path, mutation.perturb, hooks.applied);
  if (mutation.kind === 'input')
    return (...args) => {
      const result = fn(...args);
      const argument = args[mutation.param] as Record<string, unknown> | undefined;
      if (mutation.fields === undefined) changeInPlace(argument, hooks);
      else for (const field of mutation.fields) changeInPlace(argument?.[field], hooks);
      return result;
    };
  const { kind, param } = mutation;
  const [field, value] =
    kind === 'intercept' ? ['intercept', true] : [mutation.field, mutation.value];
  return (...args) => {
    const options = args[param] as Record<string, unknown> | null | undefined;
    const applies =
      kind === 'intercept'
        ? options?.intercept === false
        : field === undefined
          ? options === undefined
          : options?.[field] === undefined;
    if (!applies) return fn(...args);
    hooks.applied();
    const changedArgs = args.slice();
    while (changedArgs.length <= param) changedArgs.push(undefined);
    changedArgs[param] = field === undefined ? value : { ...(options ?? {}), [field]: value };
    return fn(...changedArgs);
  };
}

/**
 * What the harness and the wrappers share inside one Vitest worker, kept on globalThis so that
 * every copy of this module a worker may load sees the same record.
 */
const fresh = () => ({
  /** `<kata id> <spec name>` of the spec now running, when one is. */
  current: undefined as string | undefined,
  /** Kata functions each spec calls, by `<kata id> <spec name>`, from the trace run. */
  calls: new Map<string, Set<string>>(),
  /** `<kata id> <function>` called outside any spec (while collecting, or in a hook). */
  outsideSpecs: new Set<string>(),
  /** How often each mutant changed something. */
  applied: new Map<string, number>(),
  /** Undo steps for inputs changed in place, run after each spec. */
  restore: [] as (() => void)[],
});
const holder = globalThis as { [key: symbol]: ReturnType<typeof fresh> | undefined };
export const state = (holder[Symbol.for('mle-lab.contract-state')] ??= fresh());

/** The hooks a wrapper of mutant `mutantId` of kata `kataId` reports through. */
export function contractHooks(kataId: string, mutantId: string): MutationHooks {
  return {
    applied: () => state.applied.set(mutantId, (state.applied.get(mutantId) ?? 0) + 1),
    onRestore: (undo) => state.restore.push(undo),
    called: (fn) => {
      if (state.current === undefined) state.outsideSpecs.add(`${kataId} ${fn}`);
      else state.calls.set(state.current, (state.calls.get(state.current) ?? new Set()).add(fn));
    },
  };
}
