/** The lab notebooks' Vite settings and the static site's build (`npm run lab`, browser_check). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig, type Manifest, type Plugin } from 'vite';
import { curriculum } from '../../curriculum';
import { labRoot as LAB_ROOT } from '../lib/command';
export { LAB_ROOT };

/** Tells open pages that a kata or a solution was saved, so they run their experiments again. */
function sourceChanges(root: string): Plugin {
  const watched = ['katas', 'solutions', 'helpers'].map((folder) => path.join(root, folder));
  return {
    name: 'lab-source-changes',
    configureServer(server) {
      server.watcher.add(watched);
    },
    handleHotUpdate({ file, server }) {
      if (!watched.some((folder) => file.startsWith(folder + path.sep))) return undefined;
      // The experiments run in workers, which import these files afresh on each restart.
      server.ws.send({ type: 'custom', event: 'lab:source-changed', data: { file } });
      return [];
    },
  };
}

/** Vite's settings for the notebooks of the lab at `root` (a scratch copy in the browser check). */
export function labConfig(
  mode: 'development' | 'site',
  root = LAB_ROOT,
  outDir?: string,
): InlineConfig {
  return {
    configFile: false,
    root: path.join(root, 'notebooks'),
    cacheDir: path.join(root, '.lab', 'vite'),
    mode,
    base: './',
    logLevel: mode === 'site' ? 'error' : 'info',
    server: { host: '127.0.0.1', port: 5178, fs: { allow: [root] } },
    plugins: mode === 'site' ? [] : [sourceChanges(root)],
    worker: { format: 'iife' },
    build: {
      outDir,
      emptyOutDir: true,
      manifest: mode === 'site',
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      chunkSizeWarningLimit: 8_000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
}

/** An empty script element, and one attribute of a start tag ("double", 'single' or bare value). */
const SCRIPT = /<script\b[^>]*>\s*<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * A page opened from disk (file://) may not load module scripts from other files, so the built
 * script goes inside the page: the script element whose `src` resolves to the entry in Vite's
 * manifest is replaced, whatever its attributes and their order.
 */
function inlineScripts(outDir: string): void {
  const manifestFile = path.join(outDir, '.vite', 'manifest.json');
  const entry = (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)['index.html'];
  if (entry?.isEntry !== true) throw new Error(`no entry for index.html in ${manifestFile}`);
  if ((entry.css ?? []).length > 0) throw new Error('the lab page has CSS files to inline too');
  const page = path.join(outDir, 'index.html');
  const target = pathToFileURL(path.join(outDir, entry.file)).href;
  let inlined = 0;
  const html = readFileSync(page, 'utf8').replace(SCRIPT, (element) => {
    const startTag = element.slice(0, element.indexOf('>') + 1).replace(/^<\w+|\/?>$/g, '');
    const src = [...startTag.matchAll(ATTRIBUTE)]
      .filter((match) => match[1]?.toLowerCase() === 'src')
      .map((match) => match[2] ?? match[3] ?? match[4] ?? '')
      .at(-1);
    if (src === undefined || new URL(src, pathToFileURL(page)).href !== target) return element;
    inlined += 1;
    const code = readFileSync(path.join(outDir, entry.file), 'utf8');
    return `<script type="module">${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  });
  if (inlined !== 1)
    throw new Error(`expected one <script src="${entry.file}"> in ${page}, found ${inlined}`);
  writeFileSync(page, html);
  rmSync(path.join(outDir, entry.file));
  rmSync(path.join(outDir, '.vite'), { recursive: true });
  const assets = path.join(outDir, 'assets');
  if (existsSync(assets) && readdirSync(assets).length === 0) rmSync(assets, { recursive: true });
}

/** The notebooks on the reference solutions, the theory chapters and each module's report. */
export async function buildSite(outDir: string): Promise<void> {
  await build(labConfig('site', LAB_ROOT, outDir));
  inlineScripts(outDir);
  const script = path.join(LAB_ROOT, 'scripts', 'report.ts');
  for (const module of curriculum) {
    const out = path.join(outDir, 'reports', module.id);
    const report = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, module.id, '--solutions', '--out', out],
      { cwd: LAB_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (report.status !== 0) throw new Error(`the report of ${module.id} failed`);
    // The report links the theory chapter's Markdown; in the site, the chapter is a page.
    const page = path.join(out, 'index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace(
        /href="\.\.\/\.\.\/theory\/(week_\w+)\.md(#[^"]*)?"/g,
        (_, chapter: string, anchor?: string) =>
          `href="../../index.html?theory=${chapter}${anchor ?? ''}"`,
      ),
    );
  }
}
