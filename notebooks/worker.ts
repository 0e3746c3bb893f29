/**
 * Runs one experiment per request with the runner `npm run experiment` uses
 * (scripts/experiments/outcome.ts), and replies with the HTML the lab report would show for it
 * (scripts/report/html.ts): the same conclusions, figures (SVG, same builders and theme) and
 * tables.
 */
import { runExperiment } from '../scripts/experiments/outcome';
import { experimentResultHtml, rerunCommand, statusBadge } from '../scripts/report/html';
import { escapeHtml } from '../scripts/report/markdown_html';
import type { RunReply, RunRequest } from './protocol';
import { apiLoader, experimentLoader } from './registry';

async function run(request: RunRequest): Promise<RunReply> {
  const started = performance.now();
  const { runId } = request;
  try {
    const [{ default: experiment }, api] = await Promise.all([
      experimentLoader(request.module, request.experiment)(),
      apiLoader(request.module, request.implementation)(),
    ]);
    const outcome = await runExperiment(experiment, api as Record<string, unknown>, {
      module: request.module,
      implementation: request.implementation,
      seed: request.seed,
      values: request.values,
    });
    return {
      runId,
      status: outcome.status,
      badgeHtml: statusBadge(outcome),
      resultHtml: experimentResultHtml(outcome),
      command: rerunCommand(outcome),
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    // A kata file that does not even import (a syntax error mid-edit) lands here.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      runId,
      status: 'failed',
      badgeHtml: '<span class="badge bad">failed</span>',
      resultHtml: `<p class="notice failed">${escapeHtml(message)}</p>`,
      command: '',
      elapsedMs: performance.now() - started,
    };
  }
}

// The worker's global scope (typed here with the page's DOM library, which the notebooks share).
const scope = self as unknown as {
  onmessage: (event: MessageEvent<RunRequest>) => void;
  postMessage(reply: RunReply): void;
};
scope.onmessage = (event) => {
  void run(event.data).then((reply) => scope.postMessage(reply));
};
