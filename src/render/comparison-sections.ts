// A comparison as sections of plain text (titles, tables, lists) in the reader's language, laid
// out by the Markdown and text renderers. Strings from files (territory, labels, questions,
// advice) are left as they are: each renderer makes them inert for its format.
import { localize, type Lang, type Text } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import type { Change, Comparison, Figure, QuestionRef, QuestionState } from '../compare/contract.js';
import type { Recommendation } from '../diagnostic/contract.js';
import { scoreNumber } from './common.js';
import { formatScore } from '../i18n/format.js';

export interface Table {
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right: number[];
  /** The first column holds long texts (questions): the text format may cut them to fit. */
  long?: boolean;
}

export interface Section {
  title: string;
  table?: Table;
  items?: string[];
  paragraphs?: string[];
}

export interface ComparisonView {
  title: string;
  snapshotsLabel: string;
  snapshots: string[];
  notes: string[];
  sections: Section[];
}

export function comparisonView(comparison: Comparison, lang: Lang): ComparisonView {
  const w = words(lang).progress;
  const r = words(lang).report;
  const t = (text: Text | undefined) => localize(text, lang);
  const num = (value: number | null) => scoreNumber(value, lang);
  const signed = (value: number | null) => (value === null ? r.none : value > 0 ? `+${formatScore(value, lang)}` : value < 0 ? `−${formatScore(-value, lang)}` : formatScore(0, lang));
  const level = (id: string | null) => (id === null ? r.none : t(comparison.levels.find((l) => l.id === id)?.label) || id);
  const figure = (f: Figure | null) => (f === null || f.score === null ? r.none : f.range && f.range.low !== f.range.high ? w.scoreWithRange({ score: num(f.score), low: num(f.range.low), high: num(f.range.high) }) : num(f.score));
  const levelOf = (f: Figure | null) => (f === null ? r.none : level(f.level) + (f.certainty ? w.certainty[f.certainty] : ''));
  const verdict = (c: Change) => w.verdicts[c.verdict] + (c.beyond !== 0 ? ` (${w.beyond({ points: signed(c.beyond) })})` : '');
  const row = (c: Change) => [t(c.label), figure(c.from), figure(c.to), signed(c.delta), w.levelMove({ from: levelOf(c.from), to: levelOf(c.to) }), verdict(c)];
  const dimensionLabel = (id: string) => t(comparison.dimensions.find((d) => d.id === id)?.label) || id;
  const state = (s: QuestionState) => (s.status === 'answered' ? num(s.score) : r.status[s.status]);
  const ref = (q: QuestionRef) => `${t(q.text)} (${dimensionLabel(q.dimension)})`;
  const recommendation = (rec: Recommendation) => `${t(rec.text)} (${dimensionLabel(rec.dimension)})`;

  const first = comparison.snapshots[0]!;
  const last = comparison.snapshots[comparison.snapshots.length - 1]!;
  const notes: string[] = [];
  if (comparison.territories.length > 0) notes.push(w.territoriesDiffer({ names: comparison.territories.join(', ') }));
  if (first.questionnaire.version !== last.questionnaire.version) notes.push(w.versionsDiffer({ from: first.questionnaire.version, to: last.questionnaire.version }));

  const sections: Section[] = [
    {
      title: w.summary,
      table: { head: [w.dimension, w.before, w.after, w.change, w.level, w.verdict], rows: [...comparison.dimensions.map(row), row(comparison.overall)], right: [1, 2, 3] },
    },
  ];
  if (comparison.impacts.length > 0) {
    sections.push({ title: w.impacts, table: { head: [w.impact, w.before, w.after, w.change], rows: comparison.impacts.map((i) => [t(i.label), num(i.from), num(i.to), signed(i.delta)]), right: [1, 2, 3] } });
  }
  if (comparison.snapshots.length > 2) {
    const dimensions = last.dimensions.map((d) => d.id);
    sections.push({
      title: w.trend,
      table: {
        head: [w.date, ...dimensions.map(dimensionLabel), w.overall],
        rows: comparison.snapshots.map((s) => [s.date ?? w.noDate, ...dimensions.map((id) => num(s.dimensions.find((d) => d.id === id)?.score ?? null)), num(s.overall.score)]),
        right: dimensions.map((_, i) => i + 1).concat(dimensions.length + 1),
      },
    });
  }
  sections.push(
    comparison.questions.length > 0
      ? { title: w.questions, table: { head: [w.question, w.dimension, w.before, w.after, w.change], rows: comparison.questions.map((q) => [t(q.text), dimensionLabel(q.dimension), state(q.from), state(q.to), signed(q.delta)]), right: [2, 3, 4], long: true } }
      : { title: w.questions, paragraphs: [w.noQuestions] },
  );
  const list = (title: string, items: string[]) => items.length > 0 && sections.push({ title, items });
  list(w.unknownsResolved, comparison.unknowns.resolved.map(ref));
  list(w.unknownsNew, comparison.unknowns.new.map(ref));
  list(w.recommendationsDone, comparison.recommendations.done.map(recommendation));
  list(w.recommendationsNew, comparison.recommendations.new.map(recommendation));
  list(w.recommendationsOpen, comparison.recommendations.open.map(recommendation));
  list(w.recommendationsDropped, comparison.recommendations.dropped.map(recommendation));
  list(w.notComparable, comparison.notComparable.map((q) => `${t(q.text)} (${w.reasons[q.reason]})`));
  sections.push({ title: w.method, paragraphs: [w.rule] });

  return {
    title: w.title({ territory: comparison.territory }),
    snapshotsLabel: w.snapshots,
    snapshots: comparison.snapshots.map((s) => w.snapshot({ date: s.date ?? w.noDate, version: s.questionnaire.version })),
    notes,
    sections,
  };
}
