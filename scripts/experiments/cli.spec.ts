import { describe, expect, it } from 'vitest';
import { UsageError } from '../lib/cli_args';
import { parseArguments, resolveModule, usage } from './cli';

/** A command line's words, as the shell splits them (no quoting needed here). */
const argv = (line: string): string[] => line.split(' ');

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
    const args = parseArguments(
      'experiment',
      argv('week_01 anscombe --solutions --seed 7 --out tmp/out'),
    );
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

  it('reads --set as a number, or as the name of a choice', () => {
    const args = parseArguments(
      'experiment',
      argv('week_02 bias_variance_sweep --set n=15 --set=truth=step'),
    );
    expect(args.values).toEqual({ n: 15, truth: 'step' });
  });

  it('accepts --flag=value and flags before the positional arguments', () => {
    const args = parseArguments('experiment', argv('--seed=-3 --out=x week_02 double_descent'));
    expect(args).toMatchObject({ seed: -3, out: 'x', name: 'double_descent', solutions: false });
  });

  it('runs on the katas by default, with the experiment’s own seed and the default folder', () => {
    const args = parseArguments('experiments', ['week_02']);
    expect(args).toMatchObject({ solutions: false, seed: undefined, out: undefined });
    expect(args.name).toBeUndefined();
  });

  // A usage error, saying what is wrong: the experiment name is required by `experiment` and
  // refused by `experiments`; --set is a number or a choice, for one experiment; options are
  // known, take their value, and a seed is an integer.
  it.each([
    ['experiment', ['week_02', 'x', '--set', 'n=1 2'], /name=number or name=choice/],
    ['experiments', argv('week_02 --set n=3'), /one experiment/],
    ['experiment', argv('week_01'), /missing the experiment name/],
    ['experiments', argv('week_01 anscombe'), /unexpected argument anscombe/],
    ['report', [], /missing the module/],
    ['experiments', argv('week_01 --solution'), /unknown option --solution/],
    ['experiments', argv('week_01 --out'), /--out needs a value/],
    ['experiment', argv('week_01 x --seed 1.5'), /--seed needs an integer/],
    ['experiment', argv('week_01 x --seed abc'), /--seed needs an integer/],
  ] as const)('refuses `%s` with %j: %s', (command, args, message) => {
    expect(() => parseArguments(command, args)).toThrow(UsageError);
    expect(() => parseArguments(command, args)).toThrow(message);
  });

  it('answers --help without needing a module', () => {
    expect(parseArguments('report', ['--help']).help).toBe(true);
    expect(usage('experiment')).toMatch(/npm run experiment -- <module> <name>/);
    expect(usage('experiments')).toMatch(/week_01, week_02/);
  });
});
