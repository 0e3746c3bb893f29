/**
 * `npx tsx scripts/static_checks.ts`: verify's types, lint and format checks alone (about a
 * minute; scripts/lib/static_checks.ts), the maintainers' pre-push hook. Exits non-zero on a
 * failure.
 */
import { staticChecks } from './lib/static_checks';
import { labRoot as root } from './lib/command';

const results = await staticChecks(root);
for (const result of results) {
  console.log(
    `${result.ok ? '✓' : '✗'} ${result.name}${result.detail ? `\n    ${result.detail.split('\n').join('\n    ')}` : ''}`,
  );
}
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
