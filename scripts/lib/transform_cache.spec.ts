import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundTransformCache, transformCacheFolder } from './transform_cache';

describe('boundTransformCache', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'lab-transform-cache-'));
  const folder = path.join(scratch, 'cache');
  const fill = (count: number): void => {
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < count; i += 1) writeFileSync(path.join(folder, `entry-${i}`), 'x');
  };
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('leaves a cache of at most maxEntries files alone', () => {
    fill(5);
    expect(boundTransformCache(folder, 5)).toBe(false);
    expect(existsSync(path.join(folder, 'entry-4'))).toBe(true);
  });

  it('empties a cache of more than maxEntries files', () => {
    fill(6);
    expect(boundTransformCache(folder, 5)).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('does nothing when there is no cache yet', () => {
    expect(boundTransformCache(folder, 5)).toBe(false);
  });

  it('names the folder Vitest uses by default', () => {
    expect(transformCacheFolder('/lab')).toBe(
      path.join('/lab', 'node_modules', '.experimental-vitest-cache'),
    );
  });
});
