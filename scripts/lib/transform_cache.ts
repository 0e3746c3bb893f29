/**
 * Vitest's transform cache on disk (experimental.fsModuleCache) gains an entry of about 25 kB for
 * every version of a file a learner saves, and Vitest never prunes it: past a bound it is emptied
 * as the config loads, and that run transforms everything again (about 0.3 s).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where Vitest keeps the cache by default, for a project rooted at `root`. */
export const transformCacheFolder = (root: string): string =>
  path.join(root, 'node_modules', '.experimental-vitest-cache');

/**
 * Empties `folder` when it holds more than `maxEntries` files (about 100 MB; a first
 * `npm run verify` writes about 700); true when it did.
 */
export function boundTransformCache(folder: string, maxEntries = 3000): boolean {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return false; // no cache yet
  }
  if (entries.length <= maxEntries) return false;
  // The files go, the folder stays: another Vitest process (a watch-mode UI) may be writing
  // into it, and a write into a missing folder fails where a missing entry is transformed again.
  for (const entry of entries) rmSync(path.join(folder, entry), { recursive: true, force: true });
  return true;
}
