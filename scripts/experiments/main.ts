/**
 * The shared body of `npm run experiment`, `experiments` and `report`: load the module's API
 * (katas/, or solutions/ with --solutions), run the experiments, write and print what they found.
 * Exit codes: 0 everything ran and every conclusion holds, 1 anything else, 2 bad arguments.
 */
import path from 'node:path';
import { parseArguments, usage, UsageError, type Command, type CommandArguments } from './cli';
import { listExperiments, loadApi, loadExperiment, LookupError, ROOT } from './load';
import { runExperiment, type Implementation, type Outcome } from './outcome';
import { describeOutcome, writeOutcome } from './run';

export interface ModuleRun {
  readonly implementation: Implementation;
  readonly outDirectory: string;
  readonly outcomes: readonly Outcome[];
  /** Experiment files that could not be imported. */
  readonly failedToLoad: number;
  readonly elapsedMs: number;
}

/** Parses argv; prints usage and returns the exit code when the command should stop there. */
export function argumentsOrExit(
  command: Command,
  argv: readonly string[],
): CommandArguments | number {
  try {
    const args = parseArguments(command, argv);
    if (!args.help) return args;
    console.log(usage(command));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof LookupError)) throw error;
    console.error(`${command}: ${error.message}\n${usage(command)}`);
    return 2;
  }
}

/** Runs the named experiment (all of the module's without a name) and writes each one's files. */
export async function runModule(args: CommandArguments, print = true): Promise<ModuleRun | number> {
  const started = performance.now();
  const moduleId = args.module.id;
  const implementation = args.solutions ? 'solutions' : 'katas';
  const outDirectory =
    args.out === undefined ? path.join(ROOT, 'reports', moduleId) : path.resolve(args.out);
  let names: string[];
  let api: Record<string, unknown>;
  try {
    names = args.name === undefined ? await listExperiments(moduleId) : [args.name];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (names.length === 0) {
    console.error(`no experiments listed in experiments/${moduleId}/index.ts`);
    return 1;
  }
  try {
    api = await loadApi(moduleId, implementation);
  } catch (error) {
    console.error(`could not load ${implementation}/${moduleId}/index.ts:`, error);
    return 1;
  }
  const outcomes: Outcome[] = [];
  let failedToLoad = 0;
  for (const name of names) {
    let experiment;
    try {
      experiment = await loadExperiment(moduleId, name);
    } catch (error) {
      if (error instanceof LookupError) {
        console.error(error.message);
        return args.name === undefined ? 1 : 2;
      }
      // A file that does not load (a syntax error, a missing import) fails that experiment only.
      console.error(`experiment ${name} could not be loaded:`, error);
      failedToLoad += 1;
      continue;
    }
    const { seed, values } = args;
    const outcome = await runExperiment(experiment, api, {
      module: moduleId,
      implementation,
      seed,
      values,
    });
    const folder = writeOutcome(outcome, outDirectory);
    if (print) console.log(`${describeOutcome(outcome, folder)}\n`);
    outcomes.push(outcome);
  }
  const elapsedMs = performance.now() - started;
  return { implementation, outDirectory, outcomes, failedToLoad, elapsedMs };
}

/** One line counting the outcomes, and the exit code they call for. */
export function tally(run: ModuleRun): { line: string; code: number } {
  const count = (predicate: (outcome: Outcome) => boolean) => run.outcomes.filter(predicate).length;
  const holding = count((o) => o.status === 'completed' && o.allHold);
  const counts: [number, string][] = [
    [run.outcomes.length, 'run'],
    [holding, 'with every conclusion holding'],
    [count((o) => o.status === 'completed' && !o.allHold), 'with a conclusion that does not hold'],
    [count((o) => o.status === 'needs-kata'), 'waiting for a kata'],
    [count((o) => o.status === 'failed'), 'failed'],
    [run.failedToLoad, 'could not be loaded'],
  ];
  const parts = counts.filter(([n], i) => i < 2 || n > 0).map(([n, what]) => `${n} ${what}`);
  const line = `experiments: ${parts.join(', ')} (${(run.elapsedMs / 1000).toFixed(1)} s, ${run.implementation})`;
  const ok = holding === run.outcomes.length && run.failedToLoad === 0;
  return { line, code: ok ? 0 : 1 };
}

/** `npm run experiment` and `npm run experiments` (which ends with the tally's line). */
export async function experimentCommand(command: 'experiment' | 'experiments'): Promise<number> {
  const args = argumentsOrExit(command, process.argv.slice(2));
  if (typeof args === 'number') return args;
  const run = await runModule(args);
  if (typeof run === 'number') return run;
  const { line, code } = tally(run);
  if (command === 'experiments') console.log(line);
  return code;
}
