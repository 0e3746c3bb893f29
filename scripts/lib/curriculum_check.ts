/**
 * The curriculum check: curriculum.ts and the files on disk agree. Every listed kata has its
 * stub, spec, solution and theory anchor; no .ts file in katas/ or solutions/ is unlisted; a
 * stub's header equals its solution's; a stub throws only its own kata's NotImplementedError;
 * and each module's index.ts exports the names its docs/api/<module>.md fixes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { curriculum, type Kata, type Module } from '../../curriculum';
import { failure, pass, passUnless, type CheckResult } from './checks';
import { markdownAnchors } from './markdown';
import { readPristine } from './pristine';

/** The leading `/** … *\/` block of a source file, or undefined. */
export function leadingHeader(source: string): string | undefined {
  return /^\/\*\*[\s\S]*?\*\//.exec(source)?.[0];
}

function listTypeScript(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(directory, file));
}

function checkKata(root: string, kata: Kata): CheckResult[] {
  const name = (what: string): string => `kata ${kata.id} ${what}`;
  const read = (file: string): string | undefined =>
    existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;
  // The stub as committed: a learner's edits in katas/ must not change what this check sees.
  const stub = read(kata.stub) === undefined ? undefined : readPristine(root, kata.stub).content;
  const spec = read(kata.spec);
  const solution = read(kata.solution);
  const results: CheckResult[] = [];

  const missing = (
    [
      [kata.stub, stub],
      [kata.spec, spec],
      [kata.solution, solution],
    ] as const
  ).flatMap(([file, content]) => (content === undefined ? [file] : []));
  results.push(passUnless(name('files exist'), missing, 'missing ', ', '));

  const [theoryFile, anchor = ''] = kata.theory.split('#');
  const theory = read(theoryFile ?? '');
  results.push(
    theory !== undefined && markdownAnchors(theory).has(anchor)
      ? pass(name('theory anchor exists'))
      : failure(name('theory anchor exists'), `no section #${anchor} in ${theoryFile}`),
  );

  if (stub !== undefined && solution !== undefined) {
    const stubHeader = leadingHeader(stub);
    const solutionHeader = leadingHeader(solution);
    const problems: string[] = [];
    if (stubHeader === undefined)
      problems.push(`${kata.stub} does not open with a /** … */ header`);
    else {
      if (!stubHeader.includes(`Kata ${kata.id} — ${kata.title}`))
        problems.push(`the header does not name "Kata ${kata.id} — ${kata.title}"`);
      if (!stubHeader.includes(`Theory: ${kata.theory}`))
        problems.push(`the header does not cite "Theory: ${kata.theory}"`);
      if (stubHeader !== solutionHeader)
        problems.push(`${kata.solution} does not repeat the stub's header verbatim`);
    }
    results.push(passUnless(name('header'), problems));

    const thrownIds = [...stub.matchAll(/new NotImplementedError\(\s*(['"`])([^'"`]*)\1/g)].map(
      (m) => m[2],
    );
    const foreign = thrownIds.filter((id) => id !== kata.id);
    results.push(
      thrownIds.length > 0 && foreign.length === 0
        ? pass(name('stub throws its own NotImplementedError'))
        : failure(
            name('stub throws its own NotImplementedError'),
            thrownIds.length === 0
              ? `${kata.stub} never throws NotImplementedError('${kata.id}', …)`
              : `${kata.stub} throws NotImplementedError for ${foreign.join(', ')}`,
          ),
    );
  }

  const lastHint = kata.hints[kata.hints.length - 1] ?? '';
  results.push(
    kata.hints.length >= 2 && lastHint.includes(`#${anchor}`)
      ? pass(name('hints'))
      : failure(name('hints'), 'needs at least two hints, the last citing its theory section'),
  );
  return results;
}

function checkListing(root: string): CheckResult {
  const listed = new Set<string>();
  for (const entry of curriculum) {
    listed.add(`katas/${entry.id}/index.ts`);
    listed.add(`solutions/${entry.id}/index.ts`);
    for (const kata of entry.katas)
      [kata.stub, kata.spec, kata.solution].forEach((f) => listed.add(f));
  }
  const unlisted = ['katas', 'solutions']
    .flatMap((folder) => listTypeScript(path.join(root, folder)))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    // Alternative correct solutions have their own check (scripts/lib/alternatives.ts).
    .filter((file) => !listed.has(file) && !/^solutions\/[^/]+\/alternatives\//.test(file));
  const name = 'no unlisted files in katas/ or solutions/';
  return passUnless(name, unlisted, 'not in curriculum.ts: ', ', ');
}

function checkIds(): CheckResult {
  const problems: string[] = [];
  for (const entry of curriculum) {
    entry.katas.forEach((kata, index) => {
      const expected = `${entry.number}.${String(index + 1).padStart(2, '0')}`;
      if (kata.id !== expected) problems.push(`${kata.id} should be ${expected} (teaching order)`);
    });
  }
  return passUnless('kata ids are unique and in teaching order', problems);
}

/** Function names an API document fixes: `name(` at the start of a line in its ts blocks. */
export function apiNames(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) =>
    [...block.matchAll(/^([a-z][A-Za-z0-9]*)\(/gm)].map((m) => m[1] ?? ''),
  );
}

/** The module's API document, docs/api/<module>.md (written by `npm run module -- new`). */
export const apiDocument = (moduleId: string): string => `docs/api/${moduleId}.md`;

async function checkReferenceApi(root: string, entry: Module): Promise<CheckResult[]> {
  const document = apiDocument(entry.id);
  if (!existsSync(path.join(root, document)))
    return [failure(`${document} documents the public API`, 'the file is missing')];
  const names = apiNames(readFileSync(path.join(root, document), 'utf8'));
  if (names.length === 0)
    return [failure(`${document} documents the public API`, 'it names no function in a ts block')];
  return Promise.all(
    ['katas', 'solutions'].map(async (folder) => {
      const name = `${folder}/${entry.id}/index.ts exports the API of ${document}`;
      try {
        const exported = (await import(
          pathToFileURL(path.join(root, folder, entry.id, 'index.ts')).href
        )) as Record<string, unknown>;
        const absent = names.filter((fn) => typeof exported[fn] !== 'function');
        return passUnless(name, absent, 'missing ', ', ');
      } catch (error) {
        return failure(name, `cannot import it: ${(error as Error).message}`);
      }
    }),
  );
}

/** Runs every curriculum check, the public API of each module (docs/api/) included. */
export async function checkCurriculum(root: string): Promise<CheckResult[]> {
  const results = [checkIds(), checkListing(root)];
  for (const entry of curriculum) {
    for (const kata of entry.katas) results.push(...checkKata(root, kata));
  }
  for (const entry of curriculum) results.push(...(await checkReferenceApi(root, entry)));
  return results;
}
