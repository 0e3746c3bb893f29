/// <reference types="vite/client" />
/**
 * The lab notebooks: one page per module with its question, its theory in brief, and one
 * section per experiment whose inputs (the seed and the experiment's parameters) re-run it
 * live, on the learner's katas or on the reference solutions. The experiments, the runner and
 * the HTML of each result are the ones `npm run experiment` and `npm run report` use; this
 * file only lays out the page and keeps its state in the address (so a reload, a shared link
 * or a kata saved in the editor comes back to the same settings).
 */
import { curriculum, type Module } from '../curriculum';
import {
  integer,
  valueProblem,
  type AnyExperiment,
  type Parameter,
  type ParameterValue,
} from '../experiments/experiment';
import type { Implementation } from '../scripts/experiments/outcome';
import { STYLE } from '../scripts/report/html';
import { escapeHtml, inlineHtml } from '../scripts/report/markdown_html';
import { NOTEBOOK_STYLE } from './style';
import type { RunReply, RunRequest } from './protocol';
import { experimentLoader, experimentNames, hasKatas } from './registry';
import { chapterHtml, renderMarkdown } from './theory';
import LabWorker from './worker.ts?worker&inline';

const briefs = import.meta.glob<string>('../experiments/week_*/README.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const state = new URLSearchParams(location.search);
const implementation: Implementation =
  hasKatas && state.get('impl') !== 'solutions' ? 'katas' : 'solutions';

function saveState(): void {
  history.replaceState(null, '', `?${state.toString()}`);
}

/**
 * Waits one frame after an input change before running. Changes made during a run coalesce into
 * one more run (Section.run), so a dragged slider never queues a run per pixel.
 */
const DEBOUNCE_MS = 16;

/** One experiment's section: its inputs, its worker, and where its result goes. */
class Section {
  private worker: Worker | undefined;
  private busy = false;
  private pending = false;
  private runId = 0;
  /** When the oldest change not yet shown was made (page load counts as one). */
  private changedAt: number | undefined = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly element: HTMLElement;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly command: HTMLElement;
  private readonly inputs = new Map<string, (HTMLInputElement | HTMLSelectElement)[]>();

  constructor(
    private readonly moduleId: string,
    private readonly experiment: AnyExperiment,
    index: number,
  ) {
    this.element = document.createElement('section');
    this.element.id = `experiment-${experiment.name}`;
    this.element.dataset.runs = '0';
    this.element.innerHTML = `
      <h2>${index + 1}. ${escapeHtml(experiment.title)}<span class="badge-slot"></span></h2>
      <p class="question"><strong>Question.</strong> ${inlineHtml(experiment.question)}</p>
      <form class="inputs"></form>
      <p class="status" role="status"></p>
      <p class="meta">same run in a terminal: <code class="command"></code></p>
      <div class="result"></div>`;
    const find = (selector: string) => this.element.querySelector(selector) as HTMLElement;
    this.status = find('.status');
    this.result = find('.result');
    this.badge = find('.badge-slot');
    this.command = find('.command');
    const form = find('form');
    if (experiment.random !== false)
      form.append(this.control('seed', seedParameter(experiment.seed)));
    for (const [name, parameter] of Object.entries(experiment.parameters ?? {}))
      form.append(this.control(name, parameter));
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.textContent = 'defaults';
    reset.addEventListener('click', () => this.resetInputs());
    form.append(reset);
    form.addEventListener('submit', (event) => event.preventDefault());
  }

  private key(name: string): string {
    return `${this.experiment.name}.${name}`;
  }

  /** The input's value from the address, or the default when it is absent or out of range. */
  private value(name: string, parameter: Parameter): ParameterValue {
    const text = state.get(this.key(name));
    if (text === null) return parameter.default;
    const value = parameter.kind === 'choice' ? text : Number(text);
    return valueProblem(name, parameter, value) === undefined ? value : parameter.default;
  }

  /** Records a new value in the address (a default is left out) and runs again. */
  private changed(name: string, parameter: Parameter, value: ParameterValue): void {
    if (value === parameter.default) state.delete(this.key(name));
    else state.set(this.key(name), String(value));
    saveState();
    this.schedule();
  }

  /**
   * A number: a labelled slider with a number box beside it, both bound to one parameter.
   * A choice: a drop-down of its names.
   */
  private control(name: string, parameter: Parameter): HTMLElement {
    const label = document.createElement('label');
    label.className = 'input';
    label.dataset.kind = parameter.kind;
    label.innerHTML = `<span>${escapeHtml(parameter.label)}</span>`;
    if (parameter.kind === 'choice') {
      const select = document.createElement('select');
      select.name = name;
      select.innerHTML = parameter.choices
        .map((option) => `<option>${escapeHtml(option)}</option>`)
        .join('');
      select.value = String(this.value(name, parameter));
      select.addEventListener('change', () => this.changed(name, parameter, select.value));
      label.append(select);
      this.inputs.set(name, [select]);
      return label;
    }
    const boxes = ['range', 'number'].map((type) => {
      const input = document.createElement('input');
      input.type = type;
      input.name = name;
      input.min = String(parameter.min);
      input.max = String(parameter.max);
      input.step = String(parameter.step);
      input.value = String(this.value(name, parameter));
      label.append(input);
      return input;
    });
    for (const input of boxes) {
      input.addEventListener('input', () => {
        const value = Number(input.value);
        if (valueProblem(name, parameter, value) !== undefined) return;
        for (const other of boxes) if (other !== input) other.value = input.value;
        this.changed(name, parameter, value);
      });
    }
    this.inputs.set(name, boxes);
    return label;
  }

  private resetInputs(): void {
    const parameters: Record<string, Parameter> = {
      seed: seedParameter(this.experiment.seed),
      ...this.experiment.parameters,
    };
    for (const [name, boxes] of this.inputs) {
      for (const box of boxes) box.value = String(parameters[name]?.default ?? '');
      state.delete(this.key(name));
    }
    saveState();
    this.schedule();
  }

  private current(): { seed: number; values: Record<string, ParameterValue> } {
    const values: Record<string, ParameterValue> = {};
    for (const [name, parameter] of Object.entries(this.experiment.parameters ?? {})) {
      const value = this.value(name, parameter);
      if (value !== parameter.default) values[name] = value;
    }
    return { seed: Number(this.value('seed', seedParameter(this.experiment.seed))), values };
  }

  schedule(): void {
    this.changedAt ??= performance.now();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  /** Stops a run in progress: its worker is discarded, and the next run starts a fresh one. */
  cancel(message = 'cancelled: change an input to run again'): void {
    clearTimeout(this.timer);
    this.pending = false;
    if (!this.busy) return;
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
    this.element.classList.remove('running');
    this.status.textContent = message;
  }

  /** Fresh workers import the modules again: used after a kata or solution file is saved. */
  restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = false;
    this.schedule();
  }

  /**
   * Runs with the current inputs. The worker stays alive between runs (importing the module
   * graph again would cost more than most runs); a change during a run waits for it to end,
   * then runs once with the latest inputs.
   */
  run(): void {
    if (this.busy) {
      this.pending = true;
      return;
    }
    this.worker ??= this.startWorker();
    this.busy = true;
    const runId = ++this.runId;
    const { seed, values } = this.current();
    this.element.classList.add('running');
    this.status.innerHTML = `running on ${implementation === 'katas' ? 'your katas' : 'the reference solutions'}… <button type="button">cancel</button>`;
    this.status.querySelector('button')?.addEventListener('click', () => this.cancel());
    const request: RunRequest = {
      runId,
      module: this.moduleId,
      experiment: this.experiment.name,
      implementation,
      seed,
      values,
    };
    this.worker.postMessage(request);
  }

  private startWorker(): Worker {
    const worker = new LabWorker();
    worker.onmessage = (event: MessageEvent<RunReply>) => this.show(event.data);
    return worker;
  }

  private show(reply: RunReply): void {
    this.busy = false;
    if (reply.runId !== this.runId) return;
    if (this.pending) {
      this.pending = false;
      this.run();
      return;
    }
    this.result.innerHTML = reply.resultHtml;
    this.badge.innerHTML = reply.badgeHtml;
    this.command.textContent = reply.command;
    const renderMs = performance.now() - (this.changedAt ?? 0);
    this.changedAt = undefined;
    this.element.dataset.status = reply.status;
    this.element.dataset.renderMs = renderMs.toFixed(1);
    this.element.dataset.runs = String(reply.runId);
    this.element.classList.remove('running');
    this.status.textContent = `${reply.status === 'completed' ? 'ran' : 'stopped'} in ${Math.round(reply.elapsedMs)} ms (${Math.round(renderMs)} ms from the change to this page)`;
  }
}

function seedParameter(seed: number): Parameter {
  return integer('seed', seed, 0, 2 ** 31 - 1);
}

function moduleNav(current: Module): string {
  const links = curriculum
    .filter((module) => experimentNames(module.id).length > 0)
    .map((module) => {
      const query = new URLSearchParams({ module: module.id });
      if (implementation === 'solutions' && hasKatas) query.set('impl', 'solutions');
      const here = module.id === current.id ? ' aria-current="page"' : '';
      return `<a href="?${query.toString()}"${here}>Week ${module.number}: ${escapeHtml(module.title)}</a>`;
    });
  const switcher = hasKatas
    ? `<label class="switch"><input type="checkbox" id="use-solutions"${implementation === 'solutions' ? ' checked' : ''}> run on the reference solutions instead of my katas</label>`
    : '<span class="switch">on the reference solutions</span>';
  const theory = curriculum.map(
    (module) => `<a href="?theory=${module.id}">theory, week ${module.number}</a>`,
  );
  // The static site carries each module's report beside the notebooks (scripts/lab/vite.ts).
  const reports = hasKatas
    ? []
    : curriculum.map(
        (module) => `<a href="reports/${module.id}/index.html">report, week ${module.number}</a>`,
      );
  return `<nav class="modules">${[...links, ...theory, ...reports].join(' · ')}${switcher}</nav>`;
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = STYLE + NOTEBOOK_STYLE;
  document.head.append(style);
  const root = document.querySelector('main') as HTMLElement;
  const chapter = curriculum.find((module) => module.id === state.get('theory'));
  if (chapter !== undefined) {
    document.title = `Week ${chapter.number} — ${chapter.title}: theory`;
    root.innerHTML = `${moduleNav(chapter)}${chapterHtml(chapter.id) ?? '<p>No chapter.</p>'}`;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    return;
  }
  const requested = curriculum.find((module) => module.id === state.get('module'));
  const module = requested ?? curriculum.find((m) => experimentNames(m.id).length > 0);
  if (module === undefined) throw new Error('no module has experiments');
  document.title = `Week ${module.number} — ${module.title}: lab notebook`;
  const brief = briefs[`../experiments/${module.id}/README.md`] ?? '';
  root.innerHTML = `${moduleNav(module)}
    <h1>Week ${module.number} — ${escapeHtml(module.title)}</h1>
    <p class="question">${escapeHtml(module.question)}</p>
    <p class="meta">Each section runs one experiment of <code>experiments/${module.id}/</code> on ${implementation === 'katas' ? 'your katas (<code>katas/</code>); save a kata and the notebook runs again' : 'the reference solutions (<code>solutions/</code>)'}. Change an input and the section runs again; its conclusions are written for the defaults.</p>
    <details class="brief" open><summary>Theory in brief (the full chapter: <a href="?theory=${module.id}">theory/${module.id}.md</a>)</summary>${renderMarkdown(brief.replace(/^# .*\n/, ''))}</details>`;
  document.querySelector('#use-solutions')?.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).checked) state.set('impl', 'solutions');
    else state.delete('impl');
    location.search = `?${state.toString()}`;
  });
  const definitions = await Promise.all(
    experimentNames(module.id).map(
      async (name) => (await experimentLoader(module.id, name)()).default,
    ),
  );
  const sections = definitions.map(
    (experiment, index) => new Section(module.id, experiment, index),
  );
  root.append(...sections.map((section) => section.element));
  for (const section of sections) section.run();
  // `npm run lab` tells the page when a file of katas/ or solutions/ is saved (scripts/lab.ts).
  import.meta.hot?.on('lab:source-changed', () => {
    for (const section of sections) section.restart();
  });
}

void main();
