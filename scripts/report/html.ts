/**
 * One module's lab report as a single self-contained HTML page (inline SVG and CSS; no scripts,
 * fonts or images to fetch): the module's question, its theory in brief, every experiment.
 */
import type { Module } from '../../curriculum';
import type { Cell, ExperimentResult, Table } from '../../experiments/experiment';
import { formatCell } from '../experiments/format';
import { apiFile, holdsLabel, type Implementation, type Outcome } from '../experiments/outcome';
import { escapeHtml, inlineHtml } from './markdown_html';

interface ReportInput {
  readonly module: Module;
  readonly implementation: Implementation;
  /** `abc1234`, `abc1234 (with uncommitted changes)` or `unknown`. */
  readonly commit: string;
  /** The module's summary as HTML, and where it came from (shown under it). */
  readonly summary: { readonly html: string; readonly source: string };
  readonly outcomes: readonly Outcome[];
  /** The command that rebuilds this report. */
  readonly command: string;
}

/** The report's styles; the notebooks (notebooks/) use them too. */
export const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a5f; --rule: #e3e3e8; --ok: #1e7b34; --bad: #b3261e; --wait: #8a6100; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Helvetica, Arial, sans-serif; color: var(--ink); background: #fafafa; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 28px 64px; background: white; }
h1 { font-size: 30px; margin: 0 0 6px; }
h2 { font-size: 23px; margin: 44px 0 8px; padding-top: 18px; border-top: 1px solid var(--rule); }
h3 { font-size: 18px; margin: 26px 0 8px; }
h4 { font-size: 16px; margin: 20px 0 6px; }
p { margin: 8px 0; max-width: 860px; }
code { font: 14px/1.4 Menlo, Consolas, monospace; background: #f2f2f5; padding: 1px 4px; border-radius: 3px; }
pre { background: #f2f2f5; padding: 10px 12px; overflow-x: auto; }
.question { font-size: 19px; color: #333; max-width: 860px; }
.meta { color: var(--muted); font-size: 14px; }
.meta span { display: inline-block; margin-right: 18px; }
nav ul { padding-left: 0; list-style: none; }
nav li { margin: 3px 0; }
.badge { display: inline-block; font-size: 12px; font-weight: bold; padding: 1px 7px; border-radius: 9px; margin-left: 8px; vertical-align: 2px; white-space: nowrap; }
.badge.ok { background: #e3f4e7; color: var(--ok); }
.badge.bad { background: #fbe5e3; color: var(--bad); }
.badge.wait { background: #fbf1d9; color: var(--wait); }
ul.conclusions { list-style: none; padding: 0; max-width: 900px; }
ul.conclusions li { margin: 8px 0; padding: 8px 12px; border-left: 4px solid var(--rule); background: #fbfbfc; }
ul.conclusions li.ok { border-color: var(--ok); }
ul.conclusions li.bad { border-color: var(--bad); background: #fff6f5; }
ul.conclusions .verdict { font-weight: bold; margin-right: 6px; }
ul.conclusions li.ok .verdict { color: var(--ok); }
ul.conclusions li.bad .verdict { color: var(--bad); }
ul.conclusions .detail { display: block; color: var(--muted); font-size: 14px; }
.notes { max-width: 900px; }
.notes li { margin: 4px 0; }
.notice { padding: 12px 14px; border-left: 4px solid var(--wait); background: #fffaf0; max-width: 900px; }
.notice.failed { border-color: var(--bad); background: #fff6f5; }
figure { margin: 22px 0; }
figure .plot { overflow-x: auto; }
figure svg { display: block; max-width: none; }
figcaption { color: var(--muted); font-size: 14px; max-width: 860px; margin-top: 4px; }
.table-wrap { overflow-x: auto; margin: 14px 0 22px; }
table { border-collapse: collapse; font-size: 14px; }
caption { text-align: left; font-weight: bold; padding-bottom: 6px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: right; }
td { white-space: nowrap; }
th { background: #f4f4f7; vertical-align: bottom; min-width: 70px; max-width: 180px; }
th:first-child, td:first-child { text-align: left; }
footer { margin-top: 48px; padding-top: 14px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 13px; }
`;

const anchorOf = (outcome: Outcome): string => `experiment-${outcome.experiment.name}`;

/** `2/3 conclusions hold`: the badge's text, and the report's line for the experiment. */
export const conclusionsHold = ({ conclusions }: ExperimentResult): string =>
  `${conclusions.filter((conclusion) => conclusion.holds).length}/${conclusions.length} conclusions hold`;

export function statusBadge(outcome: Outcome): string {
  if (outcome.status === 'needs-kata') return '<span class="badge wait">needs a kata</span>';
  if (outcome.status === 'failed') return '<span class="badge bad">failed</span>';
  return `<span class="badge ${outcome.allHold ? 'ok' : 'bad'}">${conclusionsHold(outcome.result)}</span>`;
}

function tableHtml({ title, columns, rows }: Table): string {
  const head = columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
  const cell = (value: Cell) =>
    typeof value === 'string'
      ? `<td class="text">${escapeHtml(value)}</td>`
      : `<td>${escapeHtml(formatCell(value))}</td>`;
  const body = rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table><caption>${escapeHtml(title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The command that repeats this run in a terminal. */
export function rerunCommand(outcome: Outcome): string {
  const { experiment, seed } = outcome;
  const flags = [
    outcome.implementation === 'solutions' ? ' --solutions' : '',
    seed === experiment.seed ? '' : ` --seed ${seed}`,
    ...Object.entries(outcome.values).map(([name, value]) => ` --set ${name}=${value}`),
  ];
  return `npm run experiment -- ${outcome.module.slice(0, 7)} ${experiment.name}${flags.join('')}`;
}

const list = (items: readonly string[], attributes = '') =>
  `<ul${attributes}>${items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`;

/**
 * What a run found, below an experiment's heading: the checked conclusions, notes, figures and
 * tables, or the kata it waits for. The notebooks show the same HTML.
 */
export function experimentResultHtml(outcome: Outcome): string {
  const { experiment } = outcome;
  if (outcome.status !== 'completed') {
    return [
      `<h3>Expected conclusions (not checked)</h3>`,
      list(experiment.expectedConclusions),
      `<p class="notice${outcome.status === 'failed' ? ' failed' : ''}">${escapeHtml(outcome.message)}</p>`,
    ].join('\n');
  }
  const { conclusions, notes = [], figures, tables } = outcome.result;
  const verdicts = conclusions.map(
    ({ holds, statement, detail }) =>
      `<li class="${holds ? 'ok' : 'bad'}"><span class="verdict">${holds ? '✓' : '✗'} ${holdsLabel(holds)}</span>${inlineHtml(statement)}<span class="detail">${escapeHtml(detail)}</span></li>`,
  );
  const parts = [
    '<h3>Conclusions, checked on this run</h3>',
    `<ul class="conclusions">${verdicts.join('\n')}</ul>`,
  ];
  if (notes.length > 0) parts.push('<h3>Reading the numbers</h3>', list(notes, ' class="notes"'));
  for (const { id, caption } of figures) {
    // Each figure's internal ids made unique within the page (several SVGs share one document).
    const svg = (outcome.svgs.get(id) ?? '')
      .trim()
      .replace(/(id="|url\(#|href="#)figure-/g, `$1${experiment.name}-${id}-`);
    parts.push(
      `<figure id="${anchorOf(outcome)}-${id}"><div class="plot">${svg}</div><figcaption>${inlineHtml(caption)}</figcaption></figure>`,
    );
  }
  if (tables.length > 0) parts.push('<h3>Tables</h3>', ...tables.map(tableHtml));
  return parts.join('\n');
}

function experimentHtml(outcome: Outcome, index: number): string {
  const { experiment, seed } = outcome;
  const uses = experiment.uses.map((name) => `<code>${escapeHtml(name)}</code>`).join(', ');
  return [
    `<section id="${anchorOf(outcome)}">`,
    `<h2>${index + 1}. ${escapeHtml(experiment.title)}${statusBadge(outcome)}</h2>`,
    `<p class="question"><strong>Question.</strong> ${inlineHtml(experiment.question)}</p>`,
    `<p class="meta"><span>experiment <code>${escapeHtml(experiment.name)}</code></span> <span>seed ${seed}</span> <span>uses ${uses}</span> <span>rerun: <code>${escapeHtml(rerunCommand(outcome))}</code></span></p>`,
    experimentResultHtml(outcome),
    '</section>',
  ].join('\n');
}

export function reportHtml(input: ReportInput): string {
  const { module } = input;
  const title = `Week ${module.number} — ${module.title}: lab report`;
  const contents = input.outcomes
    .map(
      (outcome, index) =>
        `<li>${index + 1}. <a href="#${anchorOf(outcome)}">${escapeHtml(outcome.experiment.title)}</a>${statusBadge(outcome)}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="question"><strong>The engineering question.</strong> ${inlineHtml(module.question)}</p>
<p class="meta"><span>module <code>${escapeHtml(module.id)}</code></span> <span>implementation <code>${escapeHtml(apiFile(module.id, input.implementation))}</code></span> <span>commit <code>${escapeHtml(input.commit)}</code></span></p>
</header>
<nav>
<h2>Contents</h2>
<ul>
<li><a href="#theory">Theory in brief</a></li>
${contents}
</ul>
</nav>
<section id="theory">
<h2>Theory in brief</h2>
${input.summary.html}
<p class="meta">${escapeHtml(input.summary.source)}</p>
</section>
${input.outcomes.map(experimentHtml).join('\n')}
<footer>
<p>Built by <code>${escapeHtml(input.command)}</code> from commit <code>${escapeHtml(input.commit)}</code>, on the ${input.implementation === 'solutions' ? 'reference solutions' : "learner's katas"}. Every experiment is seeded (seed shown beside it): rerunning writes the same figures and numbers.</p>
</footer>
</main>
</body>
</html>
`;
}
