/**
 * The curriculum check: curriculum.ts and the files on disk agree. Every kata has its stub,
 * spec, solution, theory anchor and hints; no .ts file in katas/ or solutions/ is unlisted; a
 * stub's header equals its solution's; a stub throws only its own kata's NotImplementedError;
 * and each module's index.ts exports the names its docs/api/<module>.md fixes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { curriculum, type Kata, type Module } from '../../curriculum';
import { failure, pass, passUnless, type CheckResult } from './checks';
import { markdownAnchors } from './markdown';
import { readPristine } from './pristine';
import { tsFilesUnder } from './replacements';

/** The leading `/** … *\/` block of a source file, or undefined. */
export const leadingHeader = (source: string): string | undefined =>
  /^\/\*\*[\s\S]*?\*\//.exec(source)?.[0];

/** Function names an API document fixes: `name(` at the start of a line in its ts blocks. */
export const apiNames = (markdown: string): string[] =>
  [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].flatMap((block) =>
    [...(block[1] ?? '').matchAll(/^([a-z][A-Za-z0-9]*)\(/gm)].map((match) => match[1] ?? ''),
  );

function checkKata(root: string, kata: Kata): CheckResult[] {
  const name = (what: string): string => `kata ${kata.id} ${what}`;
  const read = (file: string): string | undefined =>
    existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;
  const missing = [kata.stub, kata.spec, kata.solution].filter((file) => read(file) === undefined);
  const [theoryFile = '', anchor = ''] = kata.theory.split('#');
  const theory = read(theoryFile);
  const hints = kata.hints.length >= 2 && (kata.hints.at(-1) ?? '').includes(`#${anchor}`);
  const results = [
    passUnless(name('files exist'), missing, 'missing ', ', '),
    theory !== undefined && markdownAnchors(theory).has(anchor)
      ? pass(name('theory anchor exists'))
      : failure(name('theory anchor exists'), `no section #${anchor} in ${theoryFile}`),
  ];
  const solution = read(kata.solution);
  if (read(kata.stub) !== undefined && solution !== undefined) {
    // The stub as committed: a learner's edits in katas/ must not change what this check sees.
    const stub = readPristine(root, kata.stub).content;
    const header = leadingHeader(stub);
    const problems: string[] = [];
    if (header === undefined) problems.push(`${kata.stub} does not open with a /** … */ header`);
    else {
      if (!header.includes(`Kata ${kata.id} — ${kata.title}`))
        problems.push(`the header does not name "Kata ${kata.id} — ${kata.title}"`);
      if (!header.includes(`Theory: ${kata.theory}`))
        problems.push(`the header does not cite "Theory: ${kata.theory}"`);
      if (header !== leadingHeader(solution))
        problems.push(`${kata.solution} does not repeat the stub's header verbatim`);
    }
    results.push(passUnless(name('header'), problems));
    const thrown = [...stub.matchAll(/new NotImplementedError\(\s*(['"`])([^'"`]*)\1/g)];
    const foreign = thrown.map((match) => match[2]).filter((id) => id !== kata.id);
    results.push(
      passUnless(
        name('stub throws its own NotImplementedError'),
        thrown.length === 0
          ? [`${kata.stub} never throws NotImplementedError('${kata.id}', …)`]
          : foreign.length > 0
            ? [`${kata.stub} throws NotImplementedError for ${foreign.join(', ')}`]
            : [],
      ),
    );
  }
  const hintProblem = 'needs at least two hints, the last citing its theory section';
  return [...results, passUnless(name('hints'), hints ? [] : [hintProblem])];
}

function checkListing(root: string): CheckResult {
  const listed = new Set(
    curriculum.flatMap((entry) => [
      `katas/${entry.id}/index.ts`,
      `solutions/${entry.id}/index.ts`,
      ...entry.katas.flatMap((kata) => [kata.stub, kata.spec, kata.solution]),
    ]),
  );
  const unlisted = [...tsFilesUnder(root, 'katas'), ...tsFilesUnder(root, 'solutions')]
    // Alternative correct solutions have their own check (replacements_check.ts).
    .filter((file) => !listed.has(file) && !/^solutions\/[^/]+\/alternatives\//.test(file));
  const name = 'no unlisted files in katas/ or solutions/';
  return passUnless(name, unlisted, 'not in curriculum.ts: ', ', ');
}

function checkIds(): CheckResult {
  const problems = curriculum.flatMap((entry) =>
    entry.katas.flatMap((kata, index) => {
      const expected = `${entry.number}.${String(index + 1).padStart(2, '0')}`;
      return kata.id === expected ? [] : [`${kata.id} should be ${expected} (teaching order)`];
    }),
  );
  return passUnless('kata ids are unique and in teaching order', problems);
}

/** katas/ and solutions/ each export, in index.ts, every function docs/api/<module>.md names. */
async function checkReferenceApi(root: string, entry: Module): Promise<CheckResult[]> {
  const document = `docs/api/${entry.id}.md`;
  const name = `${document} documents the public API`;
  if (!existsSync(path.join(root, document))) return [failure(name, 'the file is missing')];
  const names = apiNames(readFileSync(path.join(root, document), 'utf8'));
  if (names.length === 0) return [failure(name, 'it names no function in a ts block')];
  return Promise.all(
    ['katas', 'solutions'].map(async (folder) => {
      const check = `${folder}/${entry.id}/index.ts exports the API of ${document}`;
      try {
        const url = pathToFileURL(path.join(root, folder, entry.id, 'index.ts')).href;
        const exported = (await import(url)) as Record<string, unknown>;
        const absent = names.filter((fn) => typeof exported[fn] !== 'function');
        return passUnless(check, absent, 'missing ', ', ');
      } catch (error) {
        return failure(check, `cannot import it: ${(error as Error).message}`);
      }
    }),
  );
}

/** Runs every curriculum check, the public API of each module (docs/api/) included. */
export async function checkCurriculum(root: string): Promise<CheckResult[]> {
  const results = [checkIds(), checkListing(root)];
  for (const entry of curriculum) results.push(...entry.katas.flatMap((k) => checkKata(root, k)));
  for (const entry of curriculum) results.push(...(await checkReferenceApi(root, entry)));
  return results;
}
