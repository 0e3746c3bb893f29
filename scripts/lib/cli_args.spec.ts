import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './cli_args';

describe('command-line arguments', () => {
  const spec = { flags: ['yes', 'json'], short: { y: 'yes' }, options: ['level'] };

  it('separates positionals, flags and options in either spelling', () => {
    const args = parseArgs(['01.03', '--level', '2', '-y'], spec);
    expect(args.positional).toEqual(['01.03']);
    expect([...args.flags]).toEqual(['yes']);
    expect(args.options.get('level')).toBe('2');
    expect(parseArgs(['--level=3', '--json'], spec).options.get('level')).toBe('3');
  });

  it('rejects what the verb does not take, and an option without its value', () => {
    expect(() => parseArgs(['--force'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--json=1'], spec)).toThrow(/unknown option --json=1/);
    expect(() => parseArgs(['--level'], spec)).toThrow(/--level needs a value/);
  });
});
