/** `npm run kata -- <verb>`: the learner's loop, read from curriculum.ts and a fresh test run. */
import { curriculum } from '../curriculum';
import * as verb from './kata/commands';
import { parseArgs, runMain, UsageError, type ArgSpec } from './lib/cli_args';
import { labRoot as root } from './lib/command';

const usage = `usage: npm run kata -- <verb>

  progress [--json]         katas done and specs passing, per module, and what is next
  watch [<kata>]            re-run one kata's specs on every save, a hint after each failure;
                            moves on to the next kata when it turns green (default: the first
                            unfinished kata)
  next [--watch]            run the first unfinished kata's specs and show its first hint
  hint <kata> [--level N]   the kata's hints up to N, from a gentle question to the theory
  compare <kata> [--peek]   your file against the reference solution, once your specs pass
  reset <kata> [--yes]      restore the committed stub (your version is backed up first)

<kata> is an id (01.03) or a file stem (03_design_matrices).`;

/** Each verb's flags and options, and whether it takes a kata (watch may omit it). */
const verbs: Record<string, ArgSpec & { readonly kata?: true }> = {
  progress: { flags: ['json'] },
  next: { flags: ['watch'] },
  hint: { options: ['level'], kata: true },
  compare: { flags: ['peek'], kata: true },
  reset: { flags: ['yes'], short: { y: 'yes' }, kata: true },
  watch: { kata: true },
};

async function main([name, ...rest]: readonly string[]): Promise<number> {
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(usage);
    return 0;
  }
  const spec = Object.hasOwn(verbs, name) ? verbs[name] : undefined;
  if (spec === undefined) throw new UsageError(`unknown verb "${name}"\n\n${usage}`);
  const { positional, flags, options } = parseArgs(rest, spec);
  const [kata, ...extra] = positional;
  if (extra.length > 0 || (!spec.kata && kata !== undefined)) {
    throw new UsageError(`unexpected argument ${spec.kata ? (extra[0] ?? '') : (kata ?? '')}`);
  }
  const context = verb.terminalContext(root, curriculum);
  switch (name) {
    case 'progress':
      return verb.progressCommand(context, flags.has('json'));
    case 'next':
      return flags.has('watch') ? verb.watchCommand(context) : verb.nextCommand(context);
    case 'hint':
      return verb.hintCommand(context, kata, options.get('level'));
    case 'compare':
      return verb.compareCommand(context, kata, flags.has('peek'));
    case 'reset':
      return verb.resetCommand(context, kata, flags.has('yes'));
    default:
      return verb.watchCommand(context, kata);
  }
}

await runMain('kata', () => main(process.argv.slice(2)), { code: 1 });
