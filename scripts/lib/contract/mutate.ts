/**
 * The boundary mutations of the contract check, wrapped around a kata solution's exports (the
 * solution is never edited, so its own internal calls are untouched), and the record they share.
 */

/** One step from a function's result to the value a mutation perturbs. */
export type Step =
  | { readonly field: string }
  /** The value returned by the method `call` of the object (a fit's `predict`). */
  | { readonly call: string }
  /** Every element of an array (of objects). */
  | { readonly each: true };

/**
 * A finite number x becomes x·(1 + 1e-3) + 1e-3, a boolean flips, a string takes another of
 * `alternatives` (else another string); `first`/`last` perturb that element of an array (of the
 * first or last row of a matrix); `reverse` reverses an array, `dropLast` drops its last entry.
 */
export interface Perturbation {
  readonly kind: 'number' | 'boolean' | 'string' | 'first' | 'last' | 'reverse' | 'dropLast';
  readonly alternatives?: readonly string[];
}

export type Mutation =
  /** When the caller omits the option (or the optional parameter), `value` is passed instead. */
  | {
      readonly kind: 'default';
      readonly fn: string;
      readonly param: number;
      readonly field?: string;
      readonly value: unknown;
    }
  /** `intercept: false` is treated as `intercept: true`. */
  | { readonly kind: 'intercept'; readonly fn: string; readonly param: number }
  | {
      readonly kind: 'field';
      readonly fn: string;
      readonly path: readonly Step[];
      readonly perturb: Perturbation;
    }
  /** Every exported function (and method of a result) throws a plain Error where it threw `error`. */
  | { readonly kind: 'error'; readonly error: string }
  /** After a successful call the input (or every array field of an object input) is changed in place. */
  | {
      readonly kind: 'input';
      readonly fn: string;
      readonly param: number;
      readonly fields?: readonly string[];
    }
  /** No change: every call is reported, so the harness learns which spec calls which function. */
  | { readonly kind: 'trace' };

/** What a wrapper reports back to the harness. */
export interface MutationHooks {
  /** The mutation changed something (a value was perturbed, an error replaced, an input changed). */
  readonly applied: () => void;
  /** Undoes an in-place change to an input, after the test. */
  readonly onRestore: (undo: () => void) => void;
  /** A wrapped function was called (trace mode). */
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
function withProperty(
  object: object,
  key: string,
  transform: (original: unknown) => unknown,
): object {
  const descriptors = Object.getOwnPropertyDescriptors(object);
  const descriptor = descriptors[key];
  const copy = Object.create(Object.getPrototypeOf(object) as object | null) as object;
  const replacement: PropertyDescriptor = { configurable: true, enumerable: true };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the original as `this`
  const getter = descriptor?.get;
  if (getter !== undefined) {
    // A getter stays lazy.
    replacement.get = () => transform(Reflect.apply(getter, object, []));
    replacement.enumerable = descriptor?.enumerable ?? true;
  } else {
    // A method on the prototype (a class instance's `predict`) is read through the chain.
    replacement.value = transform(
      descriptor === undefined ? (object as Record<string, unknown>)[key] : descriptor.value,
    );
    replacement.writable = true;
    replacement.enumerable = descriptor?.enumerable ?? false;
  }
  for (const [name, original] of Object.entries(descriptors)) {
    if (name !== key) Object.defineProperty(copy, name, { ...original, configurable: true });
  }
  Object.defineProperty(copy, key, replacement);
  return copy;
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
  const matrix = input as { get?: unknown; set?: unknown } | null;
  if (typeof matrix?.get === 'function' && typeof matrix.set === 'function') {
    const get = matrix.get as (i: number, j: number) => number;
    const set = matrix.set as (i: number, j: number, v: number) => void;
    const first = get.call(matrix, 0, 0);
    set.call(matrix, 0, 0, perturbNumber(first));
    hooks.onRestore(() => set.call(matrix, 0, 0, first));
    hooks.applied();
  }
}

/** `args` with parameter `param` (or its option `field`) set to `value`. */
function withOption(args: unknown[], param: number, field: string | undefined, value: unknown) {
  const copy = args.slice();
  while (copy.length <= param) copy.push(undefined);
  copy[param] = field === undefined ? value : { ...(args[param] ?? {}), [field]: value };
  return copy;
}

/** `fn` (the export `name` of a solution) with `mutation` applied to it. */
export function wrapFunction(
  name: string,
  fn: AnyFunction,
  mutation: Mutation,
  hooks: MutationHooks,
): AnyFunction {
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
  switch (mutation.kind) {
    case 'default':
      return (...args) => {
        const options = args[mutation.param] as Record<string, unknown> | null | undefined;
        const omitted =
          mutation.field === undefined
            ? options === undefined
            : options?.[mutation.field] === undefined;
        if (!omitted) return fn(...args);
        hooks.applied();
        return fn(...withOption(args, mutation.param, mutation.field, mutation.value));
      };
    case 'intercept':
      return (...args) => {
        const options = args[mutation.param] as { intercept?: unknown } | undefined;
        if (options?.intercept !== false) return fn(...args);
        hooks.applied();
        return fn(...withOption(args, mutation.param, 'intercept', true));
      };
    case 'field':
      return (...args) => mutateAt(fn(...args), mutation.path, mutation.perturb, hooks.applied);
    case 'input':
      return (...args) => {
        const result = fn(...args);
        const argument = args[mutation.param] as Record<string, unknown> | undefined;
        if (mutation.fields === undefined) changeInPlace(argument, hooks);
        else for (const field of mutation.fields) changeInPlace(argument?.[field], hooks);
        return result;
      };
  }
}

/** Every function named in `functions` of the module `original`, wrapped. */
export function wrapExports(
  original: Record<string, unknown>,
  functions: readonly string[],
  mutation: Mutation,
  hooks: MutationHooks,
): Record<string, unknown> {
  return Object.fromEntries(
    functions.map((name) => {
      const fn = original[name];
      const wrapped =
        typeof fn === 'function' ? wrapFunction(name, fn as AnyFunction, mutation, hooks) : fn;
      return [name, wrapped];
    }),
  );
}

/**
 * What the harness and the wrappers share inside one Vitest worker, kept on globalThis so that
 * every copy of this module a worker may load sees the same record.
 */
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

const holder = globalThis as unknown as Record<symbol, ContractState | undefined>;
export const state: ContractState = (holder[Symbol.for('mle-lab.contract-state')] ??= {
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
      if (state.current === undefined) state.outsideSpecs.add(`${kataId} ${fn}`);
      else state.calls.set(state.current, (state.calls.get(state.current) ?? new Set()).add(fn));
    },
  };
}
