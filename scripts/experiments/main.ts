/**
 * The shared body of `npm run experiment`, `experiments` and `report`: find and import the
 * module's API (katas/, or solutions/ with --solutions) and experiments, run them, write and print
 * what they found. Exit codes: 0 all ran and every conclusion holds, 1 anything else, 2 usage.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { named, type AnyExperiment } from '../../experiments/experiment';
import { labRoot } from '../lib/command';
import { runMain, UsageError } from '../lib/cli_args';
import { parseArguments, usage, type Command, type CommandArguments } from './cli';
import { apiFile, runExperiment, type Implementation, type Outcome } from './outcome';
import { describeOutcome, writeOutcome } from './run';

/** A file or name that does not exist or is malformed: reported in one line. */
export class LookupError extends Error {
  override name = 'LookupError';
}

const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(labRoot, file)).href)) as T;

/** The experiment names listed in experiments/<module>/index.ts, in report order. */
export async function listExperiments(moduleId: string): Promise<string[]> {
  const index = `experiments/${moduleId}/index.ts`;
  if (!existsSync(path.join(labRoot, index))) return [];
  const { experiments } = await load<{ experiments?: unknown }>(index);
  if (!Array.isArray(experiments) || !experiments.every((name) => typeof name === 'string')) {
    throw new Error(`${index} must export experiments: string[]`);
  }
  return experiments;
}

/** Experiment files present in the folder (every .ts but index.ts, specs and `_shared.ts` helpers). */
export function experimentFiles(moduleId: string): string[] {
  const folder = path.join(labRoot, 'experiments', moduleId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !/^_|^index\.ts$|\.spec\.ts$/.test(file))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

const SHAPE: [string, (definition: AnyExperiment) => boolean][] = [
  ['seed is not an integer', (d) => Number.isSafeInteger(d.seed)],
  ['run is not a function', (d) => typeof d.run === 'function'],
  [
    'expectedConclusions is empty',
    (d) => Array.isArray(d.expectedConclusions) && d.expectedConclusions.length > 0,
  ],
  ['uses is not a list', (d) => Array.isArray(d.uses)],
];

/** The definition exported by experiments/<module>/<name>.ts, checked for shape and named after its file. */
export async function loadExperiment(moduleId: string, name: string): Promise<AnyExperiment> {
  const file = `experiments/${moduleId}/${name}.ts`;
  if (!/^[a-z0-9_]+$/.test(name) || !existsSync(path.join(labRoot, file))) {
    const known = experimentFiles(moduleId).join(', ') || 'none';
    throw new LookupError(`no experiment "${name}" in experiments/${moduleId}/ (known: ${known})`);
  }
  const definition = (await load<{ default?: AnyExperiment }>(file)).default;
  const problems =
    definition === undefined || typeof definition !== 'object'
      ? ['no default export']
      : SHAPE.filter(([, ok]) => !ok(definition)).map(([problem]) => problem);
  if (problems.length > 0 || definition === undefined) {
    throw new LookupError(`${file} is not a valid experiment: ${problems.join('; ')}`);
  }
  return named(name, definition);
}

/** Runs `npm run <command>`: --help prints the usage, as a usage error does (then exit 2). */
export const commandMain = (command: Command, main: (args: CommandArguments) => Promise<number>) =>
  runMain(
    command,
    async () => {
      const args = parseArguments(command, process.argv.slice(2));
      if (!args.help) return main(args);
      console.log(usage(command));
    },
    { usage: usage(command) },
  );

/** Prints why the run cannot go on (it then ends with code 1). */
const fail = (...message: unknown[]): undefined => void console.error(...message);

/** Runs the named experiment (all of the module's without a name) and writes each one's files. */
export async function runModule(args: CommandArguments, print = true) {
  const started = performance.now();
  const { id } = args.module;
  const implementation: Implementation = args.solutions ? 'solutions' : 'katas';
  const outDirectory =
    args.out === undefined ? path.join(labRoot, 'reports', id) : path.resolve(args.out);
  const names = await (
    args.name === undefined ? listExperiments(id) : Promise.resolve([args.name])
  ).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  if (names?.length === 0) fail(`no experiments listed in experiments/${id}/index.ts`);
  if (names === undefined || names.length === 0) return 1;
  const api = await load<Record<string, unknown>>(apiFile(id, implementation)).catch(
    (error: unknown) => fail(`could not load ${implementation}/${id}/index.ts:`, error),
  );
  if (api === undefined) return 1;
  const outcomes: Outcome[] = [];
  let failedToLoad = 0;
  for (const name of names) {
    let experiment;
    try {
      experiment = await loadExperiment(id, name);
    } catch (error) {
      // A name the learner typed is a usage error; one from index.ts is the lab's own fault.
      if (error instanceof LookupError && args.name !== undefined)
        throw new UsageError(error.message);
      if (error instanceof LookupError) {
        console.error(error.message);
        return 1;
      }
      // A file that does not load (a syntax error, a missing import) fails that experiment only.
      console.error(`experiment ${name} could not be loaded:`, error);
      failedToLoad += 1;
      continue;
    }
    const outcome = await runExperiment(experiment, api, { ...args, module: id, implementation });
    const folder = writeOutcome(outcome, outDirectory);
    if (print) console.log(`${describeOutcome(outcome, folder)}\n`);
    outcomes.push(outcome);
  }
  const elapsedMs = performance.now() - started;
  return { implementation, outDirectory, outcomes, failedToLoad, elapsedMs };
}

type ModuleRun = Exclude<Awaited<ReturnType<typeof runModule>>, number>;

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
export const experimentCommand = (command: 'experiment' | 'experiments') =>
  commandMain(command, async (args) => {
    const run = await runModule(args);
    if (typeof run === 'number') return run;
    const { line, code } = tally(run);
    if (command === 'experiments') console.log(line);
    return code;
  });
