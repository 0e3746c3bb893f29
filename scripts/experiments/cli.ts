/** Arguments of `npm run experiment`, `experiments` and `report`: a module, a name, flags. */
import { curriculum, type Module } from '../../curriculum';
import type { ParameterValue, ParameterValues } from '../../experiments/experiment';
import { parseArgs, UsageError } from '../lib/cli_args';

export type Command = 'experiment' | 'experiments' | 'report';

export interface CommandArguments {
  readonly command: Command;
  readonly module: Module;
  readonly name?: string;
  readonly solutions: boolean;
  readonly seed?: number;
  readonly values?: ParameterValues;
  readonly out?: string; // as given, relative to the working directory
  readonly help: boolean;
}

export function usage(command: Command): string {
  const modules = curriculum.map((entry) => entry.id.slice(0, 'week_NN'.length)).join(', ');
  const one = command === 'experiment';
  const [name, set] = one ? [' <name>', ' [--set name=value]…'] : ['', ''];
  return [
    `usage: npm run ${command} -- <module>${name} [--solutions] [--seed N]${set} [--out DIR]`,
    `  <module>     ${modules} (or the full folder name, e.g. ${curriculum[0]?.id ?? 'week_01_…'})`,
    ...(one ? ['  <name>       a file experiments/<module>/<name>.ts'] : []),
    '  --solutions  run on the reference solutions instead of your katas',
    "  --seed N     replace each experiment's own seed (an integer)",
    ...(one
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
  const matches = curriculum.filter((m) => m.id.startsWith(`${text}_`) || m.number === text);
  const found = exact ?? (matches.length === 1 ? matches[0] : undefined);
  if (found !== undefined) return found;
  const known = curriculum.map((entry) => entry.id).join(', ');
  throw new UsageError(`unknown module "${text}" (known: ${known})`);
}

export function parseArguments(command: Command, argv: readonly string[]): CommandArguments {
  const { flags, options, repeated, positional } = parseArgs(argv, {
    flags: ['solutions', 'help'],
    short: { h: 'help' },
    options: ['seed', 'out', 'set'],
  });
  const one = command === 'experiment';
  const seed = options.get('seed');
  if (seed !== undefined && !(/^-?\d+$/.test(seed) && Number.isSafeInteger(Number(seed)))) {
    throw new UsageError(`--seed needs an integer (got "${seed}")`);
  }
  const settings = repeated.get('set') ?? [];
  if (settings.length > 0 && !one) throw new UsageError('--set applies to one experiment');
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
  const common = {
    command,
    solutions: flags.has('solutions'),
    seed: seed === undefined ? undefined : Number(seed),
    out: options.get('out'),
  };
  if (flags.has('help')) return { ...common, module: curriculum[0] as Module, help: true };
  const [moduleText, name, ...rest] = positional;
  if (moduleText === undefined) throw new UsageError('missing the module');
  if (one && name === undefined) throw new UsageError('missing the experiment name');
  const extra = one ? rest : positional.slice(1);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(' ')}`);
  }
  const module = resolveModule(moduleText);
  return one
    ? { ...common, module, name, values, help: false }
    : { ...common, module, help: false };
}
