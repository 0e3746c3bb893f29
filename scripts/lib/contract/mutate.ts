/**
 * The boundary mutations of the contract check, applied at run time to a kata solution's
 * exported functions. Each mutation changes one element of the kata's contract (contract.ts
 * lists them) and nothing else: an omitted option takes another value, `intercept: false` is
 * ignored, one field of the result is perturbed, a documented error class becomes a plain
 * Error, or an input array is changed in place after the call. The solution itself is never
 * edited: the wrapper sits between the spec and the solution's export, so the solution's own
 * internal calls are untouched.
 *
 * Results are perturbed copy-on-write: the copy keeps the original's prototype and property
 * descriptors (a lazily computed getter stays lazy), so only the one field differs.
 */

/** One step from a function's result to the value a mutation perturbs. */
export type Step =
  | { readonly field: string }
  /** The value returned by the method `call` of the object (a fit's `predict`). */
  | { readonly call: string }
  /** Every element of an array (of objects). */
  | { readonly each: true };

export type Perturbation =
  /** A finite number x becomes x·(1 + 1e-3) + 1e-3. */
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  /** Another allowed value when the type lists them, else another string. */
  | { readonly kind: 'string'; readonly alternatives?: readonly string[] }
  /** The first or last element of an array (the first of the first row of a matrix) perturbed. */
  | { readonly kind: 'first' | 'last'; readonly alternatives?: readonly string[] }
  | { readonly kind: 'reverse' }
  | { readonly kind: 'dropLast' };

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

export const perturbNumber = (x: number): number => x * (1 + 1e-3) + 1e-3;

function perturbString(value: string, alternatives: readonly string[] | undefined): string {
  const other = (alternatives ?? []).find((candidate) => candidate !== value);
  if (other !== undefined) return other;
  return value === 'mutated' ? 'mutated!' : 'mutated';
}

/** Perturbs one scalar: a finite number, a boolean or a string; anything else is left alone. */
function perturbScalar(value: unknown, alternatives?: readonly string[]): Changed {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: perturbNumber(value), changed: true } : same(value);
  if (typeof value === 'boolean') return { value: !value, changed: true };
  if (typeof value === 'string')
    return { value: perturbString(value, alternatives), changed: true };
  return same(value);
}

const isArrayLike = (value: unknown): value is unknown[] =>
  Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));

/** One element of an array perturbed (recursing into the first or last row of a matrix). */
function perturbEnd(
  value: unknown,
  end: 'first' | 'last',
  alternatives?: readonly string[],
): Changed {
  if (!isArrayLike(value) || value.length === 0) return same(value);
  const index = end === 'first' ? 0 : value.length - 1;
  const element = value[index];
  const inner = isArrayLike(element)
    ? perturbEnd(element, end, alternatives)
    : perturbScalar(element, alternatives);
  if (!inner.changed) return same(value);
  const copy = value.slice();
  copy[index] = inner.value;
  return { value: copy, changed: true };
}

export function perturb(value: unknown, perturbation: Perturbation): Changed {
  switch (perturbation.kind) {
    case 'number':
    case 'boolean':
      return perturbScalar(value);
    case 'string':
      return perturbScalar(value, perturbation.alternatives);
    case 'first':
    case 'last':
      return perturbEnd(value, perturbation.kind, perturbation.alternatives);
    case 'reverse': {
      if (!isArrayLike(value) || value.length < 2) return same(value);
      const reversed = value.slice().reverse();
      return { value: reversed, changed: reversed.some((element, i) => element !== value[i]) };
    }
    case 'dropLast':
      return isArrayLike(value) && value.length > 0
        ? { value: value.slice(0, -1), changed: true }
        : same(value);
  }
}

/** A copy of `object` whose property `key` is `transform`ed (a getter stays lazy). */
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
  if (step === undefined) {
    const outcome = perturb(value, perturbation);
    if (outcome.changed) applied();
    return outcome.value;
  }
  if ('each' in step) {
    return Array.isArray(value)
      ? value.map((element) => mutateAt(element, rest, perturbation, applied))
      : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if ('field' in step) {
    if (!(step.field in value)) return value;
    return withProperty(value, step.field, (original) =>
      mutateAt(original, rest, perturbation, applied),
    );
  }
  return withProperty(value, step.call, (method) =>
    typeof method === 'function'
      ? (...args: unknown[]) =>
          mutateAt((method as AnyFunction).apply(value, args), rest, perturbation, applied)
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
  const keys = new Set([
    ...Object.keys(value),
    ...Object.getOwnPropertyNames(Object.getPrototypeOf(value) ?? {}),
  ]);
  for (const key of keys) {
    if (key === 'constructor') continue;
    const descriptor =
      Object.getOwnPropertyDescriptor(value, key) ??
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(value) as object, key);
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

const errorName = (error: unknown): string | undefined =>
  error instanceof Error ? error.name : undefined;

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
  if (matrix !== null && typeof matrix?.get === 'function' && typeof matrix.set === 'function') {
    const get = matrix.get as (i: number, j: number) => number;
    const set = matrix.set as (i: number, j: number, v: number) => void;
    const first = get.call(matrix, 0, 0);
    set.call(matrix, 0, 0, perturbNumber(first));
    hooks.onRestore(() => set.call(matrix, 0, 0, first));
    hooks.applied();
  }
}

function withOption(
  args: unknown[],
  param: number,
  field: string | undefined,
  value: unknown,
): unknown[] {
  const copy = args.slice();
  while (copy.length <= param) copy.push(undefined);
  if (field === undefined) copy[param] = value;
  else copy[param] = { ...(args[param] ?? {}), [field]: value };
  return copy;
}

/** `fn` (the export `name` of a solution) with `mutation` applied to it. */
export function wrapFunction(
  name: string,
  fn: AnyFunction,
  mutation: Mutation,
  hooks: MutationHooks,
): AnyFunction {
  switch (mutation.kind) {
    case 'trace':
      return (...args) => {
        hooks.called(name);
        return fn(...args);
      };
    case 'error': {
      const guard =
        (inner: AnyFunction): AnyFunction =>
        (...args) => {
          let result: unknown;
          try {
            result = inner(...args);
          } catch (error) {
            if (errorName(error) !== mutation.error) throw error;
            hooks.applied();
            // eslint-disable-next-line preserve-caught-error -- the mutant hides the class on purpose
            throw new Error((error as Error).message);
          }
          return wrapMethods(result, guard);
        };
      return guard(fn);
    }
    default:
      break;
  }
  if (mutation.fn !== name) return fn;
  switch (mutation.kind) {
    case 'default':
      return (...args) => {
        const options = args[mutation.param] as Record<string, unknown> | undefined;
        const omitted =
          mutation.field === undefined
            ? options === undefined
            : options === undefined || options === null || options[mutation.field] === undefined;
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
  const wrapped: Record<string, unknown> = {};
  for (const name of functions) {
    const fn = original[name];
    wrapped[name] =
      typeof fn === 'function' ? wrapFunction(name, fn as AnyFunction, mutation, hooks) : fn;
  }
  return wrapped;
}
