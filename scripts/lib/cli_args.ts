/**
 * The lab's command lines: `<verb> [positional …] [--flag] [--option value]`. Each verb
 * declares the flags and options it takes; anything else is an error that says so.
 */

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ArgSpec {
  /** Flags without a value: `--json`. Short forms map to their long name: `{ y: 'yes' }`. */
  readonly flags?: readonly string[];
  readonly short?: Readonly<Record<string, string>>;
  /** Options with a value: `--level 2` or `--level=2`. */
  readonly options?: readonly string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const known = new Set(spec.flags ?? []);
  const valued = new Set(spec.options ?? []);
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const long = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    const short = /^-([a-z])$/.exec(arg);
    const name = long?.[1] ?? (short ? spec.short?.[short[1] ?? ''] : undefined);
    if (long === null && short === null) {
      positional.push(arg);
    } else if (name !== undefined && valued.has(name)) {
      const value = long?.[2] ?? argv[++index];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (name !== undefined && known.has(name) && long?.[2] === undefined) {
      flags.add(name);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { positional, flags, options };
}
