/**
 * Runs one experiment against one implementation of its module's API and classifies what
 * happened: completed (with its figures rendered to SVG), waiting for a kata, or failed. No
 * file system and no Node built-ins: the notebooks (notebooks/) run this same code in the
 * browser, and `npm run experiment` in Node.
 *
 * A stub that is not implemented yet is an expected state, not a crash: the outcome says
 * which kata to finish, in one line, and no stack trace.
 */
import { findKata } from '../../curriculum';
import {
  parameterProblem,
  type AnyExperiment,
  type ExperimentResult,
  type ParameterValues,
} from '../../experiments/experiment';
import { NotImplementedError } from '../../helpers/errors';
import { renderSvg } from '../../helpers/plotting';

export type Implementation = 'katas' | 'solutions';

/** `katas/<module>/index.ts` or `solutions/<module>/index.ts`, relative to the root. */
export function apiFile(moduleId: string, implementation: Implementation): string {
  return `${implementation}/${moduleId}/index.ts`;
}

interface OutcomeBase {
  readonly module: string;
  readonly experiment: AnyExperiment;
  readonly seed: number;
  /** The parameter values given, by name (empty: every default). */
  readonly values: ParameterValues;
  readonly implementation: Implementation;
  readonly elapsedMs: number;
}

export interface Completed extends OutcomeBase {
  readonly status: 'completed';
  readonly result: ExperimentResult;
  /** Figure id → SVG text, in the result's order. */
  readonly svgs: ReadonlyMap<string, string>;
  readonly allHold: boolean;
}

/** The experiment reached a stub (NotImplementedError) or a name the API does not export yet. */
export interface NeedsKata extends OutcomeBase {
  readonly status: 'needs-kata';
  readonly message: string;
}

/** Anything else went wrong: a bug in an implementation or in the experiment. */
export interface Failed extends OutcomeBase {
  readonly status: 'failed';
  readonly message: string;
  readonly stack?: string;
}

export type Outcome = Completed | NeedsKata | Failed;

function isNotImplemented(error: unknown): error is { kataId: string; functionName: string } {
  if (error instanceof NotImplementedError) return true;
  // The same class may be loaded twice (another module instance): recognise it by shape.
  const candidate = error as { name?: unknown; kataId?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'NotImplementedError' &&
    typeof candidate.kataId === 'string'
  );
}

/** The one line a learner reads when an experiment reaches a kata they have not finished. */
export function needsKataMessage(
  experimentName: string,
  error: { kataId: string; functionName: string },
  implementation: Implementation,
): string {
  const kata = findKata(error.kataId);
  const title = kata === undefined ? '' : ` "${kata.title}"`;
  const file = kata?.stub ?? `the stub of kata ${error.kataId}`;
  if (implementation === 'solutions') {
    return `experiment ${experimentName} needs kata ${error.kataId}${title}, whose reference solution (${kata?.solution ?? 'solutions/…'}) still throws NotImplementedError in ${error.functionName}`;
  }
  return `experiment ${experimentName} needs kata ${error.kataId}${title} (${error.functionName}) — finish ${file} first, or run with --solutions`;
}

/** The one line when the module's index does not export a function the experiment uses. */
export function missingApiMessage(
  experimentName: string,
  missing: readonly string[],
  moduleId: string,
  implementation: Implementation,
): string {
  const names = missing.join(', ');
  const where = apiFile(moduleId, implementation);
  return implementation === 'solutions'
    ? `experiment ${experimentName} needs ${names}, which ${where} does not export yet`
    : `experiment ${experimentName} needs ${names}, which ${where} does not export yet — finish the kata that defines ${missing.length > 1 ? 'them' : 'it'}, or run with --solutions`;
}

/** Problems with the result's shape: conclusions that do not match the expected ones, bad ids. */
function resultProblems(experiment: AnyExperiment, result: ExperimentResult): string[] {
  const problems: string[] = [];
  const statements = result.conclusions.map((conclusion) => conclusion.statement);
  const expected = experiment.expectedConclusions;
  if (
    statements.length !== expected.length ||
    statements.some((statement, i) => statement !== expected[i])
  ) {
    problems.push(
      `its conclusions must check each expected conclusion in order (expected ${JSON.stringify(expected)}, got ${JSON.stringify(statements)})`,
    );
  }
  const ids = result.figures.map((figure) => figure.id);
  for (const id of ids) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) problems.push(`figure id "${id}" is not a file name`);
  }
  if (new Set(ids).size !== ids.length) problems.push('figure ids repeat');
  return problems;
}

export interface RunOptions {
  readonly module: string;
  readonly implementation: Implementation;
  /** Overrides the experiment's own seed. */
  readonly seed?: number;
  /** Parameter values that replace the experiment's defaults, by name. */
  readonly values?: ParameterValues;
}

export async function runExperiment(
  experiment: AnyExperiment,
  api: Record<string, unknown>,
  options: RunOptions,
): Promise<Outcome> {
  const seed = options.seed ?? experiment.seed;
  const values = options.values ?? {};
  const started = performance.now();
  const base = () => ({
    module: options.module,
    experiment,
    seed,
    values,
    implementation: options.implementation,
    elapsedMs: performance.now() - started,
  });
  const problem = parameterProblem(experiment.parameters ?? {}, values);
  if (problem !== undefined) {
    return { ...base(), status: 'failed', message: `experiment ${experiment.name}: ${problem}` };
  }
  const missing = experiment.uses.filter((name) => typeof api[name] !== 'function');
  if (missing.length > 0) {
    return {
      ...base(),
      status: 'needs-kata',
      message: missingApiMessage(experiment.name, missing, options.module, options.implementation),
    };
  }
  try {
    const result = await experiment.run(api, { seed, values });
    const problems = resultProblems(experiment, result);
    if (problems.length > 0) {
      return {
        ...base(),
        status: 'failed',
        message: `experiment ${experiment.name} is inconsistent: ${problems.join('; ')}`,
      };
    }
    const svgs = new Map<string, string>();
    for (const figure of result.figures) svgs.set(figure.id, await renderSvg(figure.spec));
    return {
      ...base(),
      status: 'completed',
      result,
      svgs,
      allHold: result.conclusions.every((conclusion) => conclusion.holds),
    };
  } catch (error) {
    if (isNotImplemented(error)) {
      return {
        ...base(),
        status: 'needs-kata',
        message: needsKataMessage(experiment.name, error, options.implementation),
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? error.stack : undefined;
    return {
      ...base(),
      status: 'failed',
      message: `experiment ${experiment.name} failed: ${message}`,
      stack,
    };
  }
}

export function holdsLabel(holds: boolean): string {
  return holds ? 'holds' : 'DOES NOT HOLD';
}
