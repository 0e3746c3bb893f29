/**
 * `npm run report -- <module> [--solutions] [--seed N] [--out DIR]`: runs every experiment of the
 * module and writes reports/<module>/index.html, the lab report, self-contained so it opens
 * offline. Exits 0 once written, even while experiments wait for a kata; 1 when a conclusion
 * does not hold or an experiment failed or could not be loaded; 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { labRoot } from './lib/command';
import { commandMain, runModule, tally } from './experiments/main';
import { currentCommit } from './lib/git';
import { conclusionsHold, reportHtml } from './report/html';
import { markdownToHtml } from './report/markdown_html';

/** The module's summary: experiments/<module>/README.md, else the opening of its theory file. */
function moduleSummary(moduleId: string, theoryFile: string): { html: string; source: string } {
  const readme = path.join(labRoot, 'experiments', moduleId, 'README.md');
  const theory = path.join(labRoot, theoryFile);
  const html = (text: string) => markdownToHtml(text.replace(/^# .*\n/, ''), 2);
  if (existsSync(readme)) {
    const source = `From experiments/${moduleId}/README.md; the full theory is in ${theoryFile}.`;
    return { html: html(readFileSync(readme, 'utf8')), source };
  }
  if (!existsSync(theory)) return { html: '<p>No summary written yet.</p>', source: '' };
  // The opening paragraphs: after the title, up to the first section.
  const opening = readFileSync(theory, 'utf8').split(/\n## /)[0] ?? '';
  return { html: html(opening), source: `The opening of ${theoryFile}, where the full theory is.` };
}

await commandMain('report', async (args) => {
  const run = await runModule(args, false);
  if (typeof run === 'number') return run;

  for (const outcome of run.outcomes) {
    const [mark, detail] =
      outcome.status === 'completed'
        ? [outcome.allHold ? '✓' : '✗', conclusionsHold(outcome.result)]
        : [outcome.status === 'needs-kata' ? '…' : '✗', outcome.message];
    const seconds = (outcome.elapsedMs / 1000).toFixed(2);
    console.log(`${mark} ${outcome.experiment.name} (${seconds} s): ${detail}`);
  }
  const { id, theory } = args.module;
  const html = reportHtml({
    module: args.module,
    implementation: run.implementation,
    commit: currentCommit(labRoot),
    summary: moduleSummary(id, theory),
    outcomes: run.outcomes,
    command: `npm run report -- ${id.slice(0, 7)}${args.solutions ? ' --solutions' : ''}${args.seed === undefined ? '' : ` --seed ${args.seed}`}`,
  });
  mkdirSync(run.outDirectory, { recursive: true });
  const file = path.join(run.outDirectory, 'index.html');
  writeFileSync(file, html);
  console.log(tally(run).line);
  const waiting = run.outcomes.filter((outcome) => outcome.status === 'needs-kata');
  if (waiting.length > 0) {
    console.log('not checked (each waits for a kata; the report says which):');
    for (const { experiment } of waiting)
      for (const statement of experiment.expectedConclusions)
        console.log(`  - ${experiment.name}: ${statement}`);
  }
  console.log(`report: ${path.relative(process.cwd(), file)}`);
  const failed = run.outcomes.some(
    (o) => o.status === 'failed' || (o.status === 'completed' && !o.allHold),
  );
  return failed || run.failedToLoad > 0 ? 1 : 0;
});
