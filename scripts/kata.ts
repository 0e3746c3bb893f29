/**
 * `npm run kata -- <verb>`: the learner's loop. Everything is read from curriculum.ts and a
 * fresh test run; a kata is named by its id (`01.03`) or its file stem (`03_design_matrices`).
 */
import { curriculum } from '../curriculum';
import { compareCommand } from './kata/compare_command';
import { terminalContext } from './kata/context';
import { hintCommand } from './kata/hint_command';
import { nextCommand, progressCommand } from './kata/progress_command';
import { resetCommand } from './kata/reset_command';
import { watchCommand } from './kata/watch_command';
import { parseArgs, UsageError, type ArgSpec } from './lib/cli_args';
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
const verbs: Record<string, ArgSpec & { readonly kata: boolean }> = {
  progress: { flags: ['json'], kata: false },
  next: { flags: ['watch'], kata: false },
  hint: { options: ['level'], kata: true },
  compare: { flags: ['peek'], kata: true },
  reset: { flags: ['yes'], short: { y: 'yes' }, kata: true },
  watch: { kata: true },
};

async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  const spec = verb === undefined ? undefined : verbs[verb];
  if (spec === undefined) {
    if (verb === undefined || verb === 'help' || verb === '--help') {
      console.log(usage);
      return 0;
    }
    console.error(`kata: unknown verb "${verb}"\n\n${usage}`);
    return 1;
  }
  const args = parseArgs(rest, spec);
  const context = terminalContext(root, curriculum);
  const [name, ...extra] = args.positional;
  if (extra.length > 0 || (!spec.kata && name !== undefined)) {
    throw new UsageError(`unexpected argument ${spec.kata ? (extra[0] ?? '') : (name ?? '')}`);
  }
  switch (verb) {
    case 'progress':
      return progressCommand(context, args.flags.has('json'));
    case 'next':
      return args.flags.has('watch') ? watchCommand(context, undefined) : nextCommand(context);
    case 'hint':
      return hintCommand(context, name, args.options.get('level'));
    case 'compare':
      return compareCommand(context, name, args.flags.has('peek'));
    case 'reset':
      return resetCommand(context, name, args.flags.has('yes'));
    default:
      return watchCommand(context, name);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`kata: ${error.message}`);
  process.exitCode = 1;
}
