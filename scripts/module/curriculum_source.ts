/**
 * curriculum.ts as text, read through the TypeScript parser: editing the text (not re-printing
 * the tree) keeps every other line of the file as its authors wrote it.
 */
import ts from 'typescript';

/** The `[ … ]` of `export const curriculum … = [ … ];`, with the parsed file. */
export function curriculumArray(source: string) {
  const file = ts.createSourceFile('curriculum.ts', source, ts.ScriptTarget.Latest);
  const array = file.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .find(({ name }) => ts.isIdentifier(name) && name.text === 'curriculum')?.initializer;
  if (array === undefined || !ts.isArrayLiteralExpression(array)) {
    throw new Error('curriculum.ts has no `export const curriculum = [`');
  }
  return { open: array.getStart(file), close: array.end - 1, elements: array.elements, file };
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
  const { elements, file } = curriculumArray(source);
  const call = elements.find((element) => {
    const first = ts.isCallExpression(element) ? element.arguments[0] : undefined;
    return first !== undefined && ts.isStringLiteral(first) && first.text === id;
  });
  return call === undefined ? undefined : source.slice(call.getStart(file), call.end);
}
