// Conditions (`when`): which questions a respondent is asked, given their earlier answers. A
// questionnaire rule, used alike by scoring (hidden questions leave the applicable weight) and by
// the interview (hidden questions are not asked).
import type { Condition, Question, Response } from '../core/model.js';
import { kindOf } from './index.js';
import { fractionAtLeast, fractionAtMost } from '../core/compare.js';

/**
 * Whether a question is shown, given one respondent's earlier responses. A condition about a
 * question without a value (unknown, not applicable, hidden) is false for `in`/`minScore`/`maxScore`
 * and true for `notIn`: "show unless they said X" still shows when we do not know.
 */
export function isVisible(
  question: Question,
  responseOf: (id: string) => Response | undefined,
  questionById: (id: string) => Question | undefined,
  visibleOf: (id: string) => boolean,
): boolean {
  if (!question.when) return true;
  const test = (condition: Condition): boolean => {
    if ('all' in condition && condition.all) return condition.all.every(test);
    if ('any' in condition && condition.any) return condition.any.some(test);
    if ('not' in condition && condition.not) return !test(condition.not);
    // Conditions on dimensions belong to advice and patterns; the loader refuses them here.
    if (!('question' in condition)) return true;
    const target = questionById(condition.question);
    const response = target && visibleOf(target.id) ? responseOf(target.id) : undefined;
    const value = response?.kind === 'value' ? response.value : undefined;
    const matches = (candidates: readonly (string | number | boolean)[]) =>
      value !== undefined && (Array.isArray(value) ? value.some((v) => candidates.includes(v)) : candidates.includes(value));
    if (condition.in) return matches(condition.in);
    if (condition.notIn) return !matches(condition.notIn);
    const score = target && value !== undefined ? kindOf(target).score(target, value) : null;
    if (condition.minScore !== undefined) return score !== null && fractionAtLeast(score, condition.minScore);
    if (condition.maxScore !== undefined) return score !== null && fractionAtMost(score, condition.maxScore);
    return true;
  };
  return test(question.when);
}

/** Visibility of every question for one respondent, in questionnaire order (conditions only look back). */
export function visibility(questions: readonly Question[], responses: ReadonlyMap<string, Response>): Map<string, boolean> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const visible = new Map<string, boolean>();
  for (const q of questions) {
    visible.set(q.id, isVisible(q, (id) => responses.get(id), (id) => byId.get(id), (id) => visible.get(id) ?? false));
  }
  return visible;
}
