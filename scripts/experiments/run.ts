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
import type { JsonValue } from '../../experiments/experiment';
import { markdownTable, stableJson, textTable } from './format';
import { apiFile } from './load';
import { holdsLabel, type Completed, type Outcome } from './outcome';

export * from './outcome';

/** ` · n = 15, σ = 2` for the parameters given, or nothing when every default was used. */
function settings(outcome: Outcome): string {
  const given = Object.entries(outcome.values);
  return given.length === 0
    ? ''
    : ` · ${given.map(([name, value]) => `${name} = ${value}`).join(', ')}`;
}
/** summary.md: the question, seed and implementation, each conclusion checked, the tables. */
export function summaryMarkdown(outcome: Outcome): string {
  const { experiment } = outcome;
  const lines = [
    `# ${experiment.title}`,
    '',
    `**Question.** ${experiment.question}`,
    '',
    `Module \`${outcome.module}\` · experiment \`${experiment.name}\` · seed ${outcome.seed}${settings(outcome)} · implementation \`${apiFile(outcome.module, outcome.implementation)}\``,
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
    ...(Object.keys(outcome.values).length > 0 ? { parameters: { ...outcome.values } } : {}),
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
  const heading = `■ ${outcome.module} / ${experiment.name} — ${experiment.title} (seed ${outcome.seed}${settings(outcome)}, ${outcome.implementation})`;
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
