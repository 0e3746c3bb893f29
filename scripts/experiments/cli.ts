/**
 * Command-line arguments of `npm run experiment`, `npm run experiments` and `npm run report`:
 * a module (`week_01` or the full id `week_01_linear_regression`), an experiment name for
 * `experiment`, and the flags `--solutions`, `--seed N`, `--set name=value` (`experiment`
 * only: one of the experiment's parameters, as a notebook input sets it) and `--out DIR`.
 */
import { curriculum, type Module } from '../../curriculum';
import type { ParameterValue, ParameterValues } from '../../experiments/experiment';
import { parseArgs, UsageError } from '../lib/cli_args';

export type Command = 'experiment' | 'experiments' | 'report';

export interface CommandArguments {
  readonly command: Command;
  readonly module: Module;
  /** The experiment to run (`experiment` only). */
  readonly name?: string;
  /** Run against solutions/ instead of the learner's katas/. */
  readonly solutions: boolean;
  /** Overrides each experiment's own seed. */
  readonly seed?: number;
  /** Parameter values given with `--set`, by name (`experiment` only). */
  readonly values?: ParameterValues;
  /** Output folder as given (relative to the working directory); default reports/<module>/. */
  readonly out?: string;
  readonly help: boolean;
}

/** Wrong arguments: the runner prints the message and the usage, and exits with code 2. */
export { UsageError };

export function usage(command: Command): string {
  const modules = curriculum.map((entry) => entry.id.slice(0, 'week_NN'.length)).join(', ');
  const lines: Record<Command, string> = {
    experiment:
      'npm run experiment -- <module> <name> [--solutions] [--seed N] [--set name=value]… [--out DIR]',
    experiments: 'npm run experiments -- <module> [--solutions] [--seed N] [--out DIR]',
    report: 'npm run report -- <module> [--solutions] [--seed N] [--out DIR]',
  };
  return [
    `usage: ${lines[command]}`,
    `  <module>     ${modules} (or the full folder name, e.g. ${curriculum[0]?.id ?? 'week_01_…'})`,
    ...(command === 'experiment' ? ['  <name>       a file experiments/<module>/<name>.ts'] : []),
    '  --solutions  run on the reference solutions instead of your katas',
    "  --seed N     replace each experiment's own seed (an integer)",
    ...(command === 'experiment'
      ? [
          "  --set n=15   change one of the experiment's parameters (see its file); a choice by name: --set truth=step",
        ]
      : []),
    '  --out DIR    write there instead of reports/<module>/',
  ].join('\n');
}

/** The module named `week_01`, `week_01_linear_regression` (or `01`). */
export function resolveModule(text: string): Module {
  const exact = curriculum.find((entry) => entry.id === text);
  if (exact !== undefined) return exact;
  const matches = curriculum.filter(
    (entry) => entry.id.startsWith(`${text}_`) || entry.number === text,
  );
  if (matches.length === 1) return matches[0] as Module;
  const known = curriculum.map((entry) => entry.id).join(', ');
  throw new UsageError(`unknown module "${text}" (known: ${known})`);
}

export function parseArguments(command: Command, argv: readonly string[]): CommandArguments {
  const args = parseArgs(argv, {
    flags: ['solutions', 'help'],
    short: { h: 'help' },
    options: ['seed', 'out', 'set'],
  });
  const solutions = args.flags.has('solutions');
  const out = args.options.get('out');
  const seedText = args.options.get('seed');
  if (
    seedText !== undefined &&
    !(/^-?\d+$/.test(seedText) && Number.isSafeInteger(Number(seedText)))
  ) {
    throw new UsageError(`--seed needs an integer (got "${seedText}")`);
  }
  const seed = seedText === undefined ? undefined : Number(seedText);
  const settings = args.repeated.get('set') ?? [];
  if (settings.length > 0 && command !== 'experiment') {
    throw new UsageError('--set applies to one experiment');
  }
  const values: Record<string, ParameterValue> = {};
  for (const text of settings) {
    const [, key, given = ''] = /^([A-Za-z]\w*)=(.+)$/.exec(text) ?? [];
    const number = Number(given);
    // A number, or the name of a choice (`--set truth=step`).
    if (key === undefined || !(Number.isFinite(number) || /^[A-Za-z][\w-]*$/.test(given))) {
      throw new UsageError(`--set needs name=number or name=choice (got "${text}")`);
    }
    values[key] = Number.isFinite(number) ? number : given;
  }
  if (args.flags.has('help')) {
    return { command, module: curriculum[0] as Module, solutions, seed, out, help: true };
  }
  const [moduleText, name, ...rest] = args.positional;
  if (moduleText === undefined) throw new UsageError('missing the module');
  if (command === 'experiment' && name === undefined) {
    throw new UsageError('missing the experiment name');
  }
  const extra = command === 'experiment' ? rest : args.positional.slice(1);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(' ')}`);
  }
  const module = resolveModule(moduleText);
  return command === 'experiment'
    ? { command, module, name, solutions, seed, values, out, help: false }
    : { command, module, solutions, seed, out, help: false };
}
