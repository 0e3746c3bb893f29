/**
 * The closed-modules check: every file of a closed module still hashes to what its manifest
 * (manifests/<module>.json) recorded when `npm run module -- close` closed it. Stubs are read
 * as committed, so a learner's work in katas/ never trips it. A module is changed on purpose
 * by reopening it first (`npm run module -- reopen <module>`).
 */
import { currentContent, sha256, type Manifest } from '../module/manifest';
import { readManifests } from '../module/manifest';
import { failure, pass, type CheckResult } from './checks';

function checkManifest(file: string, manifest: Manifest, root: string): CheckResult[] {
  const label = `closed ${manifest.module} v${manifest.version}`;
  const reopen = `reopen it first to change it: npm run module -- reopen ${manifest.module}`;
  return Object.entries(manifest.files).map(([path, hash]) => {
    const content = currentContent(root, path);
    if (content === undefined) return failure(`${label}: ${path}`, `${path} is missing; ${reopen}`);
    return sha256(content) === hash
      ? pass(`${label}: ${path}`)
      : failure(`${label}: ${path}`, `${path} differs from ${file}; ${reopen}`);
  });
}

export function checkClosedModules(root: string): CheckResult[] {
  const results: CheckResult[] = [];
  for (const [file, manifest] of readManifests(root)) {
    if (manifest instanceof Error) {
      results.push(failure(file, `not a readable manifest: ${manifest.message}`));
    } else if (manifest.status === 'closed') {
      results.push(...checkManifest(file, manifest, root));
    }
  }
  return results;
}
