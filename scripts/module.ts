/**
 * `npm run module -- <verb>`, a module's lifecycle for maintainers: `new` scaffolds a module,
 * `close` checks it, writes its manifest of hashes and tags it, `reopen` lets it change again.
 */
import { curriculum, findModule } from '../curriculum';
import { parseArgs, runMain, UsageError } from './lib/cli_args';
import { labRoot as root } from './lib/command';
import { GitError } from './lib/git';
import { styleFor } from './lib/terminal';
import { closeModule, CloseRefused, reopenModule } from './module/close';
import { parseModuleName, scaffoldModule } from './module/scaffold';

const { green, dim } = styleFor(process.stdout);

const usage = `usage: npm run module -- <verb>

  new <week_NN_topic>   scaffold a module with one placeholder kata (red stub, green solution)
  close <module>        check it, write manifests/<module>.json, commit it and tag <module>/v<N>
  reopen <module>       mark its manifest reopened, so its files may change (commit that with them)`;

function knownModule(id = '') {
  const entry = findModule(id);
  if (entry !== undefined) return entry;
  throw new UsageError(`no module "${id}"; modules: ${curriculum.map((m) => m.id).join(', ')}`);
}

/** The lines a verb prints when it succeeds; undefined for an unknown verb. */
async function run(verb: string | undefined, name: string | undefined) {
  const ok = green('✓');
  switch (verb) {
    case 'new': {
      const ids = curriculum.map((m) => m.id);
      const files = await scaffoldModule(root, parseModuleName(name), ids);
      const next =
        'npm run verify proves it sound; replace the placeholder kata with the first real one.';
      return [
        `${ok} ${name ?? ''}: ${files.length} files written\n  ${files.join('\n  ')}`,
        dim(`  ${next}`),
      ];
    }
    case 'close': {
      const entry = knownModule(name);
      const { checks, manifest, commit, tag } = await closeModule(root, entry);
      return [
        `${ok} ${entry.id}: all ${checks.length} checks pass`,
        `${ok} ${manifest} committed (${commit}), tagged ${tag}`,
        dim(`  push the tag: git push origin ${tag}`),
      ];
    }
    case 'reopen': {
      const { module, version: v } = reopenModule(root, knownModule(name).id);
      const next = `commit manifests/${module}.json with your changes; the next close tags v${v + 1}`;
      return [`${ok} ${module} reopened (closed as v${v})`, dim(`  ${next}`)];
    }
    case undefined:
    case 'help':
    case '--help':
      return [usage];
  }
}

const [verb, ...rest] = process.argv.slice(2);
await runMain(
  'module',
  async () => {
    const [name, ...extra] = parseArgs(rest, {}).positional;
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0] ?? ''}`);
    const lines = await run(verb, name);
    if (lines === undefined) throw new UsageError(`unknown verb "${verb}"\n\n${usage}`);
    for (const line of lines) console.log(line);
  },
  { code: 1, expected: [CloseRefused, GitError] },
);
