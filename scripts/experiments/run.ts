/**
 * What one outcome writes, `<out>/<name>/summary.md`, `numbers.json` and one SVG per figure
 * (nothing clock- or order-dependent: the same seed writes the same bytes), and prints.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable, stableJson, textTable } from './format';
import { apiFile, holdsLabel, type Completed, type Outcome } from './outcome';

/** ` · n = 15, σ = 2` for the parameters given, or nothing when every default was used. */
const settings = (outcome: Outcome): string =>
  Object.entries(outcome.values)
    .map(([name, value], i) => `${i === 0 ? ' · ' : ', '}${name} = ${value}`)
    .join('');

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
    return [...lines, '', `**Not run.** ${outcome.message}`, ''].join('\n');
  }
  const { conclusions, notes = [], tables, figures } = outcome.result;
  for (const { holds, statement, detail } of conclusions) {
    lines.push(`- **${holdsLabel(holds)}**: ${statement} (${detail})`);
  }
  lines.push('');
  if (notes.length > 0) lines.push('## Notes', '', ...notes.map((note) => `- ${note}`), '');
  for (const table of tables) lines.push(markdownTable(table), '');
  if (figures.length > 0) lines.push('## Figures', '');
  for (const { id, caption } of figures) lines.push(`![${caption}](${id}.svg)`, '', caption, '');
  return lines.join('\n');
}

/** numbers.json: what was measured and what was concluded, with the run's coordinates. */
const numbersJson = ({ module, experiment, seed, values, implementation, result }: Completed) =>
  stableJson({
    module,
    experiment: experiment.name,
    seed,
    ...(Object.keys(values).length > 0 ? { parameters: { ...values } } : {}),
    implementation,
    numbers: result.numbers,
    conclusions: result.conclusions.map(({ statement, holds, detail }) => ({
      statement,
      holds,
      detail,
    })),
  });

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

/** What the terminal shows for one outcome. */
export function describeOutcome(outcome: Outcome, folder?: string): string {
  const { experiment } = outcome;
  const heading = `■ ${outcome.module} / ${experiment.name} — ${experiment.title} (seed ${outcome.seed}${settings(outcome)}, ${outcome.implementation})`;
  // One line, no stack trace: an unfinished kata is an expected state, not a crash.
  if (outcome.status === 'needs-kata') return outcome.message;
  if (outcome.status === 'failed') {
    return [heading, outcome.message, outcome.stack].filter((s) => s !== undefined).join('\n');
  }
  const { tables, conclusions, notes = [] } = outcome.result;
  const parts = [heading, `Question: ${experiment.question}`, ''];
  for (const table of tables) parts.push(textTable(table), '');
  parts.push('Conclusions:');
  for (const { holds, statement, detail } of conclusions) {
    parts.push(`  ${holds ? '✓' : '✗'} ${holdsLabel(holds)}: ${statement}`, `      ${detail}`);
  }
  if (notes.length > 0) parts.push('Notes:', ...notes.map((note) => `  · ${note}`));
  const svgs = outcome.svgs.size;
  const written =
    folder === undefined
      ? ''
      : ` → ${path.relative(process.cwd(), folder) || '.'}/ (${svgs} figure${svgs === 1 ? '' : 's'}, numbers.json, summary.md)`;
  parts.push(`Done in ${(outcome.elapsedMs / 1000).toFixed(2)} s${written}`);
  return parts.join('\n');
}
