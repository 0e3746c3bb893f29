/**
 * What an experiment is: a seeded, controlled run of a module's public API that answers one
 * question and checks its expected conclusions on the numbers it measured.
 *
 * Each experiment is a file `experiments/<module>/<name>.ts` whose default export is
 * `defineExperiment<typeof import('../../katas/<module>/index')>({ … })`; the file name is the
 * experiment's name (`named` gives it to the definition when the file is loaded). The runner
 * (`npm run experiment -- <module> <name>`) imports the module's API — the learner's katas by
 * default, the reference solutions with `--solutions` — and passes it in as `api`, so an
 * experiment never imports a kata itself and shows whichever implementation it is given.
 */
import type { Chart } from '../helpers/plotting';

export type Cell = string | number;

export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export interface Figure {
  /** File name without extension: `<id>.svg`; lower-case letters, digits, `_` and `-`. */
  readonly id: string;
  /** One or two sentences under the figure in the report: what to look at. */
  readonly caption: string;
  /** A chart from helpers/plotting/ (the theme is applied when it is rendered). */
  readonly spec: Chart;
}

export interface Conclusion {
  /** One of the experiment's `expectedConclusions`, word for word. */
  readonly statement: string;
  /** Whether the numbers of this run bear it out. */
  readonly holds: boolean;
  /** The numbers that decided it. */
  readonly detail: string;
}

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface ExperimentResult {
  readonly tables: readonly Table[];
  readonly figures: readonly Figure[];
  /** Everything measured, as JSON (rounded to 6 significant digits and key-sorted when written). */
  readonly numbers: { readonly [key: string]: JsonValue };
  /** One per expected conclusion, in the same order. */
  readonly conclusions: readonly Conclusion[];
  /** What else the numbers say, worth a reader's attention but not a checked claim. */
  readonly notes?: readonly string[];
}

/**
 * A number the reader may change (a notebook input, `--set name=value` on the command line):
 * its label, its default (the value the experiment's conclusions are written for) and its range.
 */
export interface NumberParameter {
  readonly kind: 'integer' | 'real';
  /** What it is, with its symbol: `training rows n`. */
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** The input's step; an integer parameter has an integer step. */
  readonly step: number;
}

/**
 * One of a few named alternatives the reader may pick (a data-generating process: a true
 * function, an error law, a design), given by name: `--set truth=step`.
 */
export interface ChoiceParameter<C extends string = string> {
  readonly kind: 'choice';
  readonly label: string;
  readonly default: C;
  readonly choices: readonly C[];
}

export type Parameter = NumberParameter | ChoiceParameter;
export type Parameters = Readonly<Record<string, Parameter>>;
/** A parameter's value: a number, or the name of a choice. */
export type ParameterValue = number | string;
export type ParameterValues = Readonly<Record<string, ParameterValue>>;

/** An integer parameter: sizes, counts, degrees. */
export function integer(
  label: string,
  value: number,
  min: number,
  max: number,
  step = 1,
): NumberParameter {
  return { kind: 'integer', label, default: value, min, max, step };
}

/** A real parameter: σ, λ, a fraction. */
export function real(
  label: string,
  value: number,
  min: number,
  max: number,
  step: number,
): NumberParameter {
  return { kind: 'real', label, default: value, min, max, step };
}

/** A choice among named alternatives; `value` is the default. */
export function choice<const C extends string>(
  label: string,
  choices: readonly C[],
  value: NoInfer<C>,
): ChoiceParameter<C> {
  return { kind: 'choice', label, default: value, choices };
}

export interface RunOptions {
  readonly seed: number;
  /** Values of the experiment's parameters that differ from their defaults, by name. */
  readonly values?: ParameterValues;
}

/** Why a value does not fit its parameter, or undefined when it does. */
export function valueProblem(
  name: string,
  parameter: Parameter,
  value: ParameterValue,
): string | undefined {
  if (parameter.kind === 'choice') {
    return typeof value === 'string' && parameter.choices.includes(value)
      ? undefined
      : `${name} must be one of ${parameter.choices.join(', ')} (got ${value})`;
  }
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < parameter.min ||
    value > parameter.max
  )
    return `${name} must lie in [${parameter.min}, ${parameter.max}] (got ${value})`;
  if (parameter.kind === 'integer' && !Number.isInteger(value))
    return `${name} must be an integer (got ${value})`;
  return undefined;
}

