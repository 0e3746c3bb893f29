/**
 * `close`: a module whose checks pass and whose files are committed gets its manifest, committed
 * alone and tagged `<module>/v<N>`. `reopen`: the manifest marked `reopened`, so files may change.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Module } from '../../curriculum';
import { maxOf } from '../../helpers/validation';
import { failure, pass, type CheckResult } from '../lib/checks';
import { checkCurriculum } from '../lib/curriculum_check';
import { git, gitSucceeds } from '../lib/git';
import { checkKataRed } from '../lib/kata_red';
import { pristineRef } from '../lib/pristine';
import { runSpecs } from '../lib/run_specs';
import { count } from '../lib/terminal';
import { currentContent, readAsCommitted, readManifest, sha256, writeManifest } from './manifest';

export class CloseRefused extends Error {
  override name = 'CloseRefused';
}

/** The checks a module must pass to be closed: its curriculum entries, specs green and red. */
async function moduleChecks(root: string, entry: Module): Promise<CheckResult[]> {
  if (entry.katas.length === 0)
    return [failure(`${entry.id} has katas`, 'the module lists no kata')];
  const folder = `katas/${entry.id}/`;
  const ids = entry.katas.map((kata) => `kata ${kata.id} `);
  const curriculum = (await checkCurriculum(root)).filter(
    ({ name }) => ids.some((id) => name.startsWith(id)) || name.includes(`/${entry.id}/`),
  );
  const run = await runSpecs(root, { projects: ['solutions', 'pristine'], filters: [folder] });
  const loaded = run.moduleErrors
    .filter((error) => error.project === 'solutions')
    .map((error) =>
      failure(`solutions ${error.file}`, error.errors[0]?.message ?? 'failed to load'),
    );
  const green = run.tests
    .filter((test) => test.project === 'solutions')
    .map(({ file, name, state, errors }) =>
      state === 'passed'
        ? pass(`solutions ${file} > ${name}`)
        : failure(`solutions ${file} > ${name}`, errors[0]?.message ?? state),
    );
  const red = checkKataRed(run).filter((result) => result.name.includes(folder));
  return [...curriculum, ...loaded, ...green, ...red];
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

export function reopenModule(root: string, moduleId: string) {
  const manifest = readManifest(root, moduleId);
  if (manifest === undefined)
    throw new CloseRefused(`${moduleId} is not closed: nothing to reopen`);
  if (manifest.status !== 'closed')
    throw new CloseRefused(`${moduleId} is reopened already (since v${manifest.version})`);
  const reopened = { ...manifest, status: 'reopened' as const };
  const file = writeManifest(root, reopened);
  // Committed: the closed-modules check accepts a reopened status only once committed.
  git(root, ['add', '--', file]);
  git(root, ['commit', '--quiet', '-m', `${moduleId}: reopen v${manifest.version}`, '--', file]);
  return reopened;
}
