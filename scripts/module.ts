/**
 * `npm run module -- <verb>`: a module's lifecycle, for maintainers. `new` scaffolds a module
 * that verifies from its first minute; `close` checks it, writes its manifest of hashes and
 * tags it; `reopen` is the deliberate way to change it afterwards.
 */
import { curriculum, findModule } from '../curriculum';
import { parseArgs, UsageError } from './lib/cli_args';
import { GitError } from './lib/git';
import { styleFor } from './lib/terminal';
import { closeModule, CloseRefused } from './module/close';
import { reopenModule } from './module/reopen';
import { parseModuleName, scaffoldModule } from './module/scaffold';
import { labRoot as root } from './lib/command';

const style = styleFor(process.stdout);

const usage = `usage: npm run module -- <verb>

  new <week_NN_topic>   scaffold a module with one placeholder kata (red stub, green solution)
  close <module>        check it, write manifests/<module>.json, commit it and tag <module>/v<N>
  reopen <module>       mark its manifest reopened, so its files may change (commit that with them)`;

function knownModule(id: string | undefined) {
  const entry = findModule(id ?? '');
  if (entry === undefined) {
    throw new UsageError(
      `no module "${id ?? ''}"; modules: ${curriculum.map((m) => m.id).join(', ')}`,
    );
  }
  return entry;
}

async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  const [name, ...extra] = parseArgs(rest, {}).positional;
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0] ?? ''}`);
  switch (verb) {
    case 'new': {
      const files = await scaffoldModule(
        root,
        parseModuleName(name),
        curriculum.map((m) => m.id),
      );
      console.log(
        `${style.green('✓')} ${name ?? ''}: ${files.length} files written\n  ${files.join('\n  ')}`,
      );
      console.log(
        style.dim(
          '  npm run verify proves it sound; replace the placeholder kata with the first real one.',
        ),
      );
      return 0;
    }
    case 'close': {
      const entry = knownModule(name);
      const closed = await closeModule(root, entry);
      console.log(`${style.green('✓')} ${entry.id}: all ${closed.checks.length} checks pass`);
      console.log(
        `${style.green('✓')} ${closed.manifest} committed (${closed.commit}), tagged ${closed.tag}`,
      );
      console.log(style.dim(`  push the tag: git push origin ${closed.tag}`));
      return 0;
    }
    case 'reopen': {
      const manifest = reopenModule(root, knownModule(name).id);
      console.log(
        `${style.green('✓')} ${manifest.module} reopened (closed as v${manifest.version})`,
      );
      console.log(
        style.dim(
          `  commit manifests/${manifest.module}.json with your changes; the next close tags v${manifest.version + 1}`,
        ),
      );
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(usage);
      return 0;
    default:
      console.error(`module: unknown verb "${verb}"\n\n${usage}`);
      return 1;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof CloseRefused || error instanceof GitError))
    throw error;
  console.error(`module: ${error.message}`);
  process.exitCode = 1;
}
