/**
 * `npm run test:lab`: the lab notebooks in a real browser (Debian's /usr/bin/chromium driven
 * by playwright-core; no browser is downloaded).
 *
 * 1. Live notebooks (`npm run lab`, on the reference solutions): every notebook opens with no
 *    console error; in every section each input (the seed and each parameter: integer, real or
 *    choice) is changed in turn, and the section must run again with different numbers or
 *    figures (a new seed: both). Each kind of input must, at least once per notebook, change
 *    both the numbers and the figure. The time from the change to the new result on the page
 *    is measured; the median per notebook is printed against the 500 ms target.
 * 2. A saved file re-renders: in a scratch copy of the lab, kata 01.01's stub makes the
 *    baselines section wait for that kata; writing the solution into the kata file makes it
 *    complete, and editing a helper it uses (the figures' palette, helpers/plotting/theme.ts)
 *    changes its figure, with no reload.
 * 3. The static site (`npm run lab -- build`) opens from disk: every notebook runs, every
 *    theory chapter and report opens with no console error, and every link resolves.
 *
 * Screenshots go to reports/lab/ (git-ignored); `--screenshot` also writes the README's
 * docs/lab_notebook.png. Ends with `lab: N passed, N failed`.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median } from 'simple-statistics';
import { createServer, type ViteDevServer } from 'vite';
import { curriculum } from '../curriculum';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { onlyFlags, runMain } from '../scripts/lib/cli_args';
import { buildSite, LAB_ROOT, labConfig } from '../scripts/lab/vite';

const TARGET_MS = 500;
const RUN_TIMEOUT_MS = 120_000;
const modules = curriculum.filter((module) =>
  existsSync(path.join(LAB_ROOT, 'experiments', module.id, 'index.ts')),
);

interface Check {
  readonly name: string;
  readonly problems: string[];
  readonly figures?: string;
  /** The kinds of input a live notebook changed. */
  readonly kinds?: readonly Kind[];
}

/** Collects console errors and page errors of a page, for the check that opened it. */
function watchErrors(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** Waits until every section of the notebook has shown a result. */
async function sectionsDone(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const sections = [...document.querySelectorAll('main > section')] as HTMLElement[];
      return sections.length > 0 && sections.every((section) => section.dataset.status);
    },
    null,
    { timeout: RUN_TIMEOUT_MS },
  );
  return page.$$eval('main > section', (sections) =>
    sections.map((section) => `${section.id}:${(section as HTMLElement).dataset.status ?? ''}`),
  );
}

type Kind = 'integer' | 'real' | 'choice';
const KINDS: readonly Kind[] = ['integer', 'real', 'choice'];

interface Change {
  readonly section: string;
  readonly input: string;
  readonly kind: Kind;
  readonly renderMs: number;
  /** Both the numbers (the tables) and the figures changed. */
  readonly both: boolean;
  readonly problem?: string;
}

/** Changes one input of one section and waits for the section's next result. */
async function changeInput(
  page: Page,
  section: string,
  input: string,
  kind: Kind,
): Promise<Change> {
  const before = await page.$eval(`#${section}`, (element) => ({
    runs: (element as HTMLElement).dataset.runs ?? '',
    numbers: [...element.querySelectorAll('.result table')].map((t) => t.textContent).join('|'),
    figure: [...element.querySelectorAll('.result svg')].map((svg) => svg.outerHTML).join('|'),
  }));
  if (kind === 'choice') {
    // The next name in the list (the first after the last), chosen as a reader would.
    const select = page.locator(`#${section} select[name="${input}"]`);
    const options = await select.locator('option').allTextContents();
    const now = await select.inputValue();
    await select.selectOption(options[(options.indexOf(now) + 1) % options.length] ?? now);
  } else {
    // A valid different value: one step up, or one step down at the top of the range.
    await page.$eval(`#${section} input[type=number][name="${input}"]`, (element) => {
      const box = element as HTMLInputElement;
      const step = Number(box.step);
      const up = Number(box.value) + step;
      box.value = String(up <= Number(box.max) ? up : Number(box.value) - step);
      box.dispatchEvent(new Event('input'));
    });
  }
  await page.waitForFunction(
    ([id, runs]) => (document.getElementById(id ?? '') as HTMLElement).dataset.runs !== runs,
    [section, before.runs],
    { timeout: RUN_TIMEOUT_MS },
  );
  const after = await page.$eval(`#${section}`, (element) => ({
    status: (element as HTMLElement).dataset.status ?? '',
    renderMs: Number((element as HTMLElement).dataset.renderMs),
    numbers: [...element.querySelectorAll('.result table')].map((t) => t.textContent).join('|'),
    figure: [...element.querySelectorAll('.result svg')].map((svg) => svg.outerHTML).join('|'),
  }));
  const where = `${section} after changing ${input}`;
  let problem: string | undefined;
  if (after.status !== 'completed') problem = `${where}: status ${after.status}`;
  else if (after.numbers === before.numbers && after.figure === before.figure)
    problem = `${where}: neither the numbers nor the figure changed`;
  // A parameter may move a table only (a replicate count behind a rate); the seed moves both.
  else if (input === 'seed' && (after.numbers === before.numbers || after.figure === before.figure))
    problem = `${where}: a new seed must change both the numbers and the figure`;
  const both = after.numbers !== before.numbers && after.figure !== before.figure;
  return { section, input, kind, renderMs: after.renderMs, both, problem };
}

