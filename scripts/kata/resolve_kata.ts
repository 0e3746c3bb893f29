/**
 * Names a learner may use for a kata: its id (`01.03`), its file stem (`03_design_matrices`),
 * `<module>/<NN>` as in `npm test -- week_01_linear_regression/03`, or a path to its stub,
 * spec or solution.
 */
import type { Kata, Module } from '../../curriculum';
import { UsageError } from '../lib/cli_args';

const stem = (kata: Kata): string => (kata.stub.split('/').pop() ?? '').replace(/\.ts$/, '');

function matches(kata: Kata, moduleId: string, name: string): boolean {
  const clean = name.replace(/\\/g, '/').replace(/^\.\//, '');
  if (clean === kata.id) return true;
  if (clean === stem(kata) || clean === `${stem(kata)}.ts`) return true;
  if ([kata.stub, kata.spec, kata.solution].includes(clean)) return true;
  const [folder, rest] = clean.split('/');
  const number = kata.id.split('.')[1] ?? '';
  return folder === moduleId && (rest === number || rest === stem(kata));
}

export function resolveKata(modules: readonly Module[], name: string | undefined): Kata {
  if (name === undefined || name === '') {
    throw new UsageError('name a kata: its id (01.03) or its file stem (03_design_matrices)');
  }
  const found = modules.flatMap((entry) =>
    entry.katas.filter((kata) => matches(kata, entry.id, name)),
  );
  if (found.length === 1 && found[0] !== undefined) return found[0];
  if (found.length > 1) {
    throw new UsageError(
      `"${name}" names several katas (${found.map((k) => k.id).join(', ')}): use the id`,
    );
  }
  const ids = modules.flatMap((entry) => entry.katas.map((kata) => kata.id));
  throw new UsageError(
    `no kata "${name}"; kata ids run ${ids[0] ?? '01.01'} … ${ids[ids.length - 1] ?? ''} (npm run kata -- progress lists them)`,
  );
}
