/** Arguments of `npm run experiment`, `experiments` and `report`: a module, a name, flags. */
import { curriculum, findModule, type Module } from '../../curriculum';
import type { ParameterValue } from '../../experiments/experiment';
import { parseArgs, UsageError } from '../lib/cli_args';

export type Command = 'experiment' | 'experiments' | 'report';

export function usage(command: Command): string {
  const modules = curriculum.map((entry) => entry.id.slice(0, 'week_NN'.length)).join(', ');
  const one = command === 'experiment';
  const [name, set] = one ? [' <name>', ' [--set name=value]…'] : ['', ''];
  const lines = [
    `usage: npm run ${command} -- <module>${name} [--solutions] [--seed N]${set} [--out DIR]`,
    `  <module>     ${modules} (or the full folder name, e.g. ${curriculum[0]?.id ?? 'week_01_…'})`,
    one && '  <name>       a file experiments/<module>/<name>.ts',
    '  --solutions  run on the reference solutions instead of your katas',
    "  --seed N     replace each experiment's own seed (an integer)",
    one &&
      "  --set n=15   change one of the experiment's parameters (see its file); a choice by name: --set truth=step",
    '  --out DIR    write there instead of reports/<module>/',
  ];
  return lines.filter((line) => line !== false).join('\n');
}

/** The module named `week_01`, `week_01_linear_regression` (or `01`). */
export function resolveModule(text: string): Module {
  const exact = findModule(text);
  const matches = curriculum.filter((m) => m.id.startsWith(`${text}_`) || m.number === text);
  const found = exact ?? (matches.length === 1 ? matches[0] : undefined);
  if (found !== undefined) return found;
  const known = curriculum.map((entry) => entry.id).join(', ');
  throw new UsageError(`unknown module "${text}" (known: ${known})`);
}

export function parseArguments(command: Command, argv: readonly string[]) {
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
  const [moduleText, name, ...rest] = positional;
  const common = {
    command,
    name,
    solutions: flags.has('solutions'),
    seed: seed === undefined ? undefined : Number(seed),
    values,
    out: options.get('out'), // as given, relative to the working directory
    help: flags.has('help'),
  };
  if (common.help) return { ...common, module: curriculum[0] as Module };
  if (moduleText === undefined) throw new UsageError('missing the module');
  if (one && name === undefined) throw new UsageError('missing the experiment name');
  // `experiments` and `report` take no name: anything after the module is extra.
  const extra = one ? rest : positional.slice(1);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(' ')}`);
  }
  return { ...common, module: resolveModule(moduleText) };
}

export type CommandArguments = ReturnType<typeof parseArguments>;
