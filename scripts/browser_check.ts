/**
 * `npm run test:browser`: opens every lab report under reports/<module>/index.html in
 * headless Chromium (the system's /usr/bin/chromium, driven by playwright-core; no browser
 * is ever downloaded) and checks what a reader would see: no console errors or page errors,
 * no request leaving the file system (the report must be self-contained), and every figure
 * drawn with a non-zero size. A full-page screenshot is saved beside each report
 * (reports/<module>/index.png). Ends with `browser: N passed, N failed`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ROOT } from './experiments/load';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium';

interface FigureSize {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

/** Evaluated in the page (a string: the lab's TypeScript has no DOM types). */
const FIGURE_SIZES = `[...document.querySelectorAll('figure svg')].map((element) => {
  const box = element.getBoundingClientRect();
  const figure = element.closest('figure');
  return { id: figure ? figure.id : '(no id)', width: box.width, height: box.height };
})`;

interface ReportCheck {
  readonly report: string;
  readonly problems: string[];
  readonly figures: number;
  readonly screenshot?: string;
}

function findReports(): string[] {
  const reports = path.join(ROOT, 'reports');
  if (!existsSync(reports)) return [];
  return readdirSync(reports, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(reports, entry.name, 'index.html'))
    .filter((file) => existsSync(file))
    .sort();
}

async function checkReport(context: BrowserContext, file: string): Promise<ReportCheck> {
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
    // A string, evaluated in the page: the lab's TypeScript has no DOM types.
    const sizes = await page.evaluate<FigureSize[]>(FIGURE_SIZES);
    for (const size of sizes) {
      if (!(size.width > 0 && size.height > 0)) {
        problems.push(`figure ${size.id} has size ${size.width}×${size.height}`);
      }
    }
    const screenshot = path.join(path.dirname(file), 'index.png');
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 60_000 });
    return { report: file, problems, figures: sizes.length, screenshot };
  } catch (error) {
    problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    return { report: file, problems, figures: 0 };
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const reports = findReports();
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
    offline: false,
  });
  // Anything but the file system is an external asset: refuse it, and count it as a problem.
  const external: string[] = [];
  await context.route(
    (url) => url.protocol !== 'file:' && url.protocol !== 'data:' && url.protocol !== 'about:',
    async (route) => {
      external.push(route.request().url());
      await route.abort();
    },
  );
  let passed = 0;
  let failed = 0;
  try {
    for (const report of reports) {
      const before = external.length;
      const result = await checkReport(context, report);
      result.problems.push(
        ...external.slice(before).map((url) => `external request (not self-contained): ${url}`),
      );
      const name = path.relative(ROOT, report);
      if (result.problems.length === 0) {
        passed += 1;
        console.log(
          `✓ ${name}: ${result.figures} figures, screenshot ${path.relative(ROOT, result.screenshot ?? '')}`,
        );
      } else {
        failed += 1;
        console.log(`✗ ${name}:\n${result.problems.map((p) => `    ${p}`).join('\n')}`);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
