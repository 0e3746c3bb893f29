/**
 * The `katas` project (and verify's solutions, decoys and alternatives) keeps Vitest's transformed files on disk (experimental.fsModuleCache), one
 * file per version of each source file. Vitest never prunes it, and every edit a learner saves
 * adds an entry of about 25 kB, so over a course it would only grow. Past a bound it is emptied
 * when the config loads, before the run starts; that run transforms everything again (about
 * 0.3 s) and refills it.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where Vitest keeps the cache by default, for a project rooted at `root`. */
export const transformCacheFolder = (root: string): string =>
  path.join(root, 'node_modules', '.experimental-vitest-cache');

/**
 * About 100 MB at 25–40 kB an entry; one module's first run writes under 100, a first
 * `npm run verify` about 700 (its solutions, decoys and alternatives projects).
 */
export const TRANSFORM_CACHE_MAX_ENTRIES = 3000;

/** Empties `folder` when it holds more than `maxEntries` files; true when it did. */
export function boundTransformCache(
  folder: string,
  maxEntries = TRANSFORM_CACHE_MAX_ENTRIES,
): boolean {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return false; // no cache yet
  }
  if (entries.length <= maxEntries) return false;
  // The files go, the folder stays: another Vitest process (a watch-mode UI, say) may be
  // writing into it, and a write into a missing folder fails where a missing entry is only
  // transformed again.
  for (const entry of entries) rmSync(path.join(folder, entry), { recursive: true, force: true });
  return true;
}
