import { describe, expect, it } from 'vitest';
import { styleFor, visibleLength } from '../lib/terminal';
import { modules, runOf } from './fixture';
import { nextKata, progress, progressJson, renderProgress } from './progress';

const [alpha1, alpha2, beta1] = modules.flatMap((m) => m.katas);
const run = runOf({ [alpha1!.spec]: [3, 3], [alpha2!.spec]: [1, 4], [beta1!.spec]: [0, 2] });

describe('progress', () => {
  it('a kata is done when all its specs pass; next is the first one that is not', () => {
    const statuses = progress(modules, run);
    expect(statuses[0]?.katas.map((k) => [k.passed, k.total, k.done])).toEqual([
      [3, 3, true],
      [1, 4, false],
    ]);
    expect(nextKata(statuses)?.id).toBe('01.02');
    expect(nextKata(progress(modules, runOf({ [alpha1!.spec]: [1, 1] })))?.id).toBeUndefined();
  });

  it('a spec file that cannot load leaves its kata not done and says why', () => {
    const broken = {
      tests: [],
      moduleErrors: [
        {
          project: 'katas',
          file: alpha1!.spec,
          errors: [{ name: 'SyntaxError', message: 'x\ny' }],
        },
      ],
    };
    const [status] = progress(modules, broken)[0]?.katas ?? [];
    expect(status).toMatchObject({ done: false, ran: true, problem: 'SyntaxError: x' });
  });

  it('--json has exactly the documented shape', () => {
    const json = progressJson(progress(modules, run)) as {
      modules: { id: string; title: string; katas: Record<string, unknown>[] }[];
    };
    expect(Object.keys(json.modules[0] ?? {})).toEqual(['id', 'title', 'katas']);
    expect(json.modules[0]?.katas[0]).toEqual({
      id: '01.01',
      title: alpha1!.title,
      stub: alpha1!.stub,
      spec: alpha1!.spec,
      solution: alpha1!.solution,
      passed: 3,
      total: 3,
      done: true,
    });
  });

  it('renders bars that fit the width, in plain text under NO_COLOR', () => {
    for (const width of [40, 60, 80, 100]) {
      for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
        const text = renderProgress(progress(modules, run), { style: styleFor({}, env), width });
        for (const line of text.split('\n').filter((l) => l.includes('█') || l.includes('░')))
          expect(visibleLength(line)).toBeLessThanOrEqual(width);
        expect(text.includes('\u001b[')).toBe(env.FORCE_COLOR === '1');
      }
    }
    const text = renderProgress(progress(modules, run), { style: styleFor({}, {}), width: 80 });
    expect(text).toContain('1/2 done');
    expect(text).toContain('4/7 passing');
    expect(text).toContain('next   01.02 second · theory/week_01_alpha.md#second');
  });

  it('after a filtered run, counts only the katas that ran and says so', () => {
    const statuses = progress(modules, runOf({ [beta1!.spec]: [2, 2] }));
    const text = renderProgress(statuses.slice(1), {
      style: styleFor({}, {}),
      width: 80,
      onlyRan: true,
    });
    expect(text).toContain('(1 of 2 katas ran)');
    expect(text).toContain('1/1 done');
  });
});
