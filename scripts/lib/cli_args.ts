/**
 * The lab's command lines: `<verb> [positional …] [--flag] [--option value]`, read by Node's
 * `util.parseArgs`. Each verb declares the flags and options it takes; anything else is an error
 * that says so.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  /** Each option's last value, and `repeated` every value in order (`--set a=1 --set b=2`). */
  readonly options: ReadonlyMap<string, string>;
  readonly repeated: ReadonlyMap<string, readonly string[]>;
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
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const name of spec.flags ?? []) config[name] = { type: 'boolean' };
  for (const name of spec.options ?? []) config[name] = { type: 'string' };
  for (const [short, name] of Object.entries(spec.short ?? {})) {
    const option = config[name];
    if (option !== undefined) config[name] = { ...option, short };
  }
  // Not strict: the tokens are checked here, so that each error names the argument as typed.
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const type = Object.hasOwn(config, token.name) ? config[token.name]?.type : undefined;
    if (type === 'string') {
      if (!token.value) throw new UsageError(`--${token.name} needs a value`);
      options.set(token.name, token.value);
      repeated.set(token.name, [...(repeated.get(token.name) ?? []), token.value]);
    } else if (type === 'boolean' && !token.inlineValue) {
      flags.add(token.name);
    } else {
      const typed = token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName;
      throw new UsageError(`unknown option ${typed}`);
    }
  }
  return { positional, flags, options, repeated };
}
