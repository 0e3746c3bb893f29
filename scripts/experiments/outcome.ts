/**
 * Runs one experiment on one implementation of its module's API: completed (figures rendered),
 * waiting for a kata, or failed. No Node built-ins: the notebooks run this code in the browser.
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
export const apiFile = (moduleId: string, implementation: Implementation): string =>
  `${implementation}/${moduleId}/index.ts`;

type Found =
  | {
      readonly status: 'completed';
      readonly result: ExperimentResult;
      /** Figure id → SVG text, in the result's order. */
      readonly svgs: ReadonlyMap<string, string>;
      readonly allHold: boolean;
    }
  /** A stub threw NotImplementedError, or the API does not export a name the experiment uses. */
  | { readonly status: 'needs-kata'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string; readonly stack?: string };

export type Outcome = {
  readonly module: string;
  readonly experiment: AnyExperiment;
  readonly seed: number;
  /** The parameter values given, by name (empty: every default). */
  readonly values: ParameterValues;
  readonly implementation: Implementation;
  readonly elapsedMs: number;
} & Found;
export type Completed = Extract<Outcome, { status: 'completed' }>;

/** The same class may be loaded twice (another module instance): recognised by shape too. */
const isNotImplemented = (error: unknown): error is NotImplementedError =>
  error instanceof NotImplementedError ||
  (typeof error === 'object' &&
    (error as { name?: unknown })?.name === 'NotImplementedError' &&
    typeof (error as { kataId?: unknown }).kataId === 'string');

/** Conclusions that do not match the expected ones, figure ids that are not file names. */
function resultProblems(experiment: AnyExperiment, result: ExperimentResult): string[] {
  const expected = JSON.stringify(experiment.expectedConclusions);
  const got = JSON.stringify(result.conclusions.map((conclusion) => conclusion.statement));
  const ids = result.figures.map((figure) => figure.id);
  const problems = ids
    .filter((id) => !/^[a-z0-9][a-z0-9_-]*$/.test(id))
    .map((id) => `figure id "${id}" is not a file name`);
  if (new Set(ids).size !== ids.length) problems.push('figure ids repeat');
  if (got !== expected) {
    problems.unshift(
      `its conclusions must check each expected conclusion in order (expected ${expected}, got ${got})`,
    );
  }
  return problems;
}

export async function runExperiment(
  experiment: AnyExperiment,
  api: Record<string, unknown>,
  options: Pick<Outcome, 'module' | 'implementation'> & Partial<Pick<Outcome, 'seed' | 'values'>>,
): Promise<Outcome> {
  const { module, implementation } = options;
  const { name } = experiment;
  const seed = options.seed ?? experiment.seed;
  const values = options.values ?? {};
  const started = performance.now();
  const base = { module, experiment, seed, values, implementation };
  const end = (found: Found): Outcome => ({
    ...base,
    elapsedMs: performance.now() - started,
    ...found,
  });
  const problem = parameterProblem(experiment.parameters ?? {}, values);
  if (problem !== undefined) {
    return end({ status: 'failed', message: `experiment ${name}: ${problem}` });
  }
  const missing = experiment.uses.filter((used) => typeof api[used] !== 'function');
  if (missing.length > 0) {
    const which = `experiment ${name} needs ${missing.join(', ')}, which ${apiFile(module, implementation)} does not export yet`;
    const it = missing.length > 1 ? 'them' : 'it';
    const message =
      implementation === 'solutions'
        ? which
        : `${which} — finish the kata that defines ${it}, or run with --solutions`;
    return end({ status: 'needs-kata', message });
  }
  try {
    const result = await experiment.run(api, { seed, values });
    const problems = resultProblems(experiment, result);
    if (problems.length > 0) {
      const message = `experiment ${name} is inconsistent: ${problems.join('; ')}`;
      return end({ status: 'failed', message });
    }
    const svgs = new Map<string, string>();
    for (const figure of result.figures) svgs.set(figure.id, await renderSvg(figure.spec));
    const allHold = result.conclusions.every((conclusion) => conclusion.holds);
    return end({ status: 'completed', result, svgs, allHold });
  } catch (error) {
    if (!isNotImplemented(error)) {
      const [message, stack] =
        error instanceof Error ? [error.message, error.stack] : [String(error)];
      return end({ status: 'failed', message: `experiment ${name} failed: ${message}`, stack });
    }
    // The one line a learner reads when an experiment reaches a kata they have not finished.
    const { kataId, functionName } = error;
    const kata = findKata(kataId);
    const needs = `experiment ${name} needs kata ${kataId}${kata === undefined ? '' : ` "${kata.title}"`}`;
    const message =
      implementation === 'solutions'
        ? `${needs}, whose reference solution (${kata?.solution ?? 'solutions/…'}) still throws NotImplementedError in ${functionName}`
        : `${needs} (${functionName}) — finish ${kata?.stub ?? `the stub of kata ${kataId}`} first, or run with --solutions`;
    return end({ status: 'needs-kata', message });
  }
}

export const holdsLabel = (holds: boolean): string => (holds ? 'holds' : 'DOES NOT HOLD');
