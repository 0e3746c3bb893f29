/**
 * The contract check end to end, split where Vitest runs: `prepareContract` reads the
 * contracts of the chosen katas (cached in .lab/contract/ by the content of the stubs, the
 * helpers and this folder: the TypeScript program takes seconds to build) and writes the
 * `contract` project's files; Vitest then runs `--project contract` with LAB_CONTRACT=1 (alone
 * in `npm run contract`, beside every other project in `npm run verify`); `collectCoverage`
 * reads the outcome.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { curriculum, type Kata } from '../../../curriculum';
import { UsageError } from '../cli_args';
import { readPristine } from '../pristine';
import {
  kataCoverage,
  mutantId,
  OPEN_GAPS,
  readAllowList,
  readRun,
  staleAllowances,
  type KataCoverage,
} from './coverage';
import { readContracts, type KataContract, type StubSource } from './elements';
import { kataFingerprint } from './fingerprint';
import { resultsFile, writeContractProject } from './generate';
import type { KataContractRun } from './harness';
import { CONTRACT_FOLDER, type ManifestKata } from './plugin';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Katas by id (`01.06`), module folder or its prefix (`week_01`, `week_01_linear_regression`); all by default. */
export function selectKatas(selector: string | undefined): Kata[] {
  const katas = curriculum.flatMap((module) => module.katas.map((kata) => ({ module, kata })));
  if (selector === undefined || selector === '') return katas.map((entry) => entry.kata);
  const chosen = katas.filter(
    ({ module, kata }) => kata.id === selector || module.id.startsWith(selector),
  );
  if (chosen.length === 0)
    throw new UsageError(`no kata or module matches "${selector}" (try 01.06 or week_01)`);
  return chosen.map((entry) => entry.kata);
}

function sourcesHash(root: string, stubs: readonly StubSource[]): string {
  const hash = createHash('sha256');
  for (const stub of stubs) hash.update(`${stub.stub}\0${stub.content}\0`);
  for (const folder of [here, path.join(root, 'helpers')]) {
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .sort()) {
      hash.update(`${file}\0${readFileSync(path.join(folder, file), 'utf8')}\0`);
    }
  }
  return hash.digest('hex');
}

/** The contracts of `katas`, from the cache when the sources are unchanged. */
export function contractsOf(root: string, katas: readonly Kata[]): KataContract[] {
  const stubs = katas.map((kata) => ({
    kataId: kata.id,
    stub: kata.stub,
    content: readPristine(root, kata.stub).content,
  }));
  const cacheFile = path.join(root, CONTRACT_FOLDER, 'contracts-cache.json');
  const key = sourcesHash(root, stubs);
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      key: string;
      contracts: KataContract[];
    };
    if (cached.key === key) return cached.contracts;
  }
  const contracts = readContracts(root, stubs);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, contracts }));
  return contracts;
}

export interface PreparedContract {
  readonly contracts: KataContract[];
  /** The contract project's spec files to run (none for a kata whose last result still holds). */
  readonly files: string[];
  /** Katas whose last result was reused: nothing they depend on changed since. */
  readonly reused: string[];
  readonly fingerprints: ReadonlyMap<string, string>;
}

const cacheFile = (root: string, kataId: string): string =>
  path.join(root, CONTRACT_FOLDER, 'cache', `${kataId}.json`);

interface CachedRun {
  readonly fingerprint: string;
  readonly run: KataContractRun;
}

/**
 * Reads the contracts and writes the contract project. With `reuse`, a kata whose fingerprint
 * (fingerprint.ts) equals that of its last run is not run again: its result is copied.
 */
export function prepareContract(
  root: string,
  katas: readonly Kata[],
  options: { reuse?: boolean } = {},
): PreparedContract {
  const contracts = contractsOf(root, katas);
  const fingerprints = new Map(
    katas.map((kata, k) => [
      kata.id,
      kataFingerprint(root, [kata.spec, kata.solution], contracts[k]),
    ]),
  );
  const cached = new Map<string, KataContractRun>();
  for (const kata of options.reuse === true ? katas : []) {
    const file = cacheFile(root, kata.id);
    if (!existsSync(file)) continue;
    const entry = JSON.parse(readFileSync(file, 'utf8')) as CachedRun;
    if (entry.fingerprint === fingerprints.get(kata.id)) cached.set(kata.id, entry.run);
  }
  const manifest: ManifestKata[] = katas.map((kata, k) => {
    const contract = contracts[k] as KataContract;
    const mutants = contract.elements
      .filter((element) => element.mutation !== undefined)
      .map((element, index) => ({
        id: mutantId(kata.id, index),
        element: element.name,
        functions: element.functions,
        mutation: element.mutation as NonNullable<typeof element.mutation>,
      }));
    return {
      kataId: kata.id,
      stub: kata.stub,
      spec: kata.spec,
      solution: kata.solution,
      functions: contract.functions,
      mutants,
    };
  });
  const files = writeContractProject(
    root,
    manifest.filter((kata) => !cached.has(kata.kataId)),
  );
  for (const [kataId, run] of cached) writeFileSync(resultsFile(root, kataId), JSON.stringify(run));
  return { contracts, files, reused: [...cached.keys()], fingerprints };
}

/** Coverage per kata from the results the contract project wrote; each result is kept for reuse. */
export function collectCoverage(
  root: string,
  prepared: Pick<PreparedContract, 'contracts' | 'fingerprints'>,
): { coverages: KataCoverage[]; stale: string[] } {
  const allowList = readAllowList(root);
  const openGaps = readAllowList(root, OPEN_GAPS);
  const coverages = prepared.contracts.map((contract) => {
    const run = readRun(resultsFile(root, contract.kataId));
    const fingerprint = prepared.fingerprints.get(contract.kataId);
    if (run !== undefined && fingerprint !== undefined) {
      mkdirSync(path.dirname(cacheFile(root, contract.kataId)), { recursive: true });
      const entry: CachedRun = { fingerprint, run };
      writeFileSync(cacheFile(root, contract.kataId), JSON.stringify(entry));
    }
    return kataCoverage(contract, run, allowList, openGaps);
  });
  const stale = [
    ...staleAllowances(prepared.contracts, allowList),
    ...staleAllowances(prepared.contracts, openGaps),
  ];
  return { coverages, stale };
}
