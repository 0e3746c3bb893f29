/** `npm run ui [-- <filter>…]`: the Vitest UI on the `katas` project, filtered as `npm test`. */
import { curriculum } from '../curriculum';
import { WATCH_HUNG } from './kata/commands';
import { resolveKata } from './kata/resolve_kata';
import { labRoot as root } from './lib/command';
import { runVitestInForeground } from './lib/run_specs';

/** A kata's name becomes its spec path; anything else (a flag, a path substring) is unchanged. */
function kataFilter(arg: string): string {
  try {
    return arg.startsWith('-') ? arg : resolveKata(curriculum, arg).spec;
  } catch {
    return arg;
  }
}

/** A browser is opened only on a display: macOS and Windows always have one; X11 or Wayland. */
const hasDisplay =
  ['darwin', 'win32'].includes(process.platform) ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay)
  console.log('no display: open http://127.0.0.1:51204/__vitest__/ in a browser yourself');
const args = ['--ui', '--watch', '--project', 'katas', '--api.host', '127.0.0.1'];
// A spec that never finishes would leave the UI spinning; the watch reporter, with no kata to
// follow, is its hang watchdog: Vitest ends with the hang message and WATCH_HUNG.
const reporters = ['--reporter=default', '--reporter=./scripts/kata/watch_reporter.ts'];
const filters = process.argv.slice(2).map(kataFilter);
const code = await runVitestInForeground(root, [
  ...args,
  ...reporters,
  `--open=${hasDisplay}`,
  ...filters,
]);
if (code === WATCH_HUNG) console.log('the UI stopped: end the loop in that stub, then npm run ui');
process.exitCode = code === 130 ? 0 : code === WATCH_HUNG ? 1 : code;
