/** `npx tsx scripts/static_checks.ts`: verify's types, lint and format checks (pre-push hook). */
import { labRoot as root } from './lib/command';
import { staticChecks } from './lib/static_checks';

const results = await staticChecks(root);
for (const { ok, name, detail } of results)
  console.log(
    `${ok ? '✓' : '✗'} ${name}${detail ? `\n    ${detail.split('\n').join('\n    ')}` : ''}`,
  );
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
