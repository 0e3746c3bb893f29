/**
 * `npm run docs`: rewrites the README's and docs' generated blocks and quoted spec counts
 * (scripts/lib/generated_docs.ts); `npm run verify` fails while they are stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { onlyFlags, runMain } from './lib/cli_args';
import { labRoot as root } from './lib/command';
import { generatedDocs } from './lib/generated_docs';
import { runSpecs } from './lib/run_specs';

await runMain('docs', async () => {
  onlyFlags(process.argv.slice(2));
  const run = await runSpecs(root, { projects: ['pristine'] });
  for (const { file, text, fresh } of await generatedDocs(root, run)) {
    if (fresh !== text) writeFileSync(path.join(root, file), fresh);
    console.log(fresh === text ? `· ${file} (current)` : `✓ ${file} rewritten`);
  }
});
