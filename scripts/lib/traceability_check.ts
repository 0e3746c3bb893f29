/**
 * The traceability check (CONTRIBUTING.md, Traceability): every id a module's theory defines
 * (`A1`, `C1.1`: a table row's first cell or a bold lead-in) is cited, as a whole word in a
 * comment or string, by one of its specs, and every spec cites one. A module whose theory
 * defines no ids yet is reported, not failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { curriculum, type Module } from '../../curriculum';
import { failure, pass, type CheckResult } from './checks';

const ID = String.raw`[A-Z]\d+(?:\.\d+)*`;

/** The ids a theory file defines, in the order they appear. */
export function theoryIds(markdown: string): string[] {
  const ids: string[] = [];
  let inFence = false;
  const definition = new RegExp(
    String.raw`^(?:\|\s*(${ID})\s*\||(?:[-*]\s+)?\*\*(${ID})\s+[—–-]\s)`,
  );
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : definition.exec(line.trim());
    const id = match?.[1] ?? match?.[2];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The text of every comment and string literal of a TypeScript source, in order. */
export function commentsAndStrings(source: string, fileName = 'spec.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node): void => {
    for (const { pos, end } of [
      ...(ts.getLeadingCommentRanges(source, node.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(source, node.getEnd()) ?? []),
    ]) {
      if (!seen.has(pos)) texts.push(source.slice(pos, end));
      seen.add(pos);
    }
    if (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    node.getChildren(file).forEach(visit);
  };
  visit(file);
  return texts;
}

/** The ids of `letters` cited in `texts`: whole words, en-dash ranges expanded. */
export function citations(texts: readonly string[], letters: ReadonlySet<string>): Set<string> {
  const cited = new Set<string>();
  const token = new RegExp(String.raw`(?<![\w.])(${ID})(?:\s*–\s*(${ID}))?(?![\w]|\.\d)`, 'g');
  for (const [, from = '', to] of texts.flatMap((text) => [...text.matchAll(token)])) {
    if (!letters.has(from.charAt(0))) continue;
    const range = /^([A-Z])(\d+)$/.exec(from);
    const end = to === undefined ? null : /^([A-Z])(\d+)$/.exec(to);
    if (range !== null && end !== null && end[1] === range[1]) {
      for (let k = Number(range[2]); k <= Number(end[2]); k += 1) cited.add(`${range[1]}${k}`);
    } else {
      cited.add(from);
      if (to !== undefined && letters.has(to.charAt(0))) cited.add(to);
    }
  }
  return cited;
}

const read = (root: string, file: string): string | undefined =>
  existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined;

function checkModule(root: string, entry: Module): CheckResult[] {
  const ids = theoryIds(read(root, entry.theory) ?? '');
  const specs = entry.katas.flatMap(({ spec: file }) => {
    const source = read(root, file);
    return source === undefined ? [] : [{ file, source }];
  });
  if (ids.length === 0) {
    const why = `${entry.theory} defines no assumption or claim ids yet, so its ${specs.length} spec files are not checked`;
    return [pass(`traceability ${entry.id}`, why)];
  }
  const letters = new Set(ids.map((id) => id.charAt(0)));
  const citedBy = new Map<string, string[]>(ids.map((id) => [id, []]));
  const results: CheckResult[] = [];
  for (const { file, source } of specs) {
    const cited = [...citations(commentsAndStrings(source, file), letters)];
    cited.forEach((id) => citedBy.get(id)?.push(file));
    const name = `traceability spec ${file}`;
    results.push(
      cited.some((id) => citedBy.has(id))
        ? pass(name)
        : failure(
            name,
            `cites none of the ids ${entry.theory} defines (${ids.join(', ')}): name the assumptions or claims it checks, e.g. "// ${ids[0] ?? ''}" (CONTRIBUTING.md, Traceability)`,
          ),
      ...cited
        .filter((id) => !citedBy.has(id))
        .map((id) =>
          failure(
            `${name} cites ${id}`,
            `${entry.theory} defines no ${id} (it defines ${ids.join(', ')})`,
          ),
        ),
    );
  }
  for (const [id, files] of citedBy) {
    const name = `traceability id ${id} (${entry.id})`;
    results.push(
      files.length > 0
        ? pass(name)
        : failure(
            name,
            `no spec of ${entry.id} cites ${id}: cite it in a comment or test name of the spec that checks it`,
          ),
    );
  }
  return results;
}

export const checkTraceability = (
  root: string,
  modules: readonly Module[] = curriculum,
): CheckResult[] => modules.flatMap((entry) => checkModule(root, entry));

/** `traceability: 14 ids cited of 14, 17 spec files citing of 18, 1 problem`, from the results. */
export function traceabilitySummary(results: readonly CheckResult[]): string {
  const ids = results.filter((result) => result.name.startsWith('traceability id '));
  const specs = results.filter((result) => /^traceability spec \S+$/.test(result.name));
  const problems = results.filter((result) => !result.ok).length;
  const count = (list: CheckResult[]): number => list.filter((result) => result.ok).length;
  return `traceability: ${count(ids)} ids cited of ${ids.length}, ${count(specs)} spec files citing of ${specs.length}, ${problems} problem${problems === 1 ? '' : 's'}`;
}