/** Why a set of parameter values cannot be run, or undefined when every value is in range. */
export function parameterProblem(
  parameters: Parameters,
  values: ParameterValues,
): string | undefined {
  for (const [name, value] of Object.entries(values)) {
    const parameter = parameters[name];
    if (parameter === undefined) {
      const known = Object.keys(parameters);
      return `no parameter "${name}" (known: ${known.length > 0 ? known.join(', ') : 'none'})`;
    }
    const problem = valueProblem(name, parameter, value);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

type ValueOf<P> = P extends ChoiceParameter<infer C> ? C : number;

/** A value for each parameter: a number, or the name of a choice. */
export type ValuesOf<P extends Parameters> = { readonly [K in keyof P]: ValueOf<P[K]> };

/** Every parameter's value for this run: the given one, else the default. */
export function valuesOf<P extends Parameters>(parameters: P, options: RunOptions): ValuesOf<P> {
  const values = {} as Record<keyof P, ParameterValue>;
  for (const name of Object.keys(parameters) as (keyof P & string)[])
    values[name] = options.values?.[name] ?? (parameters[name] as Parameter).default;
  return values as ValuesOf<P>;
}

/** An experiment as its file defines it: everything but its name, which is the file's. */
export interface ExperimentDefinition<Api> {
  /** A short heading for the report. */
  readonly title: string;
  /** The question the experiment answers. */
  readonly question: string;
  /** The default seed (`--seed N` overrides it). */
  readonly seed: number;
  /** False when nothing in the run is random: the seed is kept for form, and no notebook offers it. */
  readonly random?: false;
  /** What the reader may change besides the seed; the conclusions are written for the defaults. */
  readonly parameters?: Parameters;
  /** The API functions it calls: the runner checks they exist before running. */
  readonly uses: readonly (keyof Api & string)[];
  /** What the experiment should show, each checked on the numbers of every run. */
  readonly expectedConclusions: readonly string[];
  run(api: Api, options: RunOptions): ExperimentResult | Promise<ExperimentResult>;
}

/** An experiment as the runner sees it: its definition, named after its file. */
export interface Experiment<Api> extends ExperimentDefinition<Api> {
  /** The file name without `.ts`. */
  readonly name: string;
}

/** Identity with a type: lets the experiment's `api` and `uses` be checked against the module's API. */
export function defineExperiment<Api>(
  definition: ExperimentDefinition<Api>,
): ExperimentDefinition<Api> {
  return definition;
}

/** The experiment defined in `experiments/<module>/<name>.ts`, with its name. */
export function named<Api>(name: string, definition: ExperimentDefinition<Api>): Experiment<Api> {
  return { ...definition, name };
}

/**
 * The parts of an experiment's result, each built from what its `measure` step returned: an
 * experiment's `run` is then `report(measure(…), { tables, figures, … })` (see `inParts`).
 */
export interface ReportParts<Data> {
  tables(data: Data): readonly Table[];
  figures(data: Data): readonly Figure[];
  numbers(data: Data): ExperimentResult['numbers'];
  /** One per expected conclusion, in the same order. */
  conclusions(data: Data): readonly Conclusion[];
  notes?(data: Data): readonly string[];
}

/**
 * An experiment's `parameters`, `expectedConclusions` and `run`, from its parts: `measure`
 * what the experiment is about, given the value of each parameter for this run (its default
 * unless the reader set another) and the seed; then present what it measured, part by part
 * (tables, figures, numbers, one checked conclusion per expected one, notes). Spread it into
 * the definition: `...inParts(PARAMETERS, STATEMENTS, measure, { tables, … })`.
 */
export function inParts<Api, P extends Parameters, Data>(
  parameters: P,
  expectedConclusions: readonly string[],
  measure: (api: Api, values: ValuesOf<P>, seed: number) => Data,
  parts: ReportParts<Data>,
): Pick<ExperimentDefinition<Api>, 'parameters' | 'expectedConclusions' | 'run'> {
  return {
    parameters,
    expectedConclusions,
    run: (api, options) => report(measure(api, valuesOf(parameters, options), options.seed), parts),
  };
}

/** The result of a run, from the data it measured and the functions that present it. */
function report<Data>(data: Data, parts: ReportParts<Data>): ExperimentResult {
  return {
    tables: parts.tables(data),
    figures: parts.figures(data),
    numbers: parts.numbers(data),
    conclusions: parts.conclusions(data),
    notes: parts.notes?.(data) ?? [],
  };
}

/** A conclusion, checked. */
export function check(statement: string, holds: boolean, detail: string): Conclusion {
  return { statement, holds, detail };
}

/** An experiment of any module, as the runner sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExperiment = Experiment<any>;
