import { describe, expect, it } from 'vitest';
import { findModule, type Module } from '../../curriculum';
import { check, type AnyExperiment } from '../../experiments/experiment';
import type { Outcome } from '../experiments/outcome';
import { reportHtml } from './html';

const module = findModule('week_01_linear_regression') as Module;
const experiment: AnyExperiment = {
  name: 'demo',
  title: 'A demo <experiment>',
  question: 'Does the report show everything?',
  seed: 3,
  uses: [],
  expectedConclusions: ['it does'],
  run: () => ({ tables: [], figures: [], numbers: {}, conclusions: [] }),
};
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><clipPath id="figure-1"><rect width="5" height="5"/></clipPath></defs><g clip-path="url(#figure-1)"/></svg>\n';
const completed: Outcome = {
  status: 'completed',
  module: module.id,
  experiment,
  seed: 3,
  values: {},
  implementation: 'solutions',
  elapsedMs: 1,
  allHold: false,
  svgs: new Map([['plot', svg]]),
  result: {
    tables: [{ title: 'Numbers', columns: ['name', 'value'], rows: [['pi', Math.PI]] }],
    figures: [{ id: 'plot', caption: 'A *small* figure.', spec: {} }],
    numbers: {},
    conclusions: [check('it does', false, 'because 1 < 2')],
    notes: ['a note'],
  },
};
const waiting: Outcome = {
  status: 'needs-kata',
  module: module.id,
  experiment: { ...experiment, name: 'later' },
  seed: 3,
  values: {},
  implementation: 'katas',
  elapsedMs: 1,
  message: 'experiment later needs kata 01.06 — finish it first',
};

const html = reportHtml({
  module,
  implementation: 'solutions',
  commit: 'abc1234',
  summary: { html: '<p>Summary.</p>', source: 'From a test.' },
  outcomes: [completed, waiting],
  command: 'npm run report -- week_01 --solutions',
});

describe('lab report html', () => {
  it("states the module's question, the commit and the implementation", () => {
    expect(html).toContain(module.question);
    expect(html).toContain('<code>abc1234</code>');
    expect(html).toContain('solutions/week_01_linear_regression/index.ts');
  });

  it('shows each experiment with its question, seed, checked conclusions, figures and tables', () => {
    expect(html).toContain('A demo &lt;experiment&gt;');
    expect(html).toContain('Does the report show everything?');
    expect(html).toContain('seed 3');
    expect(html).toMatch(/class="bad"><span class="verdict">✗ DOES NOT HOLD<\/span>it does/);
    expect(html).toContain('<figcaption>A <em>small</em> figure.</figcaption>');
    expect(html).toContain('<td>3.142</td>');
    expect(html).toContain('a note');
  });

  it('gives each inline SVG its own ids, so figures on one page do not share clip paths', () => {
    expect(html).toContain('id="demo-plot-1"');
    expect(html).toContain('url(#demo-plot-1)');
    expect(html).not.toContain('id="figure-1"');
  });

  it('lists the expected conclusions and the reason when an experiment could not run', () => {
    expect(html).toContain('Expected conclusions (not checked)');
    expect(html).toContain('experiment later needs kata 01.06');
  });

  it('is self-contained: no scripts, no external stylesheets, images or fonts', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|src=/i);
    expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
  });
});
