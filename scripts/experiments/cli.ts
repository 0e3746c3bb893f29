/**
 * Command-line arguments of `npm run experiment`, `npm run experiments` and `npm run report`:
 * a module (`week_01` or the full id `week_01_linear_regression`), an experiment name for
 * `experiment`, and the flags `--solutions`, `--seed N`, `--set name=value` (`experiment`
 * only: one of the experiment's parameters, as a notebook input sets it) and `--out DIR`.
 */
import { curriculum, type Module } from '../../curriculum';
import type { ParameterValue, ParameterValues } from '../../experiments/experiment';

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
export class UsageError extends Error {
  override name = 'UsageError';
}

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
  const positional: string[] = [];
  let solutions = false;
  let seed: number | undefined;
  let out: string | undefined;
  const values: Record<string, ParameterValue> = {};
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] as string;
    const [flag, inline] = argument.startsWith('--') ? argument.split(/=(.*)/s, 2) : [argument];
    const value = (): string => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--solutions':
        solutions = true;
        break;
      case '--seed': {
        const text = value();
        if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
          throw new UsageError(`--seed needs an integer (got "${text}")`);
        }
        seed = Number(text);
        break;
      }
      case '--out':
        out = value();
        break;
      case '--set': {
        const text = value();
        const match = /^([A-Za-z]\w*)=(.+)$/.exec(text);
        if (command !== 'experiment') throw new UsageError('--set applies to one experiment');
        const given = match?.[2] ?? '';
        // A number, or the name of a choice (`--set truth=step`).
        if (match === null || !(Number.isFinite(Number(given)) || /^[A-Za-z][\w-]*$/.test(given))) {
          throw new UsageError(`--set needs name=number or name=choice (got "${text}")`);
        }
        values[match[1] as string] = Number.isFinite(Number(given)) ? Number(given) : given;
        break;
      }
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
        positional.push(argument);
    }
  }
  const [moduleText, name, ...rest] = positional;
  if (help) {
    return { command, module: curriculum[0] as Module, solutions, seed, out, help };
  }
  const expected = command === 'experiment' ? 2 : 1;
  if (moduleText === undefined) throw new UsageError('missing the module');
  if (command === 'experiment' && name === undefined) {
    throw new UsageError('missing the experiment name');
  }
  if (positional.length > expected) {
    const extra = command === 'experiment' ? rest : [name, ...rest];
    throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(' ')}`);
  }
  const module = resolveModule(moduleText);
  return command === 'experiment'
    ? { command, module, name, solutions, seed, values, out, help }
    : { command, module, solutions, seed, out, help };
}
