/**
 * `npm run lab`: the live notebooks (notebooks/) on your katas, served by Vite on 127.0.0.1 and
 * re-run when a kata or solution is saved; no browser is opened. `build [--out DIR]`: the static
 * site (default reports/site/, git-ignored), on the reference solutions, opening from disk.
 */
import path from 'node:path';
import { createServer } from 'vite';
import { parseArgs, runMain, UsageError } from './lib/cli_args';
import { buildSite, LAB_ROOT, labConfig } from './lab/vite';

const USAGE = 'usage: npm run lab [-- --port N]\n       npm run lab -- build [--out DIR]';
await runMain(
  'lab',
  async () => {
    const args = parseArgs(process.argv.slice(2), { flags: ['help'], options: ['out', 'port'] });
    const [verb, ...extra] = args.positional;
    if (extra.length > 0 || (verb !== undefined && verb !== 'build'))
      throw new UsageError(`unexpected argument ${extra[0] ?? verb}`);
    const port = args.options.get('port');
    if (port !== undefined && !/^\d{1,5}$/.test(port))
      throw new UsageError(`--port takes a port number, not ${port}`);
    // Each option belongs to one verb: given to the other, it would be silently ignored.
    if (verb === 'build' && port !== undefined) throw new UsageError('build takes no --port');
    if (verb === undefined && args.options.has('out'))
      throw new UsageError('--out goes with build: npm run lab -- build --out DIR');
    if (args.flags.has('help')) return console.log(USAGE);
    if (verb === 'build') {
      const out = path.resolve(args.options.get('out') ?? path.join(LAB_ROOT, 'reports', 'site'));
      await buildSite(out);
      console.log(`lab site written to ${path.relative(process.cwd(), out) || '.'}/index.html`);
      return;
    }
    const settings = labConfig('development');
    if (port !== undefined) settings.server!.port = Number(port);
    const server = await createServer(settings);
    await server.listen();
    server.printUrls();
    console.log(
      '  The notebooks run on your katas; save a kata and the page runs again. Ctrl-C stops.',
    );
  },
  { usage: USAGE },
);
