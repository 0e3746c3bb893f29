/** `npx tsx scripts/static_checks.ts`: verify's types, lint and format checks (pre-push hook). */
import { onlyFlags, runMain } from './lib/cli_args';
import { labRoot as root } from './lib/command';
import { staticChecks } from './lib/static_checks';

await runMain('static_checks', async () => {
  onlyFlags(process.argv.slice(2));
  const results = await staticChecks(root);
  for (const { ok, name, detail } of results)
    console.log(
      `${ok ? '✓' : '✗'} ${name}${detail ? `\n    ${detail.split('\n').join('\n    ')}` : ''}`,
    );
  return results.every((result) => result.ok) ? 0 : 1;
});
