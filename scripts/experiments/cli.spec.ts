import { describe, expect, it } from 'vitest';
import { parseArguments, resolveModule, usage, UsageError } from './cli';

describe('experiment runner arguments', () => {
  it('resolves a module from its short name, its full id or its number', () => {
    expect(resolveModule('week_01').id).toBe('week_01_linear_regression');
    expect(resolveModule('week_01_linear_regression').id).toBe('week_01_linear_regression');
    expect(resolveModule('week_02').id).toBe('week_02_bias_variance');
    expect(resolveModule('02').id).toBe('week_02_bias_variance');
  });

  it('rejects an unknown module and names the known ones', () => {
    expect(() => resolveModule('week_09')).toThrow(UsageError);
    expect(() => resolveModule('week_0')).toThrow(/known: week_01_linear_regression/);
  });

  it('reads the module, the experiment name and every flag of `experiment`', () => {
    const args = parseArguments('experiment', [
      'week_01',
      'anscombe',
      '--solutions',
      '--seed',
      '7',
      '--out',
      'tmp/out',
    ]);
    expect(args).toMatchObject({
      command: 'experiment',
      name: 'anscombe',
      solutions: true,
      seed: 7,
      out: 'tmp/out',
      help: false,
    });
    expect(args.module.id).toBe('week_01_linear_regression');
  });

  it('reads --set as a number, or as the name of a choice, and rejects anything else', () => {
    const args = parseArguments('experiment', [
      'week_02',
      'bias_variance_sweep',
      '--set',
      'n=15',
      '--set=truth=step',
    ]);
    expect(args.values).toEqual({ n: 15, truth: 'step' });
    expect(() => parseArguments('experiment', ['week_02', 'x', '--set', 'n=1 2'])).toThrow(
      /name=number or name=choice/,
    );
    expect(() => parseArguments('experiments', ['week_02', '--set', 'n=3'])).toThrow(
      /one experiment/,
    );
  });

  it('accepts --flag=value and flags before the positional arguments', () => {
    const args = parseArguments('experiment', [
      '--seed=-3',
      '--out=x',
      'week_02',
      'double_descent',
    ]);
    expect(args).toMatchObject({ seed: -3, out: 'x', name: 'double_descent', solutions: false });
  });

  it('runs on the katas by default, with the experiment’s own seed and the default folder', () => {
    const args = parseArguments('experiments', ['week_02']);
    expect(args).toMatchObject({ solutions: false, seed: undefined, out: undefined });
    expect(args.name).toBeUndefined();
  });

  it('requires the experiment name for `experiment` and refuses it for `experiments`', () => {
    expect(() => parseArguments('experiment', ['week_01'])).toThrow(/missing the experiment name/);
    expect(() => parseArguments('experiments', ['week_01', 'anscombe'])).toThrow(
      /unexpected argument anscombe/,
    );
    expect(() => parseArguments('report', [])).toThrow(/missing the module/);
  });

  it('rejects unknown options, a missing value and a seed that is not an integer', () => {
    expect(() => parseArguments('experiments', ['week_01', '--solution'])).toThrow(
      /unknown option --solution/,
    );
    expect(() => parseArguments('experiments', ['week_01', '--out'])).toThrow(
      /--out needs a value/,
    );
    expect(() => parseArguments('experiment', ['week_01', 'x', '--seed', '1.5'])).toThrow(
      /--seed needs an integer/,
    );
    expect(() => parseArguments('experiment', ['week_01', 'x', '--seed', 'abc'])).toThrow(
      UsageError,
    );
  });

  it('answers --help without needing a module', () => {
    expect(parseArguments('report', ['--help']).help).toBe(true);
    expect(usage('experiment')).toMatch(/npm run experiment -- <module> <name>/);
    expect(usage('experiments')).toMatch(/week_01, week_02/);
  });
});
