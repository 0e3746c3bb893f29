import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onlyFlags, parseArgs, runMain, UsageError } from './cli_args';
import { labRoot, runProcess } from './command';

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

describe('commands without arguments', { timeout: 30_000 }, () => {
  it('onlyFlags returns the flags given and refuses a positional or an unknown option', () => {
    expect([...onlyFlags([])]).toEqual([]);
    expect([...onlyFlags(['--screenshot'], ['screenshot'])]).toEqual(['screenshot']);
    expect(() => onlyFlags(['extra'])).toThrow(new UsageError('unexpected argument extra'));
    expect(() => onlyFlags(['--screenshot'])).toThrow(
      new UsageError('unknown option --screenshot'),
    );
  });

  // Each would otherwise run its whole job (the pristine specs, Chromium) and ignore the word.
  it.each([
    ['docs', 'scripts/docs.ts', 'extra', 'docs: unexpected argument extra'],
    ['test:browser', 'scripts/browser_check.ts', '--bogus', 'test:browser: unknown option --bogus'],
    ['test:lab', 'notebooks/browser_check.ts', '--shot', 'test:lab: unknown option --shot'],
  ])('npm run %s refuses an argument it does not take (exit 2)', async (_, file, arg, message) => {
    const script = path.join(labRoot, file);
    // A wrong implementation would run the whole job: the timeout ends it.
    const { code, stderr } = await runProcess(process.execPath, ['--import', 'tsx', script, arg], {
      timeoutMs: 20_000,
    });
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });
});

describe('runMain: how every command ends', () => {
  class Refused extends Error {}
  const printed = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it("exits with main's code, and leaves the code alone when main returns nothing", async () => {
    await runMain('kata', () => Promise.resolve(3));
    expect(process.exitCode).toBe(3);
    process.exitCode = undefined;
    await runMain('kata', () => Promise.resolve());
    expect(process.exitCode).toBeUndefined();
  });

  it('prints a usage error (or an expected class) as "<command>: <message>" and the usage, with the code given', async () => {
    const error = printed();
    await runMain('lab', () => Promise.reject(new UsageError('unexpected argument x')), {
      usage: 'usage: npm run lab',
    });
    expect(error).toHaveBeenCalledWith('lab: unexpected argument x\nusage: npm run lab');
    expect(process.exitCode).toBe(2);
    await runMain('module', () => Promise.reject(new Refused('not closed')), {
      code: 1,
      expected: [Refused],
    });
    expect(error).toHaveBeenLastCalledWith('module: not closed');
    expect(process.exitCode).toBe(1);
  });

  it('rethrows any other error, or prints it with exit 1 when asked to', async () => {
    const crash = new TypeError('bug');
    await expect(runMain('kata', () => Promise.reject(crash), { code: 1 })).rejects.toBe(crash);
    const error = printed();
    await runMain('contract', () => Promise.reject(crash), { print: true });
    expect(error).toHaveBeenCalledWith(crash);
    expect(process.exitCode).toBe(1);
  });
});
