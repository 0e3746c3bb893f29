/**
 * `npm run test:browser`: opens every reports/<module>/index.html in the system's headless
 * Chromium (playwright-core; no browser is downloaded) and checks what a reader sees: no console
 * or page errors, no request leaving the file system (a report is self-contained), every figure
 * drawn with a non-zero size. Saves a full-page screenshot beside each report (index.png).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { onlyFlags, runMain } from './lib/cli_args';
import { labRoot } from './lib/command';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium';

/** Evaluated in the page (a string: the lab's TypeScript has no DOM types). */
const FIGURE_SIZES = `[...document.querySelectorAll('figure svg')].map((element) => {
  const box = element.getBoundingClientRect();
  const figure = element.closest('figure');
  return { id: figure ? figure.id : '(no id)', width: box.width, height: box.height };
})`;

/** The problems a reader would meet in the report, and how many figures it draws. */
async function checkReport(context: BrowserContext, file: string) {
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith('file:')) {
      problems.push(`failed to load ${request.url()}: ${request.failure()?.errorText ?? ''}`);
    }
  });
  try {
    await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 30_000 });
    const sizes =
      await page.evaluate<{ id: string; width: number; height: number }[]>(FIGURE_SIZES);
    for (const { id, width, height } of sizes) {
      if (!(width > 0 && height > 0)) problems.push(`figure ${id} has size ${width}×${height}`);
    }
    const screenshot = path.join(path.dirname(file), 'index.png');
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 60_000 });
    return { problems, figures: sizes.length, screenshot };
  } catch (error) {
    problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    return { problems, figures: 0, screenshot: '' };
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const folder = path.join(labRoot, 'reports');
  const reports = existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(folder, entry.name, 'index.html'))
        .filter((file) => existsSync(file))
        .sort()
    : [];
  if (reports.length === 0) {
    console.log(
      'browser: 0 passed, 0 failed (no reports/*/index.html: build one with npm run report -- <module>)',
    );
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(
      `browser: ${CHROMIUM} is missing; install the Debian package: apt-get install -y chromium`,
    );
    return 1;
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // Anything but the file system is an external asset: refuse it, and count it as a problem.
  const external: string[] = [];
  await context.route(
    (url) => !['file:', 'data:', 'about:'].includes(url.protocol),
    async (route) => {
      external.push(route.request().url());
      await route.abort();
    },
  );
  let failed = 0;
  try {
    for (const report of reports) {
      const before = external.length;
      const { problems, figures, screenshot } = await checkReport(context, report);
      for (const url of external.slice(before)) {
        problems.push(`external request (not self-contained): ${url}`);
      }
      const name = path.relative(labRoot, report);
      if (problems.length > 0) failed += 1;
      console.log(
        problems.length === 0
          ? `✓ ${name}: ${figures} figures, screenshot ${path.relative(labRoot, screenshot)}`
          : `✗ ${name}:\n${problems.map((p) => `    ${p}`).join('\n')}`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`browser: ${reports.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

await runMain('test:browser', () => {
  onlyFlags(process.argv.slice(2));
  return main();
});
