/**
 * The lab's command lines, `<verb> [positional …] [--flag] [--option value]`, read by Node's
 * `util.parseArgs`: each verb declares its flags and options; anything else is an error saying so.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

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

/** `options` holds each option's last value, `repeated` every value (`--set a=1 --set b=2`). */
export function parseArgs(argv: readonly string[], spec: ArgSpec) {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const name of spec.flags ?? []) config[name] = { type: 'boolean' };
  for (const name of spec.options ?? []) config[name] = { type: 'string' };
  for (const [short, name] of Object.entries(spec.short ?? {}))
    if (config[name] !== undefined) config[name] = { ...config[name], short };
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
  const repeated = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, value, rawName, inlineValue } = token;
    const type = Object.hasOwn(config, name) ? config[name]?.type : undefined;
    if (type === 'string') {
      if (!value) throw new UsageError(`--${name} needs a value`);
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
    } else if (type === 'boolean' && !inlineValue) {
      flags.add(name);
    } else {
      throw new UsageError(`unknown option ${inlineValue ? `${rawName}=${value ?? ''}` : rawName}`);
    }
  }
  const options = new Map([...repeated].map(([name, values]) => [name, values.at(-1) ?? '']));
  return { positional, flags, options, repeated };
}

/** The flags of a command that takes no other argument; anything else is a UsageError. */
export function onlyFlags(argv: readonly string[], flags: readonly string[] = []): Set<string> {
  const args = parseArgs(argv, { flags });
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  return args.flags;
}

/**
 * Runs a command's `main` and exits with the code it returns. A UsageError (or an error of a class
 * in `expected`) prints `<command>: <message>` and any `usage`, and exits `code`; any other error
 * is printed (exit 1) with `print`, else thrown.
 */
export async function runMain(
  command: string,
  main: () => Promise<number | void>,
  options: {
    code?: number;
    usage?: string;
    expected?: (abstract new (...args: never[]) => Error)[];
    print?: boolean;
  } = {},
): Promise<void> {
  const { code = 2, usage, expected = [], print = false } = options;
  try {
    process.exitCode = (await main()) ?? process.exitCode;
  } catch (error) {
    if (error instanceof UsageError || expected.some((type) => error instanceof type)) {
      console.error(`${command}: ${(error as Error).message}${usage ? `\n${usage}` : ''}`);
      process.exitCode = code;
    } else if (print) {
      console.error(error);
      process.exitCode = 1;
    } else throw error;
  }
}
