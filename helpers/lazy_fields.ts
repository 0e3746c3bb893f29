/**
 * Fields computed on first read, for result objects made by the thousand (a fit per Monte Carlo
 * replicate). A getter written in an object literal is a new function for every object, and V8
 * then gives every such object a hidden class of its own, allocated where the garbage collector
 * must trace it: in a loop of small fits that cost more than the fits themselves. Here every
 * object shares one getter per field name; the getter finds the object's own thunk (and, once
 * read, its value) in a non-enumerable property, which spreads, `Object.keys` and equality
 * checks do not see. The fields stay own, enumerable, read-only properties, as a literal's
 * getters were.
 */

const SLOT = '__lazyFields';

interface Slot {
  readonly thunks: Record<string, () => unknown>;
  readonly values: Record<string, unknown>;
}

/** One getter per field name, shared by every object that has the field. */
const descriptors = new Map<string, PropertyDescriptor>();

function descriptorFor(key: string): PropertyDescriptor {
  let descriptor = descriptors.get(key);
  if (descriptor === undefined) {
    descriptor = {
      enumerable: true,
      get(this: Record<string, Slot>): unknown {
        const slot = this[SLOT] as Slot;
        if (!(key in slot.values)) slot.values[key] = (slot.thunks[key] as () => unknown)();
        return slot.values[key];
      },
    };
    descriptors.set(key, descriptor);
  }
  return descriptor;
}

/** `target` with each field of `thunks` added as a getter that computes it once, on first read. */
export function withLazyFields<T extends object, L extends Record<string, unknown>>(
  target: T,
  thunks: { readonly [K in keyof L]: () => L[K] },
): T & Readonly<L> {
  const slot: Slot = { thunks, values: {} };
  Object.defineProperty(target, SLOT, { value: slot });
  for (const key of Object.keys(thunks)) Object.defineProperty(target, key, descriptorFor(key));
  return target as T & Readonly<L>;
}
