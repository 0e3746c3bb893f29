/**
 * The closed-modules check: a closed module's files on disk (its stubs as committed) and what
 * it depends on are as at its latest tag `<module>/v<N>`, unless a commit reopened its manifest;
 * one without a tag still hashes to what its manifest (manifests/<module>.json) recorded.
 */
import {
  currentContent,
  readAsCommitted,
  readManifests,
  sha256,
  type Manifest,
} from '../module/manifest';
import { moduleEntry } from '../module/curriculum_source';
import { failure, pass, type CheckResult } from './checks';
import { git, gitSucceeds, tryGit } from './git';
import { resolvePristineRef } from './pristine';

function checkManifest(file: string, manifest: Manifest, root: string): CheckResult[] {
  const label = `closed ${manifest.module} v${manifest.version}`;
  const reopen = `reopen it first to change it: npm run module -- reopen ${manifest.module}`;
  const noHistory = resolvePristineRef(root) === undefined;
  return Object.entries(manifest.files).map(([path, hash]) => {
    // Without history there is no committed stub: the working copy is the learner's, not tampering.
    if (noHistory && readAsCommitted(path))
      return pass(`${label}: ${path} (not compared: no git history, so no committed stub)`);
    const content = currentContent(root, path);
    if (content === undefined) return failure(`${label}: ${path}`, `${path} is missing; ${reopen}`);
    return sha256(content) === hash
      ? pass(`${label}: ${path}`)
      : failure(`${label}: ${path}`, `${path} differs from ${file}; ${reopen}`);
  });
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** The latest `<module>/v<N>` tag of each module. */
function latestTags(root: string): Map<string, string> {
  const latest = new Map<string, string>();
  if (!gitSucceeds(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])) return latest;
  const version = (tag = ''): number => Number(/\/v(\d+)$/.exec(tag)?.[1] ?? -1);
  for (const tag of lines(git(root, ['tag', '--list', '*/v*'])).map((line) => line.trim())) {
    const moduleId = /^(.+)\/v\d+$/.exec(tag)?.[1];
    if (moduleId !== undefined && version(latest.get(moduleId)) < version(tag))
      latest.set(moduleId, tag);
  }
  return latest;
}

function checkAgainstTag(root: string, moduleId: string, tag: string): CheckResult[] {
  const label = `closed ${tag}`;
  const manifest = `manifests/${moduleId}.json`;
  const reopen = `reopen it first to change it: npm run module -- reopen ${moduleId}, then commit the manifest`;
  const at = (ref: string, file: string) => tryGit(root, ['show', `${ref}:${file}`]);
  const status = (text = ''): unknown => {
    try {
      return (JSON.parse(text) as { status?: unknown }).status;
    } catch {
      return undefined;
    }
  };
  const tagged = at(tag, manifest);
  if (tagged === undefined) return [failure(label, `${tag} holds no ${manifest}`)];
  const manifestFails = (why: string): CheckResult[] => [failure(`${label}: ${manifest}`, why)];
  const working = currentContent(root, manifest);
  if (working === undefined)
    return manifestFails(
      `${manifest} is missing (the module was closed at ${tag}); restore it: git checkout ${tag} -- ${manifest}`,
    );
  if (status(working) === 'reopened') {
    // Reopening is a commit: a status flipped in the working tree alone is tampering.
    return working === at('HEAD', manifest) && status(at('HEAD', manifest)) === 'reopened'
      ? [pass(`${label}: reopened`)]
      : manifestFails(`${manifest} says reopened, but no commit reopened it; ${reopen}`);
  }
  if (working !== tagged) return manifestFails(`${manifest} differs from ${tag}; ${reopen}`);
  const onDisk = [
    ...[`katas/${moduleId}/*.spec.ts`, `solutions/${moduleId}`, `theory/${moduleId}.md`],
    ...[`decoys/${moduleId}`, `experiments/${moduleId}`, 'helpers', 'vitest.config.ts'],
  ];
  const taggedCurriculum = at(tag, 'curriculum.ts');
  const taggedEntry =
    taggedCurriculum === undefined ? undefined : moduleEntry(taggedCurriculum, moduleId);
  const changed = [
    ...lines(git(root, ['diff', '--name-only', tag, '--', ...onDisk])),
    // The module's entry in curriculum.ts (its titles and hints); other modules' may change.
    ...(taggedEntry === currentContent(root, `curriculum.ts#${moduleId}`)
      ? []
      : [`curriculum.ts#${moduleId}`]),
    ...lines(git(root, ['ls-files', '--others', '--exclude-standard', '--', ...onDisk])),
    // Stubs as committed: a learner's edits in the working tree are their own business.
    ...lines(git(root, ['diff', '--name-only', tag, 'HEAD', '--', `katas/${moduleId}`])).filter(
      (file) => !file.endsWith('.spec.ts'),
    ),
  ];
  return changed.length === 0
    ? [pass(`${label}: as tagged`)]
    : [...new Set(changed)].map((file) =>
        failure(`${label}: ${file}`, `${file} differs from ${tag}; ${reopen}`),
      );
}

export function checkClosedModules(root: string): CheckResult[] {
  const tags = latestTags(root);
  const results = [...tags].flatMap(([moduleId, tag]) => checkAgainstTag(root, moduleId, tag));
  for (const [file, manifest] of readManifests(root)) {
    if (manifest instanceof Error)
      results.push(failure(file, `not a readable manifest: ${manifest.message}`));
    // Without a tag (a manifest written by hand, or a tag not fetched) the hashes are all there is.
    else if (manifest.status === 'closed' && !tags.has(manifest.module))
      results.push(...checkManifest(file, manifest, root));
  }
  return results;
}
