// What the kinds with listed options (single and multiple choice) share.
import { msg } from '../i18n/messages.js';
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type Question } from '../core/model.js';
import type { QuestionKind } from './kind.js';

export function optionIds(question: Question): string[] {
  return question.options.map((o) => o.id);
}

/** Unique ids, no reserved marker as an id, and some option worth more than nothing. */
export const checkOptions: QuestionKind['check'] = (raw, problem) => {
  const options = raw.options ?? [];
  const seen = new Set<string>();
  options.forEach((o, k) => {
    if (seen.has(o.id)) problem(['options', k, 'id'], msg('rule.duplicate-id', { kind: 'option', id: o.id }));
    seen.add(o.id);
    if (o.id === MARKER_UNKNOWN || o.id === MARKER_NOT_APPLICABLE) problem(['options', k, 'id'], msg('rule.reserved-option', { id: o.id }));
  });
  // A general question (no dimension) is never scored: its options need no score.
  if (raw.dimension !== undefined && options.length > 0 && options.every((o) => (o.score ?? 0) <= 0)) problem(['options'], msg('rule.best-score-zero'));
};
