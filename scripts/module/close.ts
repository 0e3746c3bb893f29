/**
 * `npm run module -- close <module>`: once the module passes its checks and its files are
 * committed, its manifest is written, committed alone and tagged `<module>/v<N>` (annotated).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Module } from '../../curriculum';
import { maxOf } from '../../helpers/validation';
import type { CheckResult } from '../lib/checks';
import { git, gitSucceeds } from '../lib/git';
import { pristineRef } from '../lib/pristine';
import { count } from '../lib/terminal';
import { currentContent, readAsCommitted, readManifest, sha256, writeManifest } from './manifest';
import { moduleChecks } from './module_checks';

export class CloseRefused extends Error {
  override name = 'CloseRefused';
}

/** Refuses when a file that goes into the manifest is not exactly as committed. */
function checkCommitted(root: string, files: readonly string[]): void {
  const onDisk = files.filter((file) => !file.includes('#') && !readAsCommitted(file));
  const dirty = git(root, ['status', '--porcelain', '--', ...onDisk, 'curriculum.ts'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.slice(3));
  const uncommitted = files
    .filter(readAsCommitted)
    .filter((file) => !gitSucceeds(root, ['cat-file', '-e', `${pristineRef()}:${file}`]));
  const both = [...dirty, ...uncommitted];
  if (both.length > 0) {
    throw new CloseRefused(`commit the module first; not as committed: ${both.join(', ')}`);
  }
}

/** `checks` is the module's check run, stood in for by scripts/module/cli.spec.ts after v1. */
export async function closeModule(
  root: string,
  entry: Module,
  checks: (root: string, entry: Module) => Promise<CheckResult[]> = moduleChecks,
) {
  const previous = readManifest(root, entry.id);
  if (previous?.status === 'closed') {
    throw new CloseRefused(
      `${entry.id} is closed already (v${previous.version}); reopen it to change it`,
    );
  }
  // The files that make the module, as manifest keys.
  const files = [
    `curriculum.ts#${entry.id}`,
    entry.theory.split('#')[0] ?? entry.theory,
    `katas/${entry.id}/index.ts`,
    `solutions/${entry.id}/index.ts`,
    ...entry.katas.flatMap((kata) => [kata.stub, kata.spec, kata.solution]),
  ];
  checkCommitted(root, files);
  const results = await checks(root, entry);
  const failed = results.filter((check) => !check.ok);
  if (failed.length > 0) {
    const list = failed.map((check) => `  ✗ ${check.name}\n    ${check.detail ?? ''}`).join('\n');
    throw new CloseRefused(
      `${entry.id} fails ${failed.length} of its ${results.length} checks:\n${list}`,
    );
  }
  const tagged = git(root, ['tag', '--list', `${entry.id}/v*`])
    .split('\n')
    .map((tag) => Number(/\/v(\d+)$/.exec(tag.trim())?.[1] ?? 0));
  const version = maxOf([0, previous?.version ?? 0, ...tagged]) + 1;
  const hashes = files.map((file) => [file, sha256(currentContent(root, file) ?? '')] as const);
  const manifest = writeManifest(root, {
    module: entry.id,
    version,
    status: 'closed',
    files: Object.fromEntries(hashes),
  });
  try {
    git(root, ['add', '--', manifest]);
    git(root, ['commit', '--quiet', '-m', `${entry.id}: close v${version}`, '--', manifest]);
  } catch (error) {
    // Leave things as they were, so that close can simply be run again.
    gitSucceeds(root, ['reset', '--quiet', '--', manifest]);
    if (previous === undefined) rmSync(path.join(root, manifest), { force: true });
    else writeManifest(root, previous);
    throw error;
  }
  const tag = `${entry.id}/v${version}`;
  const message = `${entry.id} v${version}: ${entry.title}, ${count(entry.katas.length, 'kata')}, closed`;
  try {
    git(root, ['tag', '-a', tag, '-m', message]);
  } catch (error) {
    throw new CloseRefused(
      `the manifest is committed but the tag failed (${(error as Error).message}); tag it: git tag -a ${tag} -m "${message}"`,
    );
  }
  const commit = git(root, ['rev-parse', '--short', 'HEAD']).trim();
  return { version, tag, manifest, commit, checks: results };
}
