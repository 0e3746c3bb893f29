/**
 * A StrykerJS ignorer (loaded by scripts/mutation.ts): the wording of error messages is not
 * mutated. The lab's specs pin what an error means (its class, via expectLabError) and who
 * raised it (the message starts with the public function's name); the words after that are
 * for the learner, and a spec that froze them would break on every rewording. So Stryker
 * leaves alone, and reports as ignored with this reason:
 * - the message argument of `new <Name>Error(functionName, message, …)` (its second);
 * - a string label passed to a helper that builds such a message: any string argument after
 *   the first of a `check…(…)` call (`checkVector('predict', 'x', rows)`,
 *   `checkSameLength(NAME, 'rows', n, 'targets', m)`), or of a call that follows the lab's
 *   convention of passing the public function's name first (`finite(name, 'trainError', …)`).
 * Everything else, the checks themselves, their thresholds and which error class is thrown,
 * is mutated as usual.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** The few fields of a Babel NodePath this ignorer reads. */
export interface PathLike {
  readonly node: { readonly type: string; readonly name?: string; readonly callee?: unknown };
  readonly parentPath: PathLike | null;
  readonly key: string | number | null;
  readonly listKey?: string | null;
}

interface NodeLike {
  readonly type: string;
  readonly name?: string;
  readonly callee?: NodeLike;
  readonly arguments?: readonly NodeLike[];
}

export const MESSAGE_REASON =
  'error-message wording: specs pin the error class and the leading function name, not the words (CONTRIBUTING.md, Mutation testing)';
const FUNCTION_NAME_ARGUMENTS = new Set(['name', 'NAME', 'functionName']);

export function messageIgnoreReason(path: PathLike): string | undefined {
  const parent = path.parentPath?.node as NodeLike | undefined;
  if (parent === undefined || path.listKey !== 'arguments' || typeof path.key !== 'number') {
    return undefined;
  }
  const callee = parent.callee;
  if (
    parent.type === 'NewExpression' &&
    callee?.type === 'Identifier' &&
    /Error$/.test(callee.name ?? '') &&
    path.key === 1
  ) {
    return MESSAGE_REASON;
  }
  const first = parent.arguments?.[0];
  const namesTheFunction =
    /^check[A-Z]/.test(callee?.name ?? '') ||
    (first?.type === 'Identifier' && FUNCTION_NAME_ARGUMENTS.has(first.name ?? ''));
  if (
    parent.type === 'CallExpression' &&
    callee?.type === 'Identifier' &&
    namesTheFunction &&
    path.key >= 1 &&
    (path.node.type === 'StringLiteral' || path.node.type === 'TemplateLiteral')
  ) {
    return MESSAGE_REASON;
  }
  return undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'error-messages', {
    shouldIgnore: (path: unknown) => messageIgnoreReason(path as PathLike),
  }),
];
