/**
 * curriculum.ts as text: where the `export const curriculum` array opens and closes, how to
 * append a `module(…)` call to it, and the text of one module's entry. A small scanner that
 * skips strings, template literals and comments, so brackets inside hints never confuse it.
 */

/** The index just past the end of the string or comment starting at `index`, or `index` itself. */
function skipLiteral(source: string, index: number): number {
  const char = source[index];
  if (char === "'" || char === '"' || char === '`') {
    let at = index + 1;
    while (at < source.length && source[at] !== char) at += source[at] === '\\' ? 2 : 1;
    return at + 1;
  }
  if (source.startsWith('//', index)) {
    const end = source.indexOf('\n', index);
    return end < 0 ? source.length : end;
  }
  if (source.startsWith('/*', index)) {
    const end = source.indexOf('*/', index + 2);
    return end < 0 ? source.length : end + 2;
  }
  return index;
}

/** The index of the bracket closing the one at `open` (`(`, `[` or `{`). */
export function matchingBracket(source: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  let index = open;
  while (index < source.length) {
    const skipped = skipLiteral(source, index);
    if (skipped !== index) {
      index = skipped;
      continue;
    }
    const char = source[index] ?? '';
    const closer = pairs[char];
    if (closer !== undefined) stack.push(closer);
    else if (char === ')' || char === ']' || char === '}') {
      if (stack.pop() !== char) throw new Error(`unbalanced ${char} at offset ${index}`);
      if (stack.length === 0) return index;
    }
    index++;
  }
  throw new Error(`no bracket closes the one at offset ${open}`);
}

/** The offsets of the `[` and `]` of `export const curriculum … = [ … ];`. */
export function curriculumArray(source: string): { open: number; close: number } {
  const declaration = /export const curriculum\b[^=]*=\s*\[/.exec(source);
  if (declaration === null) throw new Error('curriculum.ts has no `export const curriculum = [`');
  const open = declaration.index + declaration[0].length - 1;
  return { open, close: matchingBracket(source, open) };
}

/** The source with `entry` (a `module(…)` call, no trailing comma) appended to the array. */
export function appendModule(source: string, entry: string): string {
  const { open, close } = curriculumArray(source);
  let before = source.slice(0, close).trimEnd();
  if (before.length > open + 1 && !before.endsWith(',')) before += ',';
  return `${before}\n${entry.replace(/^/gm, '  ').trimEnd()},\n${source.slice(close)}`;
}

/** The source with the curriculum array emptied (test fixtures start from it). */
export function emptyCurriculum(source: string): string {
  const { open, close } = curriculumArray(source);
  return `${source.slice(0, open + 1)}${source.slice(close)}`;
}

/** The text of the `module('<id>', …)` call in the curriculum array, or undefined. */
export function moduleEntry(source: string, id: string): string | undefined {
  const { open, close } = curriculumArray(source);
  const pattern = /\bmodule\(\s*(['"])([^'"]*)\1/g;
  pattern.lastIndex = open;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    if (match.index > close) break;
    if (match[2] === id) {
      const paren = source.indexOf('(', match.index);
      return source.slice(match.index, matchingBracket(source, paren) + 1);
    }
  }
  return undefined;
}
