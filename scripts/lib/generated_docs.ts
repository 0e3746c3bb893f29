/**
 * Numbers and example output in the README and docs that the code knows, generated rather
 * than typed: blocks between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` are
 * rewritten from curriculum.ts and one run of the specs on the pristine stubs, and kata spec
 * counts quoted in example output (`01.01 … 0/15 specs pass`, `all 15 specs pass`, `0 of 15
 * specs`) are set to the real count. `npm run docs` writes them; verify checks they are current.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { curriculum, type Kata } from '../../curriculum';
import { progress, renderProgress } from '../kata/progress';
import { readManifest } from '../module/manifest';
import { failure, pass, type CheckResult } from './checks';
import { renderLearnerReport } from './learner_reporter';
import type { RecordedRun } from './results_reporter';
import { styleFor } from './terminal';

export const GENERATED_FILES = ['README.md', 'docs/learner_workflow.md'] as const;

const plain = styleFor({ isTTY: false }, { NO_COLOR: '1' });
const WIDTH = 80;

/** The pristine run, as the `katas` project would see it on a fresh clone. */
function asKatas(run: RecordedRun, filter = ''): RecordedRun {
  return {
    tests: run.tests
      .filter((test) => test.project === 'pristine' && test.file.includes(filter))
      .map((test) => ({ ...test, project: 'katas' })),
    moduleErrors: run.moduleErrors
      .filter((error) => error.project === 'pristine' && error.file.includes(filter))
      .map((error) => ({ ...error, project: 'katas' })),
  };
}

const specCount = (run: RecordedRun, kata: Kata): number =>
  run.tests.filter((test) => test.project === 'pristine' && test.file === kata.spec).length;

const code = (command: string, lines: readonly string[]): string =>
  ['```', `$ ${command}`, ...lines, '```'].join('\n');

/** Function name → the kata whose stub exports it. */
function kataOfFunction(root: string): Map<string, Kata> {
  const owners = new Map<string, Kata>();
  for (const kata of curriculum.flatMap((entry) => entry.katas)) {
    const file = path.join(root, kata.stub);
    if (!existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:function|const) (\w+)/gm))
      owners.set(match[1] ?? '', kata);
  }
  return owners;
}

/** Each module's experiments (experiments/<module>/index.ts order) with the katas whose functions they call. */
function experimentRows(root: string): string[] {
  const owners = kataOfFunction(root);
  return curriculum.flatMap((entry) => {
    const index = path.join(root, 'experiments', entry.id, 'index.ts');
    if (!existsSync(index)) return [];
    const names = [...readFileSync(index, 'utf8').matchAll(/^\s*'(\w+)',?$/gm)].map(
      (m) => m[1] ?? '',
    );
    return names.map((name) => {
      const file = path.join(root, 'experiments', entry.id, `${name}.ts`);
      // The experiment's declared `uses` list, which its type checks against the module's API
      // (its calls may sit in a shared `_setting.ts`).
      const declared = existsSync(file)
        ? (/\buses:\s*\[([^\]]*)\]/.exec(readFileSync(file, 'utf8'))?.[1] ?? '')
        : '';
      const calls = [...declared.matchAll(/'(\w+)'/g)].map((m) => m[1] ?? '');
      const katas = [
        ...new Set(calls.map((fn) => owners.get(fn)?.id).filter((id) => id !== undefined)),
      ].sort();
      return `| ${entry.id.slice(0, 7).replace('_', ' ')} | \`${name}\` | ${katas.join(', ')} |`;
    });
  });
}

/**
 * A module's version as its manifest records it (npm run module -- close / reopen): `v1, closed`
 * (tagged `<module>/v1`), `v1 reopened` (changing towards v2), or `open` before its first close.
 */
export function moduleVersion(root: string, moduleId: string): string {
  const manifest = readManifest(root, moduleId);
  if (manifest === undefined) return 'open';
  return manifest.status === 'closed'
    ? `v${manifest.version}, closed`
    : `v${manifest.version} reopened`;
}

/** Every generated block, by name. */
export function generatedBlocks(root: string, run: RecordedRun): Record<string, string> {
  const learner = (filter: string): string[] =>
    renderLearnerReport(asKatas(run, filter), {
      style: plain,
      width: WIDTH,
      hintLevel: () => 1,
    });
  const first = curriculum[0];
  const firstKata = first?.katas[0];
  const rows = curriculum.map((entry) => {
    const specs = entry.katas.reduce((sum, kata) => sum + specCount(run, kata), 0);
    return `| \`${entry.id}\` | ${moduleVersion(root, entry.id)} | ${entry.katas.length} | ${specs} | ${entry.question} |`;
  });
  return {
    modules: [
      '| module | version | katas | specs | question |',
      '| ------ | ------- | ----: | ----: | -------- |',
      ...rows,
    ].join('\n'),
    progress: code(
      'npm run kata -- progress',
      renderProgress(progress(curriculum, asKatas(run)), { style: plain, width: WIDTH }).split(
        '\n',
      ),
    ),
    experiments: [
      '| module | experiment | needs katas |',
      '| - | - | - |',
      ...experimentRows(root),
    ].join('\n'),
    'test-module': code(
      `npm test -- ${first?.id.slice(0, 7) ?? ''}`,
      learner(`katas/${first?.id}/`),
    ),
    'test-kata': code(`npm test -- ${firstKata?.id ?? ''}`, learner(firstKata?.spec ?? '')),
  };
}

/** Sets each kata's spec count where example output quotes it. */
function fixCounts(text: string, run: RecordedRun): string {
  return text
    .split('\n')
    .map((line) => {
      const kata = curriculum
        .flatMap((entry) => entry.katas)
        .find((k) => new RegExp(`(^|[^\\d.])${k.id.replace('.', '\\.')}\\b`).test(line));
      if (kata === undefined || !/specs? pass/.test(line)) return line;
      const total = String(specCount(run, kata));
      return line
        .replace(/\b(\d+)\/\d+ specs pass/, `$1/${total} specs pass`)
        .replace(/\ball \d+ specs pass/, `all ${total} specs pass`)
        .replace(/\b(\d+) of \d+ specs pass/, `$1 of ${total} specs pass`);
    })
    .join('\n');
}

/** The text of `file` with every generated block and quoted count current, formatted by Prettier. */
export async function regenerate(
  root: string,
  file: string,
  text: string,
  run: RecordedRun,
): Promise<string> {
  const blocks = generatedBlocks(root, run);
  const withBlocks = text.replace(
    /(<!-- generated:([\w-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g,
    (whole, open: string, name: string, close: string) =>
      blocks[name] === undefined ? whole : `${open}\n\n${blocks[name]}\n\n${close}`,
  );
  const options = await prettier.resolveConfig(file);
  return prettier.format(fixCounts(withBlocks, run), { ...options, filepath: file });
}

/** verify's check: each generated file is what `npm run docs` would write. */
export function checkGeneratedDocs(root: string, run: RecordedRun): Promise<CheckResult[]> {
  return Promise.all(
    GENERATED_FILES.filter((file) => existsSync(path.join(root, file))).map(async (file) => {
      const name = `${file}: generated numbers and examples are current`;
      const text = readFileSync(path.join(root, file), 'utf8');
      const fresh = await regenerate(root, path.join(root, file), text, run);
      if (fresh === text) return pass(name);
      const a = text.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((value, i) => value !== b[i]);
      return failure(name, `stale from line ${line + 1} (run npm run docs): "${a[line] ?? ''}"`);
    }),
  );
}
