/**
 * The contract check end to end, split where Vitest runs: `prepareContract` writes the `contract`
 * project, Vitest runs it with LAB_CONTRACT=1, `collectCoverage` reads what it left. A kata whose
 * fingerprint (its contract, spec, the files its spec and solution import, this folder's code,
 * the Vitest config) matches its last run's is not run again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { curriculum, type Kata } from '../../../curriculum';
import { UsageError } from '../cli_args';
import { readPristine } from '../pristine';
import { kataCoverage, mutantId, OPEN_GAPS, readAllowList, staleAllowances } from './coverage';
import { readContracts, type KataContract } from './elements';
import type { KataContractRun } from './harness';
import { CONTRACT_FOLDER, manifestFile, type ManifestKata } from './plugin';

const here = path.dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The .ts files of a folder, specs aside, sorted. */
const sourceFiles = (folder: string = here): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .sort()
    .map((name) => path.join(folder, name));

/** sha256 of `text` and of each file's path (relative to the root) and content. */
function hashFiles(root: string, text: string, files: readonly string[]): string {
  const hash = createHash('sha256').update(text);
  for (const file of files)
    hash.update(`${path.relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  return hash.digest('hex');
}

/** The entries and every local file they reach through relative imports (a stub counts as its solution), sorted. */
export function importClosure(root: string, entries: readonly string[]): string[] {
  const katas = path.join(root, 'katas') + path.sep;
  const asLoaded = (file: string): string =>
    file.startsWith(katas) && !file.endsWith('.spec.ts')
      ? path.join(root, 'solutions', path.relative(katas, file))
      : file;
  const seen = new Set<string>();
  const queue = entries.map((entry) => asLoaded(path.resolve(root, entry)));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const base = path.resolve(path.dirname(file), match[1] ?? '');
      const target = [base, `${base}.ts`, path.join(base, 'index.ts')]
        .map(asLoaded)
        .find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
      if (target !== undefined && !target.includes(`${path.sep}node_modules${path.sep}`))
        queue.push(target);
    }
  }
  return [...seen].sort();
}

export const kataFingerprint = (root: string, entries: readonly string[], contract: unknown) =>
  hashFiles(root, JSON.stringify(contract), [
    ...importClosure(root, entries),
    ...sourceFiles(),
    path.join(root, 'vitest.config.ts'),
  ]);

/** Katas by id (`01.06`), module folder or its prefix (`week_01`, `week_01_linear_regression`); all by default. */
export function selectKatas(selector: string | undefined): Kata[] {
  const chosen = curriculum.flatMap((module) =>
    module.katas.filter(
      (kata) => !selector || kata.id === selector || module.id.startsWith(selector),
    ),
  );
  if (selector && chosen.length === 0)
    throw new UsageError(`no kata or module matches "${selector}" (try 01.06 or week_01)`);
  return chosen;
}

const readJson = <T>(file: string): T | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

/** The contracts of `katas`, cached by the stubs, the helpers and this folder's code (the TypeScript program takes seconds to build). */
function contractsOf(root: string, katas: readonly Kata[]): KataContract[] {
  const stubs = katas.map((kata) => ({
    kataId: kata.id,
    stub: kata.stub,
    content: readPristine(root, kata.stub).content,
  }));
  const file = path.join(root, CONTRACT_FOLDER, 'contracts-cache.json');
  const text = stubs.map((stub) => `${stub.stub}\0${stub.content}\0`).join('');
  const key = hashFiles(root, text, [...sourceFiles(), ...sourceFiles(path.join(root, 'helpers'))]);
  const cached = readJson<{ key: string; contracts: KataContract[] }>(file);
  if (cached?.key === key) return cached.contracts;
  const contracts = readContracts(root, stubs);
  writeJson(file, { key, contracts });
  return contracts;
}

const resultsFile = (root: string, kataId: string): string =>
  path.join(root, CONTRACT_FOLDER, 'results', `${kataId}.json`);
const cacheFile = (root: string, kataId: string): string =>
  path.join(root, CONTRACT_FOLDER, 'cache', `${kataId}.json`);

/** The spec file that traces the kata's spec, then runs it once per mutant (harness.ts). */
function specSource(root: string, kata: ManifestKata): string {
  const folder = path.join(root, CONTRACT_FOLDER);
  const relative = (file: string): string =>
    path.relative(folder, path.join(root, file)).split(path.sep).join('/');
  const load = (id: string): string =>
    `() => import(${JSON.stringify(`${relative(kata.spec)}?contract=${id}`)})`;
  const kataId = JSON.stringify(kata.kataId);
  return [
    `// Generated by npm run contract: kata ${kata.kataId}, ${kata.mutants.length} mutants.`,
    `import { mutantSuite, recordResults, traceSuite } from ${JSON.stringify(relative('scripts/lib/contract/harness.ts'))};`,
    '',
    `traceSuite(${kataId}, ${load(`${kata.kataId}-trace`)});`,
    ...kata.mutants.map(
      (mutant) =>
        `mutantSuite(${kataId}, ${JSON.stringify(mutant.id)}, ${JSON.stringify(mutant.element)}, ${JSON.stringify(mutant.functions)}, ${load(mutant.id)});`,
    ),
    `recordResults(${kataId}, ${JSON.stringify(resultsFile(root, kata.kataId))}, ${JSON.stringify(kata.mutants.map((mutant) => mutant.id))});`,
    '',
  ].join('\n');
}

