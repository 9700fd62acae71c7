// Targets as the reports show them: a table (aim, current, share of target, reached) and, for
// each target not reached, its roadmap. Shared by the diagnostic's and the comparison's Markdown
// and text renderers; each passes its own way of making file text inert.
import { localize, type Lang, type Text } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { formatPercent, formatScore } from '../i18n/format.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { pushAll } from '../core/arrays.js';

type TargetProgress = NonNullable<Diagnostic['targets']>[number];
type Levels = Diagnostic['levels'];

export interface TargetsView {
  title: string;
  head: string[];
  rows: string[][];
  roadmaps: { title: string; steps: string[]; short: boolean }[];
  /** Targets whose score is reached but not their level: what holds it back. */
  held: string[];
  meaning: string;
  /** Said under a roadmap that does not reach its target. */
  short: string;
}

export function targetsView(targets: readonly TargetProgress[], levels: Levels, lang: Lang): TargetsView {
  const w = words(lang).progress;
  const r = words(lang).report;
  const t = (text: Text | undefined) => localize(text, lang);
  const num = (value: number | null) => (value === null ? r.none : formatScore(value, lang));
  const aim = (target: TargetProgress) =>
    target.target.level !== undefined ? w.targetLevel({ level: t(levels.find((l) => l.id === target.target.level)?.label) || target.target.level, min: num(target.targetScore) }) : num(target.targetScore);
  return {
    title: w.targets,
    head: [w.target, w.aim, w.current, w.toTarget, w.reachedColumn],
    rows: targets.map((target) => [t(target.label), aim(target), num(target.current), target.percent === null ? r.none : formatPercent(target.percent, lang), target.reached ? r.yes : r.no]),
    roadmaps: targets
      .filter((target) => !target.reached && target.roadmap.length > 0)
      .map((target) => ({
        title: w.roadmap({ label: t(target.label), target: aim(target) }),
        steps: target.roadmap.map((step) => w.roadmapStep({ question: t(step.text), gain: num(step.gain), total: num(step.total) })),
        short: target.roadmap[target.roadmap.length - 1]!.total < target.targetScore,
      })),
    held: targets.filter((target) => !target.reached && target.current !== null && target.current >= target.targetScore).map((target) => w.levelHeld({ label: t(target.label) })),
    meaning: w.roadmapMeaning,
    short: w.roadmapShort,
  };
}

export function targetsMarkdown(view: TargetsView, escape: (text: string) => string): string[] {
  const out = [`## ${escape(view.title)}`, '', `| ${view.head.map(escape).join(' | ')} |`, '| --- | ---: | ---: | ---: | --- |'];
  for (const row of view.rows) out.push(`| ${row.map(escape).join(' | ')} |`);
  out.push('');
  for (const roadmap of view.roadmaps) {
    out.push(`### ${escape(roadmap.title)}`, '', ...roadmap.steps.map((step, i) => `${i + 1}. ${escape(step)}`), '');
    if (roadmap.short) out.push(escape(view.short), '');
  }
  for (const note of view.held) out.push(escape(note), '');
  if (view.roadmaps.length > 0) out.push(`<sub>${escape(view.meaning)}</sub>`, '');
  return out;
}

/** Plain text: aligned by the caller's table layout; file text made inert by `inert`. */
export function targetsText(view: TargetsView, inert: (text: string) => string, table: (head: string[], rows: string[][], right: number[]) => string[], wrapTo: (text: string) => string[]): string[] {
  const out = [inert(view.title), ...table(view.head.map(inert), view.rows.map((row) => row.map(inert)), [1, 2, 3]), ''];
  for (const roadmap of view.roadmaps) {
    out.push(inert(roadmap.title));
    roadmap.steps.forEach((step, i) => pushAll(out, wrapTo(`${i + 1}. ${inert(step)}`)));
    if (roadmap.short) pushAll(out, wrapTo(view.short));
    out.push('');
  }
  for (const note of view.held) pushAll(out, wrapTo(note)).push('');
  return out;
}
