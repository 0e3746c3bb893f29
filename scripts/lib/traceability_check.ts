/**
 * The traceability check: every assumption and claim a module's theory names is checked by at
 * least one spec, and every spec says which ones it checks.
 *
 * Definitions (in theory/<module>.md): an id is a capital letter, digits and optional
 * `.digits` parts (`A1`, `B7`, `C1.1`), defined either as the first cell of a Markdown table
 * row (`| A1  | E[y | X] = Xβ … |`) or as a bold lead-in, optionally a list item
 * (`- **B1 — Additive noise …**`, `**C1.1 — Acceptance criterion.**`).
 *
 * Citations (in katas/<module>/*.spec.ts): an id of the spec's own module, as a whole word,
 * inside a comment or a string literal (test names and hints are string literals):
 * `// B2`, `it('… (theory B2)', …)`, `hint: '… (theory: B1, B2)'`. An en-dash range of one
 * letter, `A1–A3`, cites every id in it. A whole word with the module's id letter that the
 * theory does not define (`B9`) is a problem: a typo or a citation of a retired id.
 *
 * A module whose theory defines no ids yet (a freshly scaffolded one) is reported, not failed.
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
    if (inFence) continue;
    const match = definition.exec(line.trim());
    const id = match?.[1] ?? match?.[2];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The text of every comment and string literal of a TypeScript source, in order. */
export function commentsAndStrings(source: string, fileName = 'spec.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const seenComments = new Set<number>();
  const comments = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seenComments.has(range.pos)) continue;
      seenComments.add(range.pos);
      texts.push(source.slice(range.pos, range.end));
    }
  };
  const visit = (node: ts.Node): void => {
    comments(ts.getLeadingCommentRanges(source, node.getFullStart()));
    comments(ts.getTrailingCommentRanges(source, node.getEnd()));
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      texts.push(node.text);
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return texts;
}

/** The ids of `letters` cited in `texts`: whole words, en-dash ranges expanded. */
export function citations(texts: readonly string[], letters: ReadonlySet<string>): Set<string> {
  const cited = new Set<string>();
  const token = new RegExp(String.raw`(?<![\w.])(${ID})(?:\s*–\s*(${ID}))?(?![\w]|\.\d)`, 'g');
  for (const text of texts) {
    for (const match of text.matchAll(token)) {
      const [from = '', to] = [match[1], match[2]];
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
  }
  return cited;
}

function read(root: string, file: string): string | undefined {
  const full = path.join(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

function checkModule(root: string, entry: Module): CheckResult[] {
  const theory = read(root, entry.theory) ?? '';
  const ids = theoryIds(theory);
  const specs = entry.katas
    .map((kata) => ({ file: kata.spec, source: read(root, kata.spec) }))
    .filter((spec): spec is { file: string; source: string } => spec.source !== undefined);
  if (ids.length === 0) {
    return [
      pass(
        `traceability ${entry.id}`,
        `${entry.theory} defines no assumption or claim ids yet, so its ${specs.length} spec files are not checked`,
      ),
    ];
  }
  const known = new Set(ids);
  const letters = new Set(ids.map((id) => id.charAt(0)));
  const citedBy = new Map<string, string[]>(ids.map((id) => [id, []]));
  const results: CheckResult[] = [];
  for (const spec of specs) {
    const cited = citations(commentsAndStrings(spec.source, spec.file), letters);
    const unknown = [...cited].filter((id) => !known.has(id));
    const valid = [...cited].filter((id) => known.has(id));
    valid.forEach((id) => citedBy.get(id)?.push(spec.file));
    results.push(
      valid.length > 0
        ? pass(`traceability spec ${spec.file}`)
        : failure(
            `traceability spec ${spec.file}`,
            `cites none of the ids ${entry.theory} defines (${ids.join(', ')}): name the assumptions or claims it checks, e.g. "// ${ids[0] ?? ''}" (CONTRIBUTING.md, Traceability)`,
          ),
    );
    for (const id of unknown) {
      results.push(
        failure(
          `traceability spec ${spec.file} cites ${id}`,
          `${entry.theory} defines no ${id} (it defines ${ids.join(', ')})`,
        ),
      );
    }
  }
  for (const [id, files] of citedBy) {
    results.push(
      files.length > 0
        ? pass(`traceability id ${id} (${entry.id})`)
        : failure(
            `traceability id ${id} (${entry.id})`,
            `no spec of ${entry.id} cites ${id}: cite it in a comment or test name of the spec that checks it`,
          ),
    );
  }
  return results;
}

export function checkTraceability(
  root: string,
  modules: readonly Module[] = curriculum,
): CheckResult[] {
  return modules.flatMap((entry) => checkModule(root, entry));
}

/** `traceability: 14 ids cited of 14, 17 spec files citing of 18, 1 problem`, from the results. */
export function traceabilitySummary(results: readonly CheckResult[]): string {
  const ids = results.filter((result) => result.name.startsWith('traceability id '));
  const specs = results.filter((result) => /^traceability spec \S+$/.test(result.name));
  const problems = results.filter((result) => !result.ok).length;
  const cited = ids.filter((result) => result.ok).length;
  const citing = specs.filter((result) => result.ok).length;
  return `traceability: ${cited} ids cited of ${ids.length}, ${citing} spec files citing of ${specs.length}, ${problems} problem${problems === 1 ? '' : 's'}`;
}
