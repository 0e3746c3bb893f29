/**
 * `npm run module -- close <module>`: the module passes its checks, its files are committed,
 * and then its manifest is written, committed on its own, and tagged `<module>/v<N>`
 * (annotated). From then on `npm run verify` fails, naming the file, if any of them changes.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Module } from '../../curriculum';
import type { CheckResult } from '../lib/checks';
import { git, gitSucceeds } from '../lib/git';
import { pristineRef } from '../lib/pristine';
import { count } from '../lib/terminal';
import {
  manifestFile,
  readAsCommitted,
  readManifest,
  sha256,
  writeManifest,
  currentContent,
} from './manifest';
import { moduleChecks } from './module_checks';
import { maxOf } from '../../helpers/validation';

export class CloseRefused extends Error {
  override name = 'CloseRefused';
}

/** The files that make a module, as manifest keys. */
export function moduleFileList(entry: Module): string[] {
  const theory = entry.theory.split('#')[0] ?? entry.theory;
  return [
    `curriculum.ts#${entry.id}`,
    theory,
    `katas/${entry.id}/index.ts`,
    `solutions/${entry.id}/index.ts`,
    ...entry.katas.flatMap((kata) => [kata.stub, kata.spec, kata.solution]),
  ];
}

/** `<module>/v<N>` tags already made, as numbers. */
export function taggedVersions(root: string, moduleId: string): number[] {
  return git(root, ['tag', '--list', `${moduleId}/v*`])
    .split('\n')
    .map((tag) => /\/v(\d+)$/.exec(tag.trim())?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
}

/** Refuses when a file that goes into the manifest is not exactly as committed. */
function checkCommitted(root: string, files: readonly string[]): void {
  const onDisk = files.filter((file) => !file.includes('#') && !readAsCommitted(file));
  const dirty = git(root, ['status', '--porcelain', '--', ...onDisk, 'curriculum.ts'])
    .split('\n')
    .filter((line) => line.trim() !== '');
  const uncommitted = files
    .filter(readAsCommitted)
    .filter((file) => !gitSucceeds(root, ['cat-file', '-e', `${pristineRef()}:${file}`]));
  if (dirty.length > 0 || uncommitted.length > 0) {
    throw new CloseRefused(
      `commit the module first; not as committed: ${[...dirty.map((l) => l.slice(3)), ...uncommitted].join(', ')}`,
    );
  }
}

export interface Closed {
  readonly version: number;
  readonly tag: string;
  readonly manifest: string;
  readonly commit: string;
  readonly checks: readonly CheckResult[];
}

/**
 * `checks` is the module's check run; a spec of what close does after its checks passes a
 * stand-in, so that it does not run the module's specs again (scripts/module/cli.spec.ts).
 */
export async function closeModule(
  root: string,
  entry: Module,
  checks: (root: string, entry: Module) => Promise<CheckResult[]> = moduleChecks,
): Promise<Closed> {
  const previous = readManifest(root, entry.id);
  if (previous?.status === 'closed') {
    throw new CloseRefused(
      `${entry.id} is closed already (v${previous.version}); reopen it to change it`,
    );
  }
  const files = moduleFileList(entry);
  checkCommitted(root, files);
  const results = await checks(root, entry);
  const failed = results.filter((check) => !check.ok);
  if (failed.length > 0) {
    const list = failed.map((check) => `  ✗ ${check.name}\n    ${check.detail ?? ''}`).join('\n');
    throw new CloseRefused(
      `${entry.id} fails ${failed.length} of its ${results.length} checks:\n${list}`,
    );
  }

  const version = maxOf([0, previous?.version ?? 0, ...taggedVersions(root, entry.id)]) + 1;
  const hashes: Record<string, string> = {};
  for (const file of files) hashes[file] = sha256(currentContent(root, file) ?? '');
  const manifest = writeManifest(root, {
    module: entry.id,
    version,
    status: 'closed',
    files: hashes,
  });
  const tag = `${entry.id}/v${version}`;
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
  const message = `${entry.id} v${version}: ${entry.title}, ${count(entry.katas.length, 'kata')}, closed`;
  try {
    git(root, ['tag', '-a', tag, '-m', message]);
  } catch (error) {
    throw new CloseRefused(
      `the manifest is committed but the tag failed (${(error as Error).message}); tag it: git tag -a ${tag} -m "${message}"`,
    );
  }
  return {
    version,
    tag,
    manifest: manifestFile(entry.id),
    commit: git(root, ['rev-parse', '--short', 'HEAD']).trim(),
    checks: results,
  };
}
