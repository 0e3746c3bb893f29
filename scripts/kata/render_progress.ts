/**
 * The progress summary as text, one block per module: a bar of katas done, a bar of specs
 * passing and the next kata to work on with its theory section. Every line fits `width`.
 */
import { bar, type Style } from '../lib/terminal';
import type { KataStatus, ModuleStatus } from './progress';

export interface RenderOptions {
  readonly style: Style;
  readonly width: number;
  /** Count only the katas that ran (after a filtered `npm test`), and say so. */
  readonly onlyRan?: boolean;
}

function counted(entry: ModuleStatus, onlyRan: boolean): readonly KataStatus[] {
  return onlyRan ? entry.katas.filter((kata) => kata.ran) : entry.katas;
}

export function renderModule(entry: ModuleStatus, options: RenderOptions): string[] {
  const { style, width } = options;
  const katas = counted(entry, options.onlyRan ?? false);
  const done = katas.filter((kata) => kata.done).length;
  const passed = katas.reduce((sum, kata) => sum + kata.passed, 0);
  const total = katas.reduce((sum, kata) => sum + kata.total, 0);
  const complete = katas.length > 0 && done === katas.length;

  const partial =
    options.onlyRan === true && katas.length < entry.katas.length
      ? style.dim(` (${katas.length} of ${entry.katas.length} katas ran)`)
      : '';
  const lines = [
    `${complete ? style.green('✓ ') : ''}${style.bold(entry.id)} ${style.dim('·')} ${entry.title}${partial}`,
  ];

  const kataCount = `${done}/${katas.length}`;
  const specCount = `${passed}/${total}`;
  const countWidth = Math.max(kataCount.length, specCount.length);
  const barWidth = Math.min(40, width - '  katas  '.length - countWidth - ' passing'.length - 1);
  lines.push(
    `  katas  ${bar(done, katas.length, barWidth, style)} ${kataCount.padStart(countWidth)} done`,
    `  specs  ${bar(passed, total, barWidth, style)} ${specCount.padStart(countWidth)} passing`,
  );

  const next = katas.find((kata) => kata.ran && !kata.done);
  if (next !== undefined) {
    const name = `${style.cyan(next.id)} ${next.title}`;
    const oneLine = `  next   ${next.id} ${next.title} · ${next.theory}`;
    lines.push(
      ...(oneLine.length <= width
        ? [`  next   ${name} ${style.dim('·')} ${next.theory}`]
        : [`  next   ${name}`, `         ${next.theory}`]),
    );
  }
  for (const kata of katas.filter((k) => k.problem !== undefined)) {
    const text = `${kata.id} could not run: ${kata.problem ?? ''}`;
    const room = width - '  ✗ '.length;
    lines.push(`  ${style.red('✗')} ${text.length > room ? `${text.slice(0, room - 1)}…` : text}`);
  }
  return lines;
}

export function renderProgress(modules: readonly ModuleStatus[], options: RenderOptions): string {
  return modules.map((entry) => renderModule(entry, options).join('\n')).join('\n\n');
}
