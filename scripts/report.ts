/**
 * `npm run report -- <module> [--solutions] [--seed N] [--out DIR]`: runs every experiment of
 * the module and builds reports/<module>/index.html, the lab report: the module's question,
 * its theory in brief, every experiment's figures, tables and checked conclusions, the seeds
 * and the commit. Self-contained (inline SVG and CSS), so it opens offline.
 *
 * Exits 0 once the report is written, even while some experiments wait for a kata the learner
 * has not finished (it lists the conclusions they leave unchecked); 1 when a conclusion does
 * not hold, an experiment failed or could not be loaded; 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { argumentsOrExit, EXIT, runModule, tally } from './experiments/main';
import { ROOT } from './experiments/load';
import { currentCommit } from './lib/git';
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
const { line } = tally(run);
console.log(line);
const waiting = run.outcomes.filter((outcome) => outcome.status === 'needs-kata');
if (waiting.length > 0) {
  console.log('not checked (each waits for a kata; the report says which):');
  for (const outcome of waiting)
    for (const statement of outcome.experiment.expectedConclusions)
      console.log(`  - ${outcome.experiment.name}: ${statement}`);
}
console.log(`report: ${path.relative(process.cwd(), file)}`);
const problem =
  run.failedToLoad > 0 ||
  run.outcomes.some((o) => (o.status !== 'completed' ? o.status !== 'needs-kata' : !o.allHold));
process.exitCode = problem ? EXIT.problem : EXIT.ok;
