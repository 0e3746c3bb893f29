/**
 * `npm run lab`: the live lab notebooks (notebooks/), served by Vite on 127.0.0.1 only. Each
 * module's page runs its experiments on your katas (or, with a switch, on the reference
 * solutions) and runs them again when an input changes or a file in katas/ or solutions/ is
 * saved. No browser is opened: the address is printed.
 *
 * `npm run lab -- build [--out DIR]`: the static site, the lab's public face for a closed
 * module: the notebooks on the reference solutions, the theory chapters, and each module's
 * report. One HTML file per page with everything inlined, so it opens from disk with no
 * server and no network (default reports/site/, git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, createServer, type InlineConfig, type Plugin } from 'vite';
import { curriculum } from '../curriculum';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const notebooks = path.join(root, 'notebooks');

/** Tells open pages that a kata or a solution was saved, so they run their experiments again. */
function sourceChanges(): Plugin {
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

function config(mode: 'development' | 'site', outDir?: string): InlineConfig {
  return {
    configFile: false,
    root: notebooks,
    mode,
    base: './',
    logLevel: mode === 'site' ? 'warn' : 'info',
    server: { host: '127.0.0.1', port: 5178, fs: { allow: [root] } },
    plugins: mode === 'site' ? [] : [sourceChanges()],
    worker: { format: 'iife' },
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      chunkSizeWarningLimit: 8_000,
      rolldownOptions: { output: { inlineDynamicImports: true } },
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

async function buildSite(outDir: string): Promise<void> {
  await build(config('site', outDir));
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
  }
  console.log(`lab site written to ${path.relative(process.cwd(), outDir) || '.'}/index.html`);
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { out: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: true,
  });
  const [verb, ...extra] = positionals;
  if (extra.length > 0 || (verb !== undefined && verb !== 'build')) {
    console.error('usage: npm run lab [-- --port N]\n       npm run lab -- build [--out DIR]');
    return 2;
  }
  if (verb === 'build') {
    await buildSite(path.resolve(values.out ?? path.join(root, 'reports', 'site')));
    return 0;
  }
  const settings = config('development');
  if (values.port !== undefined)
    settings.server = { ...settings.server, port: Number(values.port) };
  const server = await createServer(settings);
  await server.listen();
  server.printUrls();
  console.log(
    '  The notebooks run on your katas; save a kata and the page runs again. Ctrl-C stops.',
  );
  return 0;
}

const code = await main(process.argv.slice(2));
if (code !== 0) process.exit(code);