/**
 * Reads the contracts and writes the contract project (the manifest plugin.ts reads, a spec
 * file per kata; old ones removed). With `reuse`, a kata whose fingerprint equals that of its
 * last run is not run again: its result is copied.
 */
export function prepareContract(
  root: string,
  katas: readonly Kata[],
  options: { reuse?: boolean } = {},
) {
  const contracts = contractsOf(root, katas);
  const fingerprints = new Map(
    katas.map((kata, k) => [
      kata.id,
      kataFingerprint(root, [kata.spec, kata.solution], contracts[k]),
    ]),
  );
  const cached = new Map<string, KataContractRun>();
  for (const kata of options.reuse === true ? katas : []) {
    const entry = readJson<{ fingerprint: string; run: KataContractRun }>(cacheFile(root, kata.id));
    if (entry !== undefined && entry.fingerprint === fingerprints.get(kata.id))
      cached.set(kata.id, entry.run);
  }
  const manifest: ManifestKata[] = katas.map((kata, k) => {
    const contract = contracts[k] as KataContract;
    const mutants = contract.elements.flatMap(({ name, functions, mutation }) =>
      mutation === undefined ? [] : [{ element: name, functions, mutation }],
    );
    return {
      kataId: kata.id,
      stub: kata.stub,
      spec: kata.spec,
      solution: kata.solution,
      functions: contract.functions,
      mutants: mutants.map((mutant, index) => ({ id: mutantId(kata.id, index), ...mutant })),
    };
  });
  const folder = path.join(root, CONTRACT_FOLDER);
  mkdirSync(folder, { recursive: true });
  for (const file of readdirSync(folder))
    if (file.endsWith('.contract.spec.ts')) rmSync(path.join(folder, file));
  rmSync(path.join(folder, 'results'), { recursive: true, force: true });
  mkdirSync(path.join(folder, 'results'), { recursive: true });
  const toRun = manifest.filter((kata) => !cached.has(kata.kataId));
  writeJson(manifestFile(root), { katas: toRun });
  const files = toRun.map((kata) => {
    const file = path.join(folder, `${kata.kataId}.contract.spec.ts`);
    writeFileSync(file, specSource(root, kata));
    return path.relative(root, file);
  });
  for (const [kataId, run] of cached) writeJson(resultsFile(root, kataId), run);
  // `files`: the spec files to run; `reused`: katas whose last result still holds.
  return { contracts, files, reused: [...cached.keys()], fingerprints };
}

/** Coverage per kata from the results the contract project wrote; each result is kept for reuse. */
export function collectCoverage(
  root: string,
  prepared: Pick<ReturnType<typeof prepareContract>, 'contracts' | 'fingerprints'>,
) {
  const allowList = readAllowList(root);
  const openGaps = readAllowList(root, OPEN_GAPS);
  const coverages = prepared.contracts.map((contract) => {
    const run = readJson<KataContractRun>(resultsFile(root, contract.kataId));
    const fingerprint = prepared.fingerprints.get(contract.kataId);
    if (run !== undefined && fingerprint !== undefined)
      writeJson(cacheFile(root, contract.kataId), { fingerprint, run });
    return kataCoverage(contract, run, allowList, openGaps);
  });
  const stale = [
    ...staleAllowances(prepared.contracts, allowList),
    ...staleAllowances(prepared.contracts, openGaps),
  ];
  return { coverages, stale };
}

/**
 * The hang watchdog's limit for a run of contract specs: its 20 s suits a learner's spec, but a
 * contract spec file runs many mutants (beside a cold tsc and eslint, in verify) and its tests
 * may take 60 s. A real hang still fails.
 */
export const contractSpecTimeout = (): NodeJS.ProcessEnv => ({
  LAB_SPEC_TIMEOUT_MS: process.env.LAB_SPEC_TIMEOUT_MS ?? '180000',
});
