/**
 * The messages between a notebook page and the worker that runs its experiments. Runs happen
 * in a worker so that a heavy setting never freezes the page and can be cancelled (the page
 * terminates the worker).
 */
import type { Implementation } from '../scripts/experiments/outcome';
import type { ParameterValues } from '../experiments/experiment';

export interface RunRequest {
  readonly runId: number;
  readonly module: string;
  readonly experiment: string;
  readonly implementation: Implementation;
  readonly seed: number;
  /** Parameters that differ from their defaults, by name. */
  readonly values: ParameterValues;
}

export interface RunReply {
  readonly runId: number;
  readonly status: 'completed' | 'needs-kata' | 'failed';
  /** The status badge and the result, as the lab report renders them (scripts/report/html.ts). */
  readonly badgeHtml: string;
  readonly resultHtml: string;
  /** The command that repeats the run in a terminal. */
  readonly command: string;
  readonly elapsedMs: number;
}
