/**
 * The shared body of `npm run experiment`, `npm run experiments` and `npm run report`: parse
 * the arguments, load the module's API (katas/ by default, solutions/ with --solutions), run
 * the experiments, write their files and print what they found.
 */
import path from 'node:path';
import { parseArguments, usage, UsageError, type Command, type CommandArguments } from './cli';
import {
  implementationOf,
  listExperiments,
  loadApi,
  loadExperiment,
  LookupError,
  ROOT,
  type Implementation,
} from './load';
import { describeOutcome, runExperiment, writeOutcome, type Outcome } from './run';

export interface ModuleRun {
  readonly args: CommandArguments;
  readonly implementation: Implementation;
  readonly outDirectory: string;
  readonly outcomes: readonly Outcome[];
  /** Experiment files that could not be imported. */
  readonly failedToLoad: number;
  readonly elapsedMs: number;
}

/** Exit codes: 0 everything ran and every conclusion holds, 1 anything else, 2 bad arguments. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

export function outDirectoryOf(args: CommandArguments): string {
  return args.out === undefined
    ? path.join(ROOT, 'reports', args.module.id)
    : path.resolve(process.cwd(), args.out);
}

/** Parses argv; prints usage and returns the exit code when the command should stop there. */
export function argumentsOrExit(
  command: Command,
  argv: readonly string[],
): CommandArguments | number {
  try {
    const args = parseArguments(command, argv);
    if (args.help) {
      console.log(usage(command));
      return EXIT.ok;
    }
    return args;
  } catch (error) {
    if (error instanceof UsageError || error instanceof LookupError) {
      console.error(`${command}: ${error.message}\n${usage(command)}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Runs the named experiments (all of the module's when `names` is undefined) and writes them. */
export async function runModule(args: CommandArguments, print = true): Promise<ModuleRun | number> {
  const started = performance.now();
  const implementation = implementationOf(args.solutions);
  const outDirectory = outDirectoryOf(args);
  let names: string[];
  try {
    names = args.name === undefined ? await listExperiments(args.module.id) : [args.name];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return EXIT.problem;
  }
  if (names.length === 0) {
    console.error(`no experiments listed in experiments/${args.module.id}/index.ts`);
    return EXIT.problem;
  }
  let api: Record<string, unknown>;
  try {
    api = await loadApi(args.module.id, implementation);
  } catch (error) {
    console.error(`could not load ${implementation}/${args.module.id}/index.ts:`, error);
    return EXIT.problem;
  }
  const outcomes: Outcome[] = [];
  let failedToLoad = 0;
  for (const name of names) {
    let experiment;
    try {
      experiment = await loadExperiment(args.module.id, name);
    } catch (error) {
      if (error instanceof LookupError) {
        console.error(error.message);
        return args.name === undefined ? EXIT.problem : EXIT.usage;
      }
      // An experiment file that does not load (a syntax error, a missing import) is that
      // experiment's failure, not the end of the run.
      console.error(`experiment ${name} could not be loaded:`, error);
      failedToLoad += 1;
      continue;
    }
    const outcome = await runExperiment(experiment, api, {
      module: args.module.id,
      implementation,
      seed: args.seed,
      values: args.values,
    });
    const folder = writeOutcome(outcome, outDirectory);
    if (print) console.log(`${describeOutcome(outcome, folder)}\n`);
    outcomes.push(outcome);
  }
  return {
    args,
    implementation,
    outDirectory,
    outcomes,
    failedToLoad,
    elapsedMs: performance.now() - started,
  };
}

/** One line counting the outcomes, and the exit code they call for. */
export function tally(run: ModuleRun): { line: string; code: number } {
  const count = (predicate: (outcome: Outcome) => boolean) => run.outcomes.filter(predicate).length;
  const holding = count((o) => o.status === 'completed' && o.allHold);
  const notHolding = count((o) => o.status === 'completed' && !o.allHold);
  const needsKata = count((o) => o.status === 'needs-kata');
  const failed = count((o) => o.status === 'failed');
  const parts = [`${run.outcomes.length} run`, `${holding} with every conclusion holding`];
  if (notHolding > 0) parts.push(`${notHolding} with a conclusion that does not hold`);
  if (needsKata > 0) parts.push(`${needsKata} waiting for a kata`);
  if (failed > 0) parts.push(`${failed} failed`);
  if (run.failedToLoad > 0) parts.push(`${run.failedToLoad} could not be loaded`);
  const line = `experiments: ${parts.join(', ')} (${(run.elapsedMs / 1000).toFixed(1)} s, ${run.implementation})`;
  const ok = holding === run.outcomes.length && run.failedToLoad === 0;
  return { line, code: ok ? EXIT.ok : EXIT.problem };
}