/** `screenshot`: also write the README's picture, from the last module's notebook. */
async function checkLiveNotebook(
  browser: Browser,
  base: string,
  moduleId: string,
  screenshot: boolean,
) {
  const check: Check = { name: `notebook ${moduleId} (live, solutions)`, problems: [] };
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  watchErrors(page, check.problems);
  await page.goto(`${base}?module=${moduleId}&impl=solutions`);
  const statuses = await sectionsDone(page);
  for (const status of statuses)
    if (!status.endsWith(':completed')) check.problems.push(`first run ${status}`);
  const changes: Change[] = [];
  const sections = await page.$$eval('main > section', (all) => all.map((s) => s.id));
  for (const section of sections) {
    const inputs = await page.$$eval(
      `#${section} label.input :is(input[type=number], select)`,
      (all) =>
        all.map((input) => ({
          name: (input as HTMLInputElement).name,
          kind: (input.closest('label') as HTMLElement).dataset.kind as Kind,
        })),
    );
    for (const { name, kind } of inputs) changes.push(await changeInput(page, section, name, kind));
  }
  for (const change of changes) if (change.problem) check.problems.push(change.problem);
  const kinds = KINDS.map((kind) => {
    const ofKind = changes.filter((change) => change.kind === kind);
    const both = ofKind.filter((change) => change.both);
    if (ofKind.length > 0 && both.length === 0)
      check.problems.push(`no ${kind} input changed both the numbers and the figure`);
    return `${kind} ${both.length}/${ofKind.length}`;
  });
  mkdirSync(path.join(LAB_ROOT, 'reports', 'lab'), { recursive: true });
  await page.screenshot({ path: path.join(LAB_ROOT, 'reports', 'lab', `${moduleId}.png`) });
  if (screenshot && moduleId === modules.at(-1)?.id) {
    // The README's picture: the first section's inputs, verdicts and first figure.
    const box = await page.locator('main > section').first().boundingBox();
    if (box !== null) {
      await page.screenshot({
        path: path.join(LAB_ROOT, 'docs', 'lab_notebook.png'),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 820) },
      });
    }
  }
  await page.close();
  const times = changes.map((change) => change.renderMs);
  const middle = median(times);
  // Printed, not failed: on a shared machine the times measure its load as much as the lab.
  const figures = `${moduleId}: median re-render ${middle.toFixed(0)} ms over ${times.length} input changes (max ${Math.max(0, ...times).toFixed(0)} ms; target ${TARGET_MS} ms${middle <= TARGET_MS ? ', met' : ', NOT met'}); inputs that changed numbers and figure, by kind: ${kinds.join(', ')}`;
  return { ...check, figures, kinds: changes.map((change) => change.kind) };
}

