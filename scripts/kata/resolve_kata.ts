/**
 * A kata named by its id (`01.03`), its file stem (`03_design_matrices`), `<module>/<NN>` as in
 * `npm test -- week_01_linear_regression/03`, or a path to its stub, spec or solution.
 */
import path from 'node:path';
import type { Kata, Module } from '../../curriculum';
import { UsageError } from '../lib/cli_args';

function matches(kata: Kata, moduleId: string, name: string): boolean {
  const clean = name.replace(/\\/g, '/').replace(/^\.\//, '');
  const stem = path.basename(kata.stub, '.ts');
  const [folder, rest] = clean.split('/');
  return (
    [kata.id, stem, `${stem}.ts`, kata.stub, kata.spec, kata.solution].includes(clean) ||
    (folder === moduleId && (rest === kata.id.split('.')[1] || rest === stem))
  );
}

export function resolveKata(modules: readonly Module[], name: string | undefined): Kata {
  if (name === undefined || name === '') {
    throw new UsageError('name a kata: its id (01.03) or its file stem (03_design_matrices)');
  }
  const found = modules.flatMap((entry) => entry.katas.filter((k) => matches(k, entry.id, name)));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new UsageError(
      `"${name}" names several katas (${found.map((k) => k.id).join(', ')}): use the id`,
    );
  }
  const ids = modules.flatMap((entry) => entry.katas.map((kata) => kata.id));
  throw new UsageError(
    `no kata "${name}"; kata ids run ${ids[0] ?? '01.01'} … ${ids.at(-1) ?? ''} (npm run kata -- progress lists them)`,
  );
}
