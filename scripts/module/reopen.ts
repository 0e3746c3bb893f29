/**
 * `npm run module -- reopen <module>`: marks a closed module's manifest `reopened` and commits it,
 * so its files may change (committed with the change); the next `close` tags `v<N+1>`.
 */
import { git } from '../lib/git';
import { CloseRefused } from './close';
import { readManifest, writeManifest, type Manifest } from './manifest';

export function reopenModule(root: string, moduleId: string): Manifest {
  const manifest = readManifest(root, moduleId);
  if (manifest === undefined)
    throw new CloseRefused(`${moduleId} is not closed: nothing to reopen`);
  if (manifest.status !== 'closed')
    throw new CloseRefused(`${moduleId} is reopened already (since v${manifest.version})`);
  const reopened: Manifest = { ...manifest, status: 'reopened' };
  const file = writeManifest(root, reopened);
  // Committed: the closed-modules check accepts a reopened status only once committed.
  git(root, ['add', '--', file]);
  git(root, ['commit', '--quiet', '-m', `${moduleId}: reopen v${manifest.version}`, '--', file]);
  return reopened;
}
