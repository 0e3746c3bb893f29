/**
 * What the README and docs quote that the code knows: `<!-- generated:NAME -->` blocks, rewritten
 * from curriculum.ts and one run of the specs on the pristine stubs, and kata spec counts quoted in
 * example output (`0/15 specs pass`, `all 15 specs pass`, `0 of 15 specs pass`).
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

const plain = { style: styleFor({ isTTY: false }, { NO_COLOR: '1' }), width: 80 };
const katas = curriculum.flatMap((entry) => entry.katas);

/** The pristine run, as the `katas` project would see it on a fresh clone. */
function asKatas(run: RecordedRun, filter = ''): RecordedRun {
  const keep = <T extends { project: string; file: string }>(items: readonly T[]): T[] =>
    items
      .filter((item) => item.project === 'pristine' && item.file.includes(filter))
      .map((item) => ({ ...item, project: 'katas' }));
  return { tests: keep(run.tests), moduleErrors: keep(run.moduleErrors) };
}

const specCount = (run: RecordedRun, kata: Kata): number =>
  run.tests.filter((test) => test.project === 'pristine' && test.file === kata.spec).length;

const code = (command: string, output: string): string => `\`\`\`\n$ ${command}\n${output}\n\`\`\``;

const read = (root: string, file: string): string =>
  existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : '';

/** Each module's experiments (index.ts order) with the katas whose functions they use. */
function experimentRows(root: string): string[] {
  const owners = new Map<string, string>(); // function name → the kata whose stub exports it
  for (const kata of katas)
    for (const [, name = ''] of read(root, kata.stub).matchAll(
      /^export (?:function|const) (\w+)/gm,
    ))
      owners.set(name, kata.id);
  return curriculum.flatMap((entry) => {
    const folder = `experiments/${entry.id}`;
    return [...read(root, `${folder}/index.ts`).matchAll(/^\s*'(\w+)',?$/gm)].map(([, name]) => {
      // The declared `uses` list, which the experiment's type checks against the module's API.
      const uses = /\buses:\s*\[([^\]]*)\]/.exec(read(root, `${folder}/${name}.ts`))?.[1] ?? '';
      const ids = [...uses.matchAll(/'(\w+)'/g)].map(([, fn = '']) => owners.get(fn));
      const needs = [...new Set(ids.filter((id) => id !== undefined))].sort().join(', ');
      return `| ${entry.id.slice(0, 7).replace('_', ' ')} | \`${name}\` | ${needs} |`;
    });
  });
}

/** `v1, closed`, `v1 reopened` (changing towards v2) or `open`, as the module's manifest says. */
export function moduleVersion(root: string, moduleId: string): string {
  const manifest = readManifest(root, moduleId);
  if (manifest === undefined) return 'open';
  return `v${manifest.version}${manifest.status === 'closed' ? ', closed' : ' reopened'}`;
}

function generatedBlocks(root: string, run: RecordedRun): Record<string, string> {
  const learner = (filter: string): string =>
    renderLearnerReport(asKatas(run, filter), { ...plain, hintLevel: () => 1 }).join('\n');
  const first = curriculum[0];
  const firstKata = first?.katas[0];
  const modules = curriculum.map((entry) => {
    const specs = entry.katas.reduce((sum, kata) => sum + specCount(run, kata), 0);
    return `| \`${entry.id}\` | ${moduleVersion(root, entry.id)} | ${entry.katas.length} | ${specs} | ${entry.question} |`;
  });
  return {
    modules: [
      '| module | version | katas | specs | question |',
      '| ------ | ------- | ----: | ----: | -------- |',
      ...modules,
    ].join('\n'),
    progress: code(
      'npm run kata -- progress',
      renderProgress(progress(curriculum, asKatas(run)), plain),
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
function fixCounts(line: string, run: RecordedRun): string {
  const kata = katas.find((k) =>
    new RegExp(`(^|[^\\d.])${k.id.replace('.', '\\.')}\\b`).test(line),
  );
  if (kata === undefined || !/specs? pass/.test(line)) return line;
  const total = String(specCount(run, kata));
  return line
    .replace(/\b(\d+)\/\d+ specs pass/, `$1/${total} specs pass`)
    .replace(/\ball \d+ specs pass/, `all ${total} specs pass`)
    .replace(/\b(\d+) of \d+ specs pass/, `$1 of ${total} specs pass`);
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
  const fixed = withBlocks
    .split('\n')
    .map((line) => fixCounts(line, run))
    .join('\n');
  return prettier.format(fixed, { ...(await prettier.resolveConfig(file)), filepath: file });
}

/** Each generated file there is, its text, and what `npm run docs` would write. */
export function generatedDocs(root: string, run: RecordedRun) {
  const files = ['README.md', 'docs/learner_workflow.md'];
  return Promise.all(
    files
      .filter((file) => existsSync(path.join(root, file)))
      .map(async (file) => {
        const text = read(root, file);
        return { file, text, fresh: await regenerate(root, path.join(root, file), text, run) };
      }),
  );
}

/** verify's check: each generated file is what `npm run docs` would write. */
export async function checkGeneratedDocs(root: string, run: RecordedRun): Promise<CheckResult[]> {
  return (await generatedDocs(root, run)).map(({ file, text, fresh }) => {
    const name = `${file}: generated numbers and examples are current`;
    if (fresh === text) return pass(name);
    const [a, b] = [text.split('\n'), fresh.split('\n')];
    const line = a.findIndex((value, i) => value !== b[i]);
    return failure(name, `stale from line ${line + 1} (run npm run docs): "${a[line] ?? ''}"`);
  });
}
