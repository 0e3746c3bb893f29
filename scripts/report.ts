/**
 * `npm run report -- <module> [--solutions] [--seed N] [--out DIR]`: runs every experiment of
 * the module and builds reports/<module>/index.html, the lab report: the module's question,
 * its theory in brief, every experiment's figures, tables and checked conclusions, the seeds
 * and the commit. Self-contained (inline SVG and CSS), so it opens offline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { argumentsOrExit, runModule, tally } from './experiments/main';
import { ROOT } from './experiments/load';
import { currentCommit } from './report/git';
import { reportHtml } from './report/html';
import { markdownToHtml } from './report/markdown_html';

/** The module's summary: experiments/<module>/README.md, else the opening of its theory file. */
function moduleSummary(moduleId: string, theoryFile: string): { html: string; source: string } {
  const readme = path.join(ROOT, 'experiments', moduleId, 'README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8').replace(/^# .*\n/, '');
    return {
      html: markdownToHtml(text, 2),
      source: `From experiments/${moduleId}/README.md; the full theory is in ${theoryFile}.`,
    };
  }
  const theory = path.join(ROOT, theoryFile);
  if (!existsSync(theory)) return { html: '<p>No summary written yet.</p>', source: '' };
  // The opening paragraphs: after the title, up to the first section.
  const opening =
    readFileSync(theory, 'utf8')
      .split(/\n## /)[0]
      ?.replace(/^# .*\n/, '') ?? '';
  return {
    html: markdownToHtml(opening, 2),
    source: `The opening of ${theoryFile}, where the full theory is.`,
  };
}

const args = argumentsOrExit('report', process.argv.slice(2));
if (typeof args === 'number') process.exit(args);
const run = await runModule(args, false);
if (typeof run === 'number') process.exit(run);

for (const outcome of run.outcomes) {
  const mark =
    outcome.status === 'completed'
      ? outcome.allHold
        ? '✓'
        : '✗'
      : outcome.status === 'needs-kata'
        ? '…'
        : '✗';
  const detail =
    outcome.status === 'completed'
      ? `${outcome.result.conclusions.filter((c) => c.holds).length}/${outcome.result.conclusions.length} conclusions hold`
      : outcome.message;
  console.log(
    `${mark} ${outcome.experiment.name} (${(outcome.elapsedMs / 1000).toFixed(2)} s): ${detail}`,
  );
}
const summary = moduleSummary(args.module.id, args.module.theory);
const html = reportHtml({
  module: args.module,
  implementation: run.implementation,
  commit: currentCommit(ROOT),
  summaryHtml: summary.html,
  summarySource: summary.source,
  outcomes: run.outcomes,
  command: `npm run report -- ${args.module.id.slice(0, 7)}${args.solutions ? ' --solutions' : ''}${args.seed === undefined ? '' : ` --seed ${args.seed}`}`,
});
mkdirSync(run.outDirectory, { recursive: true });
const file = path.join(run.outDirectory, 'index.html');
writeFileSync(file, html);
const { line, code } = tally(run);
console.log(line);
console.log(`report: ${path.relative(process.cwd(), file)}`);
process.exitCode = code;