/** A copy of the lab's sources in the temp folder, sharing node_modules, for the kata-save check. */
function scratchCopy(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'lab-notebook-'));
  for (const entry of [
    'curriculum.ts',
    'package.json',
    'tsconfig.json',
    'katas',
    'solutions',
    'helpers',
    'experiments',
    'scripts',
    'notebooks',
    'theory',
  ])
    cpSync(path.join(LAB_ROOT, entry), path.join(folder, entry), { recursive: true });
  symlinkSync(path.join(LAB_ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return folder;
}

async function checkKataSave(browser: Browser): Promise<Check> {
  const check: Check = {
    name: 'notebook follows a saved kata and a saved helper (scratch copy)',
    problems: [],
  };
  const moduleId = curriculum[0]?.id ?? '';
  const kata = curriculum[0]?.katas[0];
  if (kata === undefined) return { ...check, problems: ['no kata'] };
  const folder = scratchCopy();
  let server: ViteDevServer | undefined;
  try {
    const stub = execFileSync('git', ['show', `HEAD:${kata.stub}`], { cwd: LAB_ROOT });
    writeFileSync(path.join(folder, kata.stub), stub);
    server = await createServer({ ...labConfig('development', folder), logLevel: 'silent' });
    await server.listen(0);
    const base = server.resolvedUrls?.local[0] ?? '';
    const page = await browser.newPage();
    watchErrors(page, check.problems);
    await page.goto(`${base}?module=${moduleId}`);
    await sectionsDone(page);
    const section = 'experiment-baselines';
    const waiting = await page.$eval(`#${section}`, (e) => [
      (e as HTMLElement).dataset.status,
      e.querySelector('.notice')?.textContent ?? '',
    ]);
    if (waiting[0] !== 'needs-kata' || !waiting[1]?.includes(kata.id))
      check.problems.push(
        `on the stub, ${section} should wait for kata ${kata.id}: ${waiting.join(' ')}`,
      );
    writeFileSync(path.join(folder, kata.stub), readFileSync(path.join(LAB_ROOT, kata.solution)));
    await page.waitForFunction(
      (id) => (document.getElementById(id) as HTMLElement).dataset.status === 'completed',
      section,
      { timeout: RUN_TIMEOUT_MS },
    );
    // A helper the experiment uses: the figures' palette. Its first colour moves by one unit.
    const theme = path.join(folder, 'helpers', 'plotting', 'theme.ts');
    const [from, to] = ['#4c78a8', '#4c78a9'];
    const source = readFileSync(theme, 'utf8');
    if (!source.includes(`'${from}'`)) check.problems.push(`${theme} no longer holds ${from}`);
    writeFileSync(theme, source.replace(`'${from}'`, `'${to}'`));
    await page.waitForFunction(
      ([id, colour]) =>
        document
          .getElementById(id ?? '')
          ?.querySelector('.result svg')
          ?.outerHTML.includes(colour ?? '') === true,
      [section, to],
      { timeout: RUN_TIMEOUT_MS },
    );
    await page.close();
  } catch (error) {
    check.problems.push(
      error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    );
  } finally {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return check;
}

/** Every page of the static site opens from disk without errors, and every link resolves. */
async function checkSite(browser: Browser): Promise<Check> {
  const check: Check = { name: 'static site from disk (npm run lab -- build)', problems: [] };
  const site = mkdtempSync(path.join(os.tmpdir(), 'lab-site-'));
  try {
    await buildSite(site);
    const index = pathToFileURL(path.join(site, 'index.html')).href;
    const pages = [
      ...modules.map((module) => `${index}?module=${module.id}`),
      ...curriculum.map((module) => `${index}?theory=${module.id}`),
      ...modules.map(
        (module) => pathToFileURL(path.join(site, 'reports', module.id, 'index.html')).href,
      ),
    ];
    let links = 0;
    for (const url of pages) {
      const page = await browser.newPage();
      const problems: string[] = [];
      watchErrors(page, problems);
      page.on('request', (request) => {
        const target = request.url();
        if (!/^(file|data|blob|about):/.test(target)) problems.push(`network request ${target}`);
      });
      await page.goto(url);
      if (url.includes('?module=')) await sectionsDone(page);
      const hrefs = await page.$$eval('a[href]', (anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
      );
      for (const href of new Set(hrefs)) {
        if (/^(https?|mailto):/.test(href)) continue;
        links += 1;
        const target = new URL(href);
        const file = decodeURIComponent(target.pathname);
        if (!existsSync(file)) {
          problems.push(`broken link ${href}`);
          continue;
        }
        if (target.hash.length > 1) {
          const probe = await browser.newPage();
          await probe.goto(href);
          const found = await probe.evaluate(
            (id) => document.getElementById(id) !== null,
            decodeURIComponent(target.hash.slice(1)),
          );
          await probe.close();
          if (!found) problems.push(`link to a missing anchor ${href}`);
        }
      }
      check.problems.push(
        ...problems.map((problem) => `${url.replace(`file://${site}`, 'site')}: ${problem}`),
      );
      await page.close();
    }
    return { ...check, figures: `site: ${pages.length} pages, ${links} links checked` };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

async function main(screenshot: boolean): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const server = await createServer({ ...labConfig('development'), logLevel: 'silent' });
  const checks: Check[] = [];
  try {
    await server.listen(0);
    const base = server.resolvedUrls?.local[0] ?? '';
    for (const module of modules)
      checks.push(await checkLiveNotebook(browser, base, module.id, screenshot));
    checks.push(await checkKataSave(browser));
    checks.push(await checkSite(browser));
  } finally {
    await server.close();
    await browser.close();
  }
  const changed = new Set(checks.flatMap((check) => check.kinds ?? []));
  const unchanged = KINDS.filter((kind) => !changed.has(kind));
  if (unchanged.length > 0)
    checks.push({
      name: 'every kind of input is changed',
      problems: [`none of kind ${unchanged.join(', ')}`],
    });
  for (const check of checks) {
    const mark = check.problems.length === 0 ? '✓' : '✗';
    console.log(`${mark} ${check.name}${check.figures ? `\n    ${check.figures}` : ''}`);
    for (const problem of check.problems) console.log(`    ${problem}`);
  }
  const failed = checks.filter((check) => check.problems.length > 0).length;
  console.log(`lab: ${checks.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

await runMain('test:lab', () =>
  main(onlyFlags(process.argv.slice(2), ['screenshot']).has('screenshot')),
);
