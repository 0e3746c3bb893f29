/**
 * The closed-modules check. Every file of a closed module still hashes to what its manifest
 * (manifests/<module>.json) recorded when `npm run module -- close` closed it; and, since a
 * manifest in the working tree can be rewritten, the module is also compared with the tagged
 * commit itself (`<module>/v<N>`, the latest): its specs, solutions, theory, decoys and
 * experiments, its entry in curriculum.ts, and what it depends on (helpers/, vitest.config.ts), on disk; its stubs as
 * committed, so a learner's work in katas/ never trips it. A missing or edited manifest fails,
 * and so does a status of `reopened` that is not committed (`npm run module -- reopen
 * <module>`, then commit the manifest: the reopen commit).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  currentContent,
  readAsCommitted,
  readManifests,
  sha256,
  type Manifest,
} from '../module/manifest';
import { moduleEntry } from '../module/curriculum_source';
import { failure, pass, type CheckResult } from './checks';
import { git, gitSucceeds } from './git';
import { resolvePristineRef } from './pristine';

const NO_HISTORY_SHORT = 'not compared: no git history, so no committed stub';

function checkManifest(file: string, manifest: Manifest, root: string): CheckResult[] {
  const label = `closed ${manifest.module} v${manifest.version}`;
  const reopen = `reopen it first to change it: npm run module -- reopen ${manifest.module}`;
  const noHistory = resolvePristineRef(root) === undefined;
  return Object.entries(manifest.files).map(([path, hash]) => {
    // Without history there is no committed stub: the working copy is the learner's, not tampering.
    if (noHistory && readAsCommitted(path)) return pass(`${label}: ${path} (${NO_HISTORY_SHORT})`);
    const content = currentContent(root, path);
    if (content === undefined) return failure(`${label}: ${path}`, `${path} is missing; ${reopen}`);
    return sha256(content) === hash
      ? pass(`${label}: ${path}`)
      : failure(`${label}: ${path}`, `${path} differs from ${file}; ${reopen}`);
  });
}

/** The latest `<module>/v<N>` tag of each module. */
function latestTags(root: string): Map<string, string> {
  const latest = new Map<string, { tag: string; version: number }>();
  if (!gitSucceeds(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])) return new Map();
  for (const tag of git(root, ['tag', '--list', '*/v*'])
    .split('\n')
    .map((t) => t.trim())) {
    const match = /^(.+)\/v(\d+)$/.exec(tag);
    if (match === null) continue;
    const [, moduleId = '', version = '0'] = match;
    if ((latest.get(moduleId)?.version ?? -1) < Number(version))
      latest.set(moduleId, { tag, version: Number(version) });
  }
  return new Map([...latest].map(([moduleId, { tag }]) => [moduleId, tag]));
}

/** What a closed module is made of and depends on, compared with its tag. */
const shared = ['helpers', 'vitest.config.ts'];
const onDisk = (moduleId: string): string[] => [
  `katas/${moduleId}/*.spec.ts`,
  `solutions/${moduleId}`,
  `theory/${moduleId}.md`,
  `decoys/${moduleId}`,
  `experiments/${moduleId}`,
  ...shared,
];

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

function checkAgainstTag(root: string, moduleId: string, tag: string): CheckResult[] {
  const label = `closed ${tag}`;
  const manifest = `manifests/${moduleId}.json`;
  const reopen = `reopen it first to change it: npm run module -- reopen ${moduleId}, then commit the manifest`;
  const at = (ref: string, file: string): string | undefined => {
    try {
      return git(root, ['show', `${ref}:${file}`]);
    } catch {
      return undefined;
    }
  };
  const tagged = at(tag, manifest);
  if (tagged === undefined) return [failure(label, `${tag} holds no ${manifest}`)];
  let working: string;
  try {
    working = readFileSync(path.join(root, manifest), 'utf8');
  } catch {
    return [
      failure(
        `${label}: ${manifest}`,
        `${manifest} is missing (the module was closed at ${tag}); restore it: git checkout ${tag} -- ${manifest}`,
      ),
    ];
  }
  const status = (text: string | undefined): unknown => {
    try {
      return (JSON.parse(text ?? '') as { status?: unknown }).status;
    } catch {
      return undefined;
    }
  };
  if (status(working) === 'reopened') {
    // Reopening is a commit: a status flipped in the working tree alone is tampering.
    return working === at('HEAD', manifest) && status(at('HEAD', manifest)) === 'reopened'
      ? [pass(`${label}: reopened`)]
      : [
          failure(
            `${label}: ${manifest}`,
            `${manifest} says reopened, but no commit reopened it; ${reopen}`,
          ),
        ];
  }
  if (working !== tagged) {
    return [failure(`${label}: ${manifest}`, `${manifest} differs from ${tag}; ${reopen}`)];
  }
  const entry = (curriculum: string | undefined): string | undefined =>
    curriculum === undefined ? undefined : moduleEntry(curriculum, moduleId);
  const changed = [
    ...lines(git(root, ['diff', '--name-only', tag, '--', ...onDisk(moduleId)])),
    // The module's entry in curriculum.ts (its titles and hints); other modules' may change.
    ...(entry(at(tag, 'curriculum.ts')) ===
    entry(readFileSync(path.join(root, 'curriculum.ts'), 'utf8'))
      ? []
      : [`curriculum.ts#${moduleId}`]),
    ...lines(git(root, ['ls-files', '--others', '--exclude-standard', '--', ...onDisk(moduleId)])),
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
  const results: CheckResult[] = [];
  const tags = latestTags(root);
  for (const [moduleId, tag] of tags) results.push(...checkAgainstTag(root, moduleId, tag));
  for (const [file, manifest] of readManifests(root)) {
    if (manifest instanceof Error) {
      results.push(failure(file, `not a readable manifest: ${manifest.message}`));
    } else if (manifest.status === 'closed' && !tags.has(manifest.module)) {
      // Without a tag (a manifest written by hand, or a tag not fetched) the hashes are all there is.
      results.push(...checkManifest(file, manifest, root));
    }
  }
  return results;
}
