/**
 * `npm run kata` end to end, in a temporary git repository holding two fixture modules
 * (week_01_alpha and week_02_beta, one placeholder kata each: `placeholder(x)` returns 2x).
 * The tests run in order and share that repository, as a learner's session would. Every verb
 * runs once as the learner runs it (`tsx scripts/kata.ts …`); its further calls run in this
 * process, on the same repository (a spawn costs about a second of CPU and proves nothing new).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Module } from '../../curriculum';
import { createTempLab, type TempLab } from '../lib/temp_lab';
import { styleFor } from '../lib/terminal';
import { compareCommand, hintCommand, resetCommand, type CommandContext } from './commands';

const STUB = 'katas/week_01_alpha/01_placeholder.ts';
const BETA_STUB = 'katas/week_02_beta/01_placeholder.ts';
let lab: TempLab;
let modules: readonly Module[] = [];
let pristine = '';

beforeAll(async () => {
  lab = await createTempLab(['week_01_alpha', 'week_02_beta']);
  pristine = lab.read(STUB);
  const labCurriculum = (await import(path.join(lab.root, 'curriculum.ts'))) as {
    curriculum: readonly Module[];
  };
  modules = labCurriculum.curriculum;
}, 60_000);
afterAll(() => lab?.remove());

/** A verb called in this process, on the temporary lab, as `npm run kata` would on a pipe. */
async function inProcess(
  verb: (context: CommandContext) => number | Promise<number>,
): Promise<{ code: number; stdout: string }> {
  const printed: string[] = [];
  const code = await verb({
    root: lab.root,
    modules,
    style: styleFor({}, {}),
    width: 80,
    print: (text) => printed.push(`${text}\n`),
    status: () => undefined,
  });
  return { code, stdout: printed.join('') };
}

const implement = (file: string, body: string): void =>
  lab.write(
    file,
    lab
      .read(file)
      .replace(/\/\/ TODO: twice x\.\n\s*throw new NotImplementedError\([^)]*\);/, body),
  );

