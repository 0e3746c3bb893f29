import { describe, expect, it } from 'vitest';
import { MESSAGE_REASON, messageIgnoreReason, type PathLike } from './stryker_message_ignorer';

const identifier = (name: string): { type: string; name: string } => ({ type: 'Identifier', name });
const literal = { type: 'StringLiteral' };

/** The path of argument `key` of a call or `new` expression. */
function argument(
  type: 'CallExpression' | 'NewExpression',
  callee: string,
  args: { type: string; name?: string }[],
  key: number,
): PathLike {
  const parent = { type, callee: identifier(callee), arguments: args };
  return {
    node: args[key] ?? literal,
    key,
    listKey: 'arguments',
    parentPath: { node: parent, key: null, parentPath: null },
  };
}

describe('the mutation ignorer for error-message wording', () => {
  it('ignores the message of a lab error, not its other arguments', () => {
    const args = [identifier('name'), { type: 'TemplateLiteral' }, { type: 'ArrayExpression' }];
    expect(messageIgnoreReason(argument('NewExpression', 'RankDeficiencyError', args, 1))).toBe(
      MESSAGE_REASON,
    );
    expect(messageIgnoreReason(argument('NewExpression', 'RankDeficiencyError', args, 2))).toBe(
      undefined,
    );
    expect(messageIgnoreReason(argument('NewExpression', 'Map', args, 1))).toBe(undefined);
  });

  it('ignores the labels of a check called with the public function’s name, and nothing else', () => {
    const check = [identifier('NAME'), literal, identifier('n'), literal, identifier('m')];
    expect(messageIgnoreReason(argument('CallExpression', 'checkSameLength', check, 1))).toBe(
      MESSAGE_REASON,
    );
    expect(messageIgnoreReason(argument('CallExpression', 'checkSameLength', check, 3))).toBe(
      MESSAGE_REASON,
    );
    expect(messageIgnoreReason(argument('CallExpression', 'checkSameLength', check, 2))).toBe(
      undefined,
    );
    const method = [identifier('method'), literal, identifier('n')];
    expect(messageIgnoreReason(argument('CallExpression', 'checkSize', method, 1))).toBe(
      MESSAGE_REASON,
    );
    const predict = [literal, literal, identifier('rows')];
    expect(messageIgnoreReason(argument('CallExpression', 'checkVector', predict, 0))).toBe(
      undefined,
    );
    // A seed's sub-stream name is behaviour: the call does not follow the convention.
    const stream = [identifier('method'), identifier('n'), { type: 'TemplateLiteral' }];
    expect(messageIgnoreReason(argument('CallExpression', 'sampleRandomDesign', stream, 2))).toBe(
      undefined,
    );
    const notAnArgument: PathLike = { node: literal, key: 'init', parentPath: null };
    expect(messageIgnoreReason(notAnArgument)).toBe(undefined);
  });
});
