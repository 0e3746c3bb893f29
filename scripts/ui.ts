/**
 * `npm run ui [-- <filter>…]`: the Vitest UI on the learner's specs (the `katas` project), at
 * http://127.0.0.1:51204/__vitest__/. Filters are those of `npm test` (a module `week_01`, a
 * kata `01.03`). A browser is opened only where there is a display to open it on.
 */
import { kataFilter } from './lib/kata_filter';
import { runVitestInForeground } from './lib/run_specs';
import { labRoot as root } from './lib/command';

/** macOS and Windows always have one; elsewhere an X11 or Wayland display must be set. */
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY) ||
  Boolean(process.env.WAYLAND_DISPLAY);

if (!hasDisplay)
  console.log('no display: open http://127.0.0.1:51204/__vitest__/ in a browser yourself');
const code = await runVitestInForeground(root, [
  '--ui',
  '--watch',
  '--project',
  'katas',
  '--api.host',
  '127.0.0.1',
  `--open=${String(hasDisplay)}`,
  ...process.argv.slice(2).map(kataFilter),
]);
process.exitCode = code === 130 ? 0 : code;
