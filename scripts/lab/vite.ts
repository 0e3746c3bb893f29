/**
 * The lab notebooks' Vite settings and the static site's build, for `npm run lab`
 * (scripts/lab.ts) and its browser check (notebooks/browser_check.ts).
 *
 * The site is the lab's public face for a closed module: the notebooks on the reference
 * solutions, the theory chapters, and each module's report. Its page carries its script
 * inline, so it opens from disk with no server and no network.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import { curriculum } from '../../curriculum';

export const LAB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Tells open pages that a kata or a solution was saved, so they run their experiments again. */
function sourceChanges(root: string): Plugin {
  const watched = [
    path.join(root, 'katas'),
    path.join(root, 'solutions'),
    path.join(root, 'helpers'),
  ];
  const isSource = (file: string) => watched.some((folder) => file.startsWith(folder + path.sep));
  return {
    name: 'lab-source-changes',
    configureServer(server) {
      server.watcher.add(watched);
    },
    handleHotUpdate({ file, server }) {
      if (!isSource(file)) return undefined;
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
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      chunkSizeWarningLimit: 8_000,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
}

/**
 * A page opened from disk (file://) may not load module scripts from other files, so the
 * built script goes inside the page.
 */
function inlineScripts(outDir: string): void {
  const page = path.join(outDir, 'index.html');
  let html = readFileSync(page, 'utf8');
  html = html.replace(
    /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/g,
    (_, file: string) => {
      const code = readFileSync(path.join(outDir, file), 'utf8').replace(
        /<\/script/gi,
        '<\\/script',
      );
      rmSync(path.join(outDir, file));
      return `<script type="module">${code}</script>`;
    },
  );
  writeFileSync(page, html);
  const assets = path.join(outDir, 'assets');
  if (readdirSync(assets).length === 0) rmSync(assets, { recursive: true });
}

export async function buildSite(outDir: string, root = LAB_ROOT): Promise<void> {
  await build(labConfig('site', root, outDir));
  inlineScripts(outDir);
  for (const module of curriculum) {
    const out = path.join(outDir, 'reports', module.id);
    mkdirSync(out, { recursive: true });
    const report = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(root, 'scripts', 'report.ts'),
        module.id,
        '--solutions',
        '--out',
        out,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
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
