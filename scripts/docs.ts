/**
 * `npm run docs`: rewrites the generated blocks and quoted spec counts of the README and docs
 * (scripts/lib/generated_docs.ts) from curriculum.ts and a run of the specs on the pristine
 * stubs. `npm run verify` fails while they are stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_FILES, regenerate } from './lib/generated_docs';
import { runSpecs } from './lib/run_specs';
import { labRoot as root } from './lib/command';

const run = await runSpecs(root, { projects: ['pristine'] });
for (const file of GENERATED_FILES.filter((name) => existsSync(path.join(root, name)))) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const fresh = await regenerate(root, path.join(root, file), text, run);
  if (fresh !== text) writeFileSync(path.join(root, file), fresh);
  console.log(
    `${fresh === text ? '·' : '✓'} ${file}${fresh === text ? ' (current)' : ' rewritten'}`,
  );
}
