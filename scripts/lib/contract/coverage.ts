/**
 * Contract coverage from the contract run's results: an element is covered when at least one
 * spec of its kata failed under its mutant. An element that is not covered says why: the
 * mutation never applied (no spec omits the option, passes `intercept: false`, makes the
 * function throw that class …), it applied and every spec still passed, or it could not be
 * mutated at all (an option without a documented default). Elements on the allow list
 * (mutation/contract_allow_list.md: an equivalent mutant, with the reason) are counted apart.
 * So are the open gaps (mutation/contract_open_gaps.md): elements known not to be pinned yet,
 * listed so that verify holds the line (a new gap fails it) while they are worked off; an
 * entry whose element is now covered fails too, so the list only shrinks.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { failure, passUnless, type CheckResult } from '../checks';
import type { ContractElement, KataContract } from './elements';
import type { KataContractRun } from './harness';

export const ALLOW_LIST = path.join('mutation', 'contract_allow_list.md');
export const OPEN_GAPS = path.join('mutation', 'contract_open_gaps.md');

export interface Uncovered {
  readonly name: string;
  readonly reason: string;
}

export interface KataCoverage {
  readonly kataId: string;
  readonly total: number;
  readonly covered: number;
  readonly allowed: number;
  /** Uncovered elements listed as open gaps: not a failure, but never counted as covered. */
  readonly open: number;
  /** Open-gap entries whose element is covered now: the list must drop them. */
  readonly closedGaps: readonly string[];
  readonly uncovered: readonly Uncovered[];
  /** What is wrong with the run itself (no results, specs failing on the solution). */
  readonly problems: readonly string[];
}

/** `01.06 fitOLS → conditionNumber` → reason, from lines "- `<kata id> <element>` — <reason>". */
export function parseAllowList(text: string): Map<string, string> {
  const allowed = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*[-*]\s+`(\d{2}\.\d{2} [^`]+)`\s*(?:—|–|-|:)\s*(.+)$/.exec(line);
    if (match !== null) allowed.set((match[1] ?? '').trim(), (match[2] ?? '').trim());
  }
  return allowed;
}

export function readAllowList(root: string, list: string = ALLOW_LIST): Map<string, string> {
  const file = path.join(root, list);
  return existsSync(file) ? parseAllowList(readFileSync(file, 'utf8')) : new Map<string, string>();
}

export const elementKey = (element: ContractElement): string => `${element.kataId} ${element.name}`;

/** Mutant ids, in the order of the kata's elements that have a mutation. */
export const mutantId = (kataId: string, index: number): string => `${kataId}-${index}`;

function why(element: ContractElement): string {
  const mutation = element.mutation;
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
): KataCoverage {
  const uncovered: Uncovered[] = [];
  const problems: string[] = [];
  const closedGaps: string[] = [];
  let covered = 0;
  let allowed = 0;
  let open = 0;
  if (run === undefined) problems.push('the contract run left no result for this kata');
  else if (run.traceFailures.length > 0)
    problems.push(
      `${run.traceFailures.length} spec(s) fail on the solution itself and were left out: ${run.traceFailures[0]}`,
    );
  let index = 0;
  for (const element of contract.elements) {
    const outcome =
      element.mutation === undefined ? undefined : run?.mutants[mutantId(contract.kataId, index++)];
    if (outcome?.killedBy !== undefined) {
      covered += 1;
      if (openGaps.has(elementKey(element))) closedGaps.push(elementKey(element));
      continue;
    }
    if (allowList.has(elementKey(element))) {
      allowed += 1;
      continue;
    }
    if (openGaps.has(elementKey(element))) {
      open += 1;
      continue;
    }
    const reason =
      element.problem ??
      (outcome === undefined
        ? 'not run'
        : outcome.applied === 0
          ? `never exercised: ${why(element)}`
          : `survives: changed ${outcome.applied}×, every spec still passes`);
    uncovered.push({ name: element.name, reason });
  }
  return {
    kataId: contract.kataId,
    total: contract.elements.length,
    covered,
    allowed,
    open,
    closedGaps,
    uncovered,
    problems,
  };
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
  const total = coverages.reduce((sum, kata) => sum + kata.total, 0);
  const covered = coverages.reduce((sum, kata) => sum + kata.covered, 0);
  const allowed = coverages.reduce((sum, kata) => sum + kata.allowed, 0);
  const open = coverages.reduce((sum, kata) => sum + kata.open, 0);
  const openNote = open === 0 ? '' : `; ${open} open gaps not yet pinned (${OPEN_GAPS})`;
  return `contract: ${covered} of ${total - allowed} covered${openNote}; ${allowed} allowed as equivalent (${ALLOW_LIST})`;
}

/** One check per kata: every element covered (or allowed), and a sound run. */
export function contractChecks(
  coverages: readonly KataCoverage[],
  stale: readonly string[] = [],
): CheckResult[] {
  const checks = coverages.map((kata) => {
    const name = `contract ${kata.kataId}: ${kata.covered} of ${kata.total - kata.allowed} covered`;
    const lines = [
      ...kata.problems,
      ...kata.closedGaps.map((key) => `${key} is covered now: remove it from ${OPEN_GAPS}`),
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

export function readRun(file: string): KataContractRun | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KataContractRun) : undefined;
}
