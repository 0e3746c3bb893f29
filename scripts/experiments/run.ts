/**
 * Runs one experiment against one implementation of its module's API, renders its figures,
 * and writes what it found: `<out>/<name>/summary.md`, `numbers.json` and one SVG per
 * figure. Nothing written depends on the clock or on the order experiments run in, so the
 * same seed writes the same bytes.
 *
 * A stub that is not implemented yet is an expected state, not a crash: the outcome says
 * which kata to finish, in one line, and no stack trace.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findKata } from '../../curriculum';
import type { AnyExperiment, ExperimentResult, JsonValue } from '../../experiments/experiment';
import { NotImplementedError } from '../../helpers/errors';
import { renderSvg } from '../../helpers/plotting';
import { markdownTable, stableJson, textTable } from './format';
import { apiFile, type Implementation } from './load';

interface OutcomeBase {
  readonly module: string;
  readonly experiment: AnyExperiment;
  readonly seed: number;
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
}

export async function runExperiment(
  experiment: AnyExperiment,
  api: Record<string, unknown>,
  options: RunOptions,
): Promise<Outcome> {
  const seed = options.seed ?? experiment.seed;
  const started = performance.now();
  const base = () => ({
    module: options.module,
    experiment,
    seed,
    implementation: options.implementation,
    elapsedMs: performance.now() - started,
  });
  const missing = experiment.uses.filter((name) => typeof api[name] !== 'function');
  if (missing.length > 0) {
    return {
      ...base(),
      status: 'needs-kata',
      message: missingApiMessage(experiment.name, missing, options.module, options.implementation),
    };
  }
  try {
    const result = await experiment.run(api, { seed });
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

/** summary.md: the question, seed and implementation, each conclusion checked, the tables. */
export function summaryMarkdown(outcome: Outcome): string {
  const { experiment } = outcome;
  const lines = [
    `# ${experiment.title}`,
    '',
    `**Question.** ${experiment.question}`,
    '',
    `Module \`${outcome.module}\` · experiment \`${experiment.name}\` · seed ${outcome.seed} · implementation \`${apiFile(outcome.module, outcome.implementation)}\``,
    '',
    '## Conclusions',
    '',
  ];
  if (outcome.status !== 'completed') {
    lines.push(...experiment.expectedConclusions.map((statement) => `- not checked: ${statement}`));
    lines.push('', `**Not run.** ${outcome.message}`, '');
    return lines.join('\n');
  }
  const { result } = outcome;
  lines.push(
    ...result.conclusions.map(
      (conclusion) =>
        `- **${holdsLabel(conclusion.holds)}**: ${conclusion.statement} (${conclusion.detail})`,
    ),
    '',
  );
  if (result.notes !== undefined && result.notes.length > 0) {
    lines.push('## Notes', '', ...result.notes.map((note) => `- ${note}`), '');
  }
  for (const table of result.tables) lines.push(markdownTable(table), '');
  if (result.figures.length > 0) {
    lines.push('## Figures', '');
    for (const figure of result.figures) {
      lines.push(`![${figure.caption}](${figure.id}.svg)`, '', figure.caption, '');
    }
  }
  return lines.join('\n');
}

/** numbers.json: what was measured and what was concluded, with the run's coordinates. */
export function numbersJson(outcome: Completed): string {
  const value: JsonValue = {
    module: outcome.module,
    experiment: outcome.experiment.name,
    seed: outcome.seed,
    implementation: outcome.implementation,
    numbers: outcome.result.numbers,
    conclusions: outcome.result.conclusions.map((conclusion) => ({
      statement: conclusion.statement,
      holds: conclusion.holds,
      detail: conclusion.detail,
    })),
  };
  return stableJson(value);
}

/** Writes the outcome under `<outDirectory>/<name>/`, replacing what an earlier run left there. */
export function writeOutcome(outcome: Outcome, outDirectory: string): string {
  const folder = path.join(outDirectory, outcome.experiment.name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'summary.md'), summaryMarkdown(outcome));
  if (outcome.status === 'completed') {
    writeFileSync(path.join(folder, 'numbers.json'), numbersJson(outcome));
    for (const [id, svg] of outcome.svgs) writeFileSync(path.join(folder, `${id}.svg`), svg);
  }
  return folder;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** What the terminal shows for one outcome. */
export function describeOutcome(outcome: Outcome, folder?: string): string {
  const { experiment } = outcome;
  const heading = `■ ${outcome.module} / ${experiment.name} — ${experiment.title} (seed ${outcome.seed}, ${outcome.implementation})`;
  // One line, no stack trace: an unfinished kata is an expected state, not a crash.
  if (outcome.status === 'needs-kata') return outcome.message;
  if (outcome.status === 'failed') {
    return `${heading}\n${outcome.message}${outcome.stack === undefined ? '' : `\n${outcome.stack}`}`;
  }
  const parts = [heading, `Question: ${experiment.question}`, ''];
  for (const table of outcome.result.tables) parts.push(textTable(table), '');
  parts.push('Conclusions:');
  for (const conclusion of outcome.result.conclusions) {
    parts.push(
      `  ${conclusion.holds ? '✓' : '✗'} ${holdsLabel(conclusion.holds)}: ${conclusion.statement}`,
      `      ${conclusion.detail}`,
    );
  }
  const notes = outcome.result.notes ?? [];
  if (notes.length > 0) parts.push('Notes:', ...notes.map((note) => `  · ${note}`));
  const written =
    folder === undefined
      ? ''
      : ` → ${path.relative(process.cwd(), folder) || '.'}/ (${outcome.svgs.size} figure${outcome.svgs.size === 1 ? '' : 's'}, numbers.json, summary.md)`;
  parts.push(`Done in ${seconds(outcome.elapsedMs)}${written}`);
  return parts.join('\n');
}
