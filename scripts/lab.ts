/**
 * `npm run lab`: the live notebooks (notebooks/) on your katas, served by Vite on 127.0.0.1 and
 * re-run when a kata or solution is saved; no browser is opened. `build [--out DIR]`: the static
 * site (default reports/site/, git-ignored), on the reference solutions, opening from disk.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { buildSite, LAB_ROOT, labConfig } from './lab/vite';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: true,
});
const [verb, ...extra] = positionals;
if (extra.length > 0 || (verb !== undefined && verb !== 'build')) {
  console.error('usage: npm run lab [-- --port N]\n       npm run lab -- build [--out DIR]');
  process.exit(2);
}
if (verb === 'build') {
  const out = path.resolve(values.out ?? path.join(LAB_ROOT, 'reports', 'site'));
  await buildSite(out);
  console.log(`lab site written to ${path.relative(process.cwd(), out) || '.'}/index.html`);
} else {
  const settings = labConfig('development');
  if (values.port !== undefined) settings.server!.port = Number(values.port);
  const server = await createServer(settings);
  await server.listen();
  server.printUrls();
  console.log(
    '  The notebooks run on your katas; save a kata and the page runs again. Ctrl-C stops.',
  );
}