describe('npm run kata, in a temporary lab', { timeout: 60_000 }, () => {
  it('hint shows the hints up to --level, and remembers how far the learner has gone', async () => {
    const first = await lab.script('kata', ['hint', 'week_01_alpha/01']);
    expect(first.stdout).toContain('hint 1 of 2');
    expect(first.stdout).toContain('more: npm run kata -- hint 01.01 --level 2');
    const both = await inProcess((context) => hintCommand(context, '01.01', '2'));
    expect(both.stdout).toMatch(
      /1\. What should[\s\S]*2\. See theory\/week_01_alpha\.md#placeholder/,
    );
    expect(both.stdout).not.toContain('more:');
  });

  it('npm test lists the katas, then the first failure with the current hint, the theory and the next command', async () => {
    const { stdout } = await lab.run('npm', ['test', '--', 'week_01_alpha']);
    expect(stdout).toContain('week_01_alpha · Alpha');
    expect(stdout).toMatch(/· 01\.01 Placeholder\s+not started/);
    expect(stdout).toContain('NotImplementedError: placeholder is not implemented yet');
    // hint --level 2 (the test before) moved 01.01 to its second and last hint
    expect(stdout).toMatch(/hint 2 of 2\n\s+See theory\/week_01_alpha\.md#placeholder/);
    expect(stdout).toContain('theory: theory/week_01_alpha.md#placeholder');
    expect(stdout).toContain('run next: npm run kata -- watch 01.01');
    expect(stdout).not.toContain('week_02_beta');
    expect(stdout.split('\n').length).toBeLessThan(30);
  });

  it('npm run test:full -- <kata id> is Vitest’s report: each failure annotated with hint and theory, then progress', async () => {
    const { stdout, stderr } = await lab.run('npm', ['run', 'test:full', '--', '01.01']);
    expect(stderr).toMatch(
      /❯ hint 2\/2\n\s+↳ See theory\/week_01_alpha\.md#placeholder: [^\n]*input\.\n/,
    );
    expect(stderr).toMatch(/❯ theory\n\s+↳ theory\/week_01_alpha\.md#placeholder/);
    expect(stdout).toMatch(/katas\s+░+ 0\/1 done/);
    expect(stdout).not.toContain('week_02_beta');
  });

  it('compare keeps the solution hidden until the specs pass; --peek shows it', async () => {
    const hidden = await lab.script('kata', ['compare', '01.01']);
    expect(hidden.stdout).toContain('01.01 Placeholder: 0 of 1 spec pass.');
    expect(hidden.stdout).toContain('To look anyway: npm run kata -- compare 01.01 --peek');
    expect(hidden.stdout).not.toContain('2 * x');
    const peek = await inProcess((context) => compareCommand(context, '01.01', true));
    expect(peek.stdout).toContain('+  return 2 * x;');
    expect(peek.stdout).toContain("-  throw new NotImplementedError('01.01', 'placeholder');");
  });

  it('progress --json counts a kata done once its specs pass; compare then shows the diff; next moves on', async () => {
    implement(STUB, 'return x + x;');
    const json = JSON.parse((await lab.script('kata', ['progress', '--json'])).stdout) as {
      modules: {
        id: string;
        katas: { id: string; passed: number; total: number; done: boolean }[];
      }[];
    };
    expect(json.modules.map((m) => m.katas.map((k) => [k.id, k.passed, k.total, k.done]))).toEqual([
      [['01.01', 1, 1, true]],
      [['02.01', 0, 1, false]],
    ]);
    const compared = await inProcess((context) => compareCommand(context, '01.01', false));
    expect(compared.stdout).toMatch(
      /its spec passes[\s\S]*- {2}return x \+ x;\n\+ {2}return 2 \* x;/,
    );
    const next = await lab.script('kata', ['next']);
    expect(next.stdout).toContain('next: 02.01 Placeholder (0/1 specs pass)');
    expect(next.stdout).toContain('1. What should placeholder(2) return?');
    expect(next.stderr).toContain(
      'NotImplementedError: placeholder is not implemented yet: kata 02.01',
    );
    expect(next.stderr).toMatch(
      /❯ hint 1\/2\n\s+↳ What should placeholder\(2\) return\? \(next hint: npm run kata -- hint 02\.01 --level 2\)/,
    );
    expect(next.stderr).toMatch(/❯ theory\n\s+↳ theory\/week_02_beta\.md#placeholder/);
  });

  it('reset refuses without --yes on a pipe; with it, restores the committed stub and keeps a backup', async () => {
    const mine = lab.read(STUB);
    const refused = await lab.script('kata', ['reset', '01.01']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('add --yes to confirm');
    expect(lab.read(STUB)).toBe(mine);

    const reset = await inProcess((context) => resetCommand(context, '01.01', true));
    expect(reset.code).toBe(0);
    expect(lab.read(STUB)).toBe(pristine);
    const backup = /your version: (\.lab\/backups\/[^\s]+)/.exec(reset.stdout)?.[1] ?? '';
    expect(backup).toMatch(new RegExp(`^\\.lab/backups/\\d{4}-\\d\\d-\\d\\dT[\\d.-]+Z/${STUB}$`));
    expect(lab.read(backup)).toBe(mine);
    expect(lab.git(['status', '--porcelain'])).toBe(''); // .lab/ is ignored; the stub is as committed
  });

  it('watch starts at the first unfinished kata, moves on once it is green, climbs to the next hint after a failure, and stops on Ctrl-C', async () => {
    const watch = lab.start('kata', ['watch']);
    try {
      await watch.waitFor(/01\.01 Placeholder: 0\/1 specs pass/, 30_000);
      const start = watch.output().length;
      implement(STUB, 'return 2 * x;');
      await watch.waitFor(
        /✓ 01\.01 Placeholder: its spec passes[\s\S]*moving on to 02\.01/,
        20_000,
        start,
      );
      await watch.waitFor(/02\.01 Placeholder: 0\/1 specs pass\nhint 1 of 2/, 30_000, start);
      const mark = watch.output().length;
      implement(BETA_STUB, 'return x;'); // saved, still wrong
      await watch.waitFor(/0\/1 specs pass\nhint 2 of 2\n\s+See theory/, 20_000, mark);
      const solved = watch.output().length;
      lab.write(BETA_STUB, lab.read(BETA_STUB).replace('return x;', 'return 2 * x;'));
      await watch.waitFor(/✓ 02\.01 Placeholder: its spec passes/, 20_000, solved);
    } finally {
      expect(await watch.stop('SIGINT')).toBe(0);
    }
  });

  it('watch stops a spec that never finishes with the hang message, and runs it again once the stub is saved', async () => {
    const withBody = (body: string): string =>
      pristine.replace(/\/\/ TODO: twice x\.\n\s*throw new NotImplementedError\([^)]*\);/, body);
    lab.write(STUB, withBody('while (x === x) x += 0;\n  return 2 * x;'));
    const watch = lab.start('kata', ['watch', '01.01'], { LAB_SPEC_TIMEOUT_MS: '2000' });
    try {
      await watch.waitFor(
        /✗ kata 01\.01 "Placeholder": a spec ran for more than 2 s[\s\S]*save katas\/week_01_alpha\/01_placeholder\.ts to run it again/,
        30_000,
      );
      const mark = watch.output().indexOf('to run it again');
      // It waits for the save: a watch that restarted at once would loop on the hang.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(watch.output().slice(mark)).not.toContain('watching 01.01');
      lab.write(STUB, withBody('return 2 * x;'));
      await watch.waitFor(
        /watching 01\.01[\s\S]*✓ 01\.01 Placeholder: its spec passes/,
        30_000,
        mark,
      );
    } finally {
      expect(await watch.stop('SIGINT')).toBe(0);
    }
  });
});
