// Diagnostics of one territory at different dates → what changed. Pure: the first diagnostic is
// compared with the last in detail (figures, questions, unknowns, recommendations); every one of
// them makes the trend. Questions are compared only when both questionnaires hold them, with the
// same dimension and kind; the others are listed as not comparable.
import type { Diagnostic, DimensionResult, QuestionResult, Recommendation } from '../diagnostic/contract.js';
import type { Change, Comparison, Figure, ImpactChange, NotComparable, QuestionChange, QuestionRef, SnapshotSummary } from './contract.js';
import { COMPARISON_VERSION } from './contract.js';
import { verdictOf } from './verdict.js';
import { textOf } from '../i18n/catalogues.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

type Figured = Pick<DimensionResult, 'score' | 'level' | 'certainty' | 'range' | 'coverage'>;

function figure(result: Figured | undefined): Figure | null {
  if (!result) return null;
  return { score: result.score, level: result.level, certainty: result.certainty?.status ?? null, range: result.range ?? null, coverage: result.coverage };
}

export function compareDiagnostics(diagnostics: readonly Diagnostic[]): Comparison {
  const first = diagnostics[0]!;
  const last = diagnostics[diagnostics.length - 1]!;
  const rankIn = (diagnostic: Diagnostic, level: string | null) => (level === null ? -1 : diagnostic.levels.findIndex((l) => l.id === level));
  const change = (id: string, label: Change['label'], before: Figured | undefined, after: Figured | undefined): Change => {
    const from = figure(before);
    const to = figure(after);
    const a = from ? rankIn(first, from.level) : -1;
    const b = to ? rankIn(last, to.level) : -1;
    const levelMove = a < 0 || b < 0 ? 'unknown' : b > a ? 'up' : b < a ? 'down' : 'same';
    return { id, label, from, to, ...verdictOf(from, to), levelMove };
  };

  const dimensionIds = [...last.dimensions.map((d) => d.id), ...first.dimensions.filter((d) => !last.dimensions.some((n) => n.id === d.id)).map((d) => d.id)];
  const dimensions = dimensionIds.map((id) => {
    const before = first.dimensions.find((d) => d.id === id);
    const after = last.dimensions.find((d) => d.id === id);
    return change(id, (after ?? before)!.label, before, after);
  });

  const impacts: ImpactChange[] = last.impacts.map((i) => {
    const before = first.impacts.find((o) => o.id === i.id);
    const from = before?.score ?? null;
    return { id: i.id, label: i.label, from, to: i.score, delta: from === null || i.score === null ? null : round1(i.score - from) };
  });

  const oldQuestions = questionsOf(first);
  const newQuestions = questionsOf(last);
  const questions: QuestionChange[] = [];
  const notComparable: NotComparable[] = [];
  const resolved: QuestionRef[] = [];
  const newUnknowns: QuestionRef[] = [];
  for (const [id, after] of newQuestions) {
    const before = oldQuestions.get(id);
    if (!before) {
      notComparable.push({ id, text: after.question.text, reason: 'only-new' });
      continue;
    }
    if (signature(before) !== signature(after)) {
      notComparable.push({ id, text: after.question.text, reason: 'changed' });
      continue;
    }
    const from = { status: before.question.status, score: before.question.score };
    const to = { status: after.question.status, score: after.question.score };
    const ref = { id, dimension: after.dimension, text: after.question.text };
    if (from.status === 'unknown' && to.status === 'answered') resolved.push(ref);
    if (to.status === 'unknown' && from.status !== 'unknown') newUnknowns.push(ref);
    if (from.status === to.status && from.score === to.score) continue;
    questions.push({ ...ref, from, to, delta: from.score === null || to.score === null ? null : round1(to.score - from.score) });
  }
  for (const [id, before] of oldQuestions) {
    if (!newQuestions.has(id)) notComparable.push({ id, text: before.question.text, reason: 'only-old' });
  }

  const territories = [...new Set(diagnostics.map((d) => d.territory))];
  return {
    comparisonVersion: COMPARISON_VERSION,
    territory: last.territory,
    territories: territories.length > 1 ? territories : [],
    levels: last.levels,
    snapshots: diagnostics.map(summarise),
    overall: change('overall', textOf((c) => c.progress.overall), first.overall, last.overall),
    dimensions,
    impacts,
    questions,
    notComparable,
    unknowns: { resolved, new: newUnknowns },
    recommendations: compareRecommendations(first, last, questions),
  };
}

interface Located {
  dimension: string;
  question: QuestionResult;
}

function questionsOf(diagnostic: Diagnostic): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const d of diagnostic.dimensions) for (const question of d.questions) map.set(question.id, { dimension: d.id, question });
  return map;
}

/** What must hold for two versions of a question to be compared: the same dimension and kind. */
function signature(located: Located): string {
  return JSON.stringify([located.dimension, located.question.type]);
}

function summarise(diagnostic: Diagnostic): SnapshotSummary {
  return {
    date: diagnostic.date,
    questionnaire: { id: diagnostic.questionnaire.id, version: diagnostic.questionnaire.version },
    overall: { score: diagnostic.overall.score, level: diagnostic.overall.level, range: diagnostic.overall.range ?? null },
    dimensions: diagnostic.dimensions.map((d) => ({ id: d.id, score: d.score, level: d.level, range: d.range ?? null })),
  };
}

function keyOf(r: Recommendation): string {
  return r.kind === 'advice' ? `advice:${r.id}` : `${r.kind}:${r.question}`;
}

function movesOf(r: Recommendation): string[] {
  return r.kind === 'advice' ? r.questions ?? [] : [r.question];
}

/**
 * Done: an old recommendation no longer listed, whose every question scores higher now (an
 * advice item without questions is done when it is no longer listed). Dropped: no longer listed
 * without that (pushed out of the list, or its question left the questionnaire).
 */
function compareRecommendations(first: Diagnostic, last: Diagnostic, changes: readonly QuestionChange[]): Comparison['recommendations'] {
  const now = new Set(last.recommendations.map(keyOf));
  const before = new Set(first.recommendations.map(keyOf));
  const improved = (id: string) => changes.some((c) => c.id === id && c.delta !== null && c.delta > 0);
  const done: Recommendation[] = [];
  const dropped: Recommendation[] = [];
  for (const r of first.recommendations) {
    if (now.has(keyOf(r))) continue;
    (movesOf(r).every(improved) ? done : dropped).push(r);
  }
  return {
    done,
    new: last.recommendations.filter((r) => !before.has(keyOf(r))),
    open: last.recommendations.filter((r) => before.has(keyOf(r))),
    dropped,
  };
}
