/**
 * A StrykerJS ignorer (loaded by scripts/mutation.ts): the wording of error messages is not
 * mutated, since specs pin an error's class and leading function name, not its words.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

interface NodeLike {
  readonly type: string;
  readonly name?: string;
  readonly callee?: NodeLike;
  readonly arguments?: readonly NodeLike[];
}

/** The few fields of a Babel NodePath this ignorer reads. */
export interface PathLike {
  readonly node: NodeLike;
  readonly parentPath: PathLike | null;
  readonly key: string | number | null;
  readonly listKey?: string | null;
}

export const MESSAGE_REASON =
  'error-message wording: specs pin the error class and the leading function name, not the words (CONTRIBUTING.md, Mutation testing)';
const FUNCTION_NAME_ARGUMENTS = new Set(['name', 'NAME', 'functionName']);

/**
 * Ignored: the message of `new <Name>Error(functionName, message, …)` (its second argument),
 * and a string label after the first argument of a call to `check…(…)`
 * (`checkVector('predict', 'x', rows)`) or of a call whose first argument is the public
 * function's name (`finite(name, 'trainError', …)`).
 */
export function messageIgnoreReason({
  node,
  parentPath,
  key,
  listKey,
}: PathLike): string | undefined {
  const parent = parentPath?.node;
  const callee = parent?.callee;
  if (parent === undefined || listKey !== 'arguments' || typeof key !== 'number') return undefined;
  if (callee?.type !== 'Identifier') return undefined;
  if (parent.type === 'NewExpression' && /Error$/.test(callee.name ?? '') && key === 1)
    return MESSAGE_REASON;
  const first = parent.arguments?.[0];
  const namesTheFunction =
    /^check[A-Z]/.test(callee.name ?? '') ||
    (first?.type === 'Identifier' && FUNCTION_NAME_ARGUMENTS.has(first.name ?? ''));
  const label = node.type === 'StringLiteral' || node.type === 'TemplateLiteral';
  return parent.type === 'CallExpression' && namesTheFunction && key >= 1 && label
    ? MESSAGE_REASON
    : undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'error-messages', {
    shouldIgnore: (path: unknown) => messageIgnoreReason(path as PathLike),
  }),
];
