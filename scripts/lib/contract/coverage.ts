/**
 * Contract coverage from the contract run: an element is covered when a spec of its kata failed
 * under its mutant. Allow-listed elements (equivalent mutants) and open gaps (known, not pinned
 * yet: a new gap fails, and so does a listed gap now covered, so the list only shrinks) count apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { failure, passUnless, type CheckResult } from '../checks';
import type { ContractElement, KataContract } from './elements';
import type { KataContractRun } from './harness';

const ALLOW_LIST = path.join('mutation', 'contract_allow_list.md');
export const OPEN_GAPS = path.join('mutation', 'contract_open_gaps.md');

type KataCoverage = ReturnType<typeof kataCoverage>;

/** `01.06 fitOLS → conditionNumber` → reason, from lines "- `<kata id> <element>` — <reason>". */
export function parseAllowList(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .map((line) => /^\s*[-*]\s+`(\d{2}\.\d{2} [^`]+)`\s*(?:—|–|-|:)\s*(.+)$/.exec(line))
    .filter((match) => match !== null);
  return new Map(entries.map((match) => [(match[1] ?? '').trim(), (match[2] ?? '').trim()]));
}

export function readAllowList(root: string, list: string = ALLOW_LIST): Map<string, string> {
  const file = path.join(root, list);
  return parseAllowList(existsSync(file) ? readFileSync(file, 'utf8') : '');
}

const elementKey = (element: ContractElement): string => `${element.kataId} ${element.name}`;

/** Mutant ids, in the order of the kata's elements that have a mutation. */
export const mutantId = (kataId: string, index: number): string => `${kataId}-${index}`;

/** What no spec did, for an element whose mutation never applied. */
function why({ mutation }: ContractElement): string {
  switch (mutation?.kind) {
    case 'default':
      return `no spec calls ${mutation.fn} without it`;
    case 'intercept':
      return `no spec calls ${mutation.fn} with intercept: false`;
    case 'error':
      return `no spec makes a function of the kata throw ${mutation.error}`;
    case 'input':
      return `no spec passes ${mutation.fn} an input it could change`;
    default:
      return 'no spec produced a value it could change';
  }
}

export function kataCoverage(
  contract: KataContract,
  run: KataContractRun | undefined,
  allowList: ReadonlyMap<string, string>,
  openGaps: ReadonlyMap<string, string> = new Map(),
) {
  const coverage = {
    kataId: contract.kataId,
    total: contract.elements.length,
    covered: 0,
    allowed: 0,
    /** Uncovered elements listed as open gaps: not a failure, but never counted as covered. */
    open: 0,
    /** Open-gap entries whose element is covered now: the list must drop them. */
    closedGaps: [] as string[],
    uncovered: [] as { name: string; reason: string }[],
    /** What is wrong with the run itself (no results, specs failing on the solution). */
    problems: [] as string[],
  };
  if (run === undefined) coverage.problems.push('the contract run left no result for this kata');
  else if (run.traceFailures.length > 0)
    coverage.problems.push(
      `${run.traceFailures.length} spec(s) fail on the solution itself and were left out: ${run.traceFailures[0]}`,
    );
  let index = 0;
  for (const element of contract.elements) {
    const key = elementKey(element);
    const outcome =
      element.mutation === undefined ? undefined : run?.mutants[mutantId(contract.kataId, index++)];
    if (outcome?.killedBy !== undefined) {
      coverage.covered += 1;
      if (openGaps.has(key)) coverage.closedGaps.push(key);
    } else if (allowList.has(key)) coverage.allowed += 1;
    else if (openGaps.has(key)) coverage.open += 1;
    else {
      const reason =
        element.problem ??
        (outcome === undefined
          ? 'not run'
          : outcome.applied === 0
            ? `never exercised: ${why(element)}`
            : `survives: changed ${outcome.applied}×, every spec still passes`);
      coverage.uncovered.push({ name: element.name, reason });
    }
  }
  return coverage;
}

/** Allow-list entries that name no element of the katas checked (stale or misspelt). */
export function staleAllowances(
  contracts: readonly KataContract[],
  allowList: ReadonlyMap<string, string>,
): string[] {
  const katas = new Set(contracts.map((contract) => contract.kataId));
  const known = new Set(contracts.flatMap((contract) => contract.elements.map(elementKey)));
  return [...allowList.keys()].filter(
    (key) => katas.has(key.split(' ')[0] ?? '') && !known.has(key),
  );
}

/** `contract: 580 of 699 covered; 2 allowed as equivalent (mutation/contract_allow_list.md)`. */
export function contractSummary(coverages: readonly KataCoverage[]): string {
  const sum = (field: 'total' | 'covered' | 'allowed' | 'open'): number =>
    coverages.reduce((total, kata) => total + kata[field], 0);
  const open = sum('open');
  const openNote = open === 0 ? '' : `; ${open} open gaps not yet pinned (${OPEN_GAPS})`;
  return `contract: ${sum('covered')} of ${sum('total') - sum('allowed')} covered${openNote}; ${sum('allowed')} allowed as equivalent (${ALLOW_LIST})`;
}

/** What the list of open gaps must lose once a spec pins the element. */
export const closedGapProblem = (key: string): string =>
  `${key} is covered now: remove it from ${OPEN_GAPS}`;

/** One check per kata: every element covered (or allowed), and a sound run. */
export function contractChecks(
  coverages: readonly KataCoverage[],
  stale: readonly string[] = [],
): CheckResult[] {
  const checks = coverages.map((kata) => {
    const name = `contract ${kata.kataId}: ${kata.covered} of ${kata.total - kata.allowed} covered`;
    const lines = [
      ...kata.problems,
      ...kata.closedGaps.map(closedGapProblem),
      ...kata.uncovered.slice(0, 8).map((missing) => `${missing.name}: ${missing.reason}`),
      ...(kata.uncovered.length > 8
        ? [`… and ${kata.uncovered.length - 8} more (npm run contract -- ${kata.kataId})`]
        : []),
    ];
    return passUnless(name, lines, '', '\n');
  });
  if (stale.length > 0)
    checks.push(
      failure(`contract allow list (${ALLOW_LIST})`, `names no element: ${stale.join('; ')}`),
    );
  return checks;
}
