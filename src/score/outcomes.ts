// Each question's outcome: per respondent (answered, unknown, not applicable, unanswered,
// hidden, with a score in [0, 1]), then across respondents (the mean of those who answered).
import type { AnswerSet, Question, Questionnaire, Response } from '../core/model.js';
import { visibility } from '../core/conditions.js';
import { isScored, kindOf } from '../questions/index.js';
import type { QuestionResult } from '../diagnostic/contract.js';
import { mean, type ItemStatus, type ScoredItem } from './aggregate.js';

export interface RespondentOutcome {
  status: ItemStatus;
  score: number | null;
  /** For an answer partly unknown (some options of a multiple choice), its score at worst / at best. */
  low?: number;
  high?: number;
  response?: Response;
}

export interface QuestionOutcome {
  question: Question;
  status: QuestionResult['status'];
  /** Mean over the respondents who gave a value, in [0, 1]. */
  score: number | null;
  /** The score if those who did not know had given the worst / the best answer; null when not applicable. */
  low: number | null;
  high: number | null;
  perRespondent: RespondentOutcome[];
}

export interface Outcomes {
  byQuestion: Map<string, QuestionOutcome>;
  /** Per respondent, which questions they were shown. */
  visibilities: Map<string, boolean>[];
}

export function gatherOutcomes(questionnaire: Questionnaire, sets: readonly AnswerSet[]): Outcomes {
  const visibilities = sets.map((set) => visibility(questionnaire.questions, set.responses));
  const byQuestion = new Map<string, QuestionOutcome>();
  for (const question of questionnaire.questions) {
    const perRespondent = sets.map((set, i) => respondentOutcome(question, set.responses.get(question.id), visibilities[i]!.get(question.id) ?? true));
    byQuestion.set(question.id, { question, perRespondent, ...acrossRespondents(question, perRespondent) });
  }
  return { byQuestion, visibilities };
}

function respondentOutcome(question: Question, response: Response | undefined, visible: boolean): RespondentOutcome {
  if (!visible) return { status: 'hidden', score: null };
  if (!response) return { status: 'unanswered', score: null };
  if (response.kind === 'unknown') return { status: 'unknown', score: null, response };
  if (response.kind === 'not-applicable') return { status: 'not-applicable', score: null, response };
  const kind = kindOf(question);
  const score = kind.score(question, response.value);
  const range = score !== null ? kind.range?.(question, response.value) : undefined;
  return { status: 'answered', score, ...(range && range.high > range.low ? range : {}), response };
}

function acrossRespondents(question: Question, perRespondent: RespondentOutcome[]): Pick<QuestionOutcome, 'status' | 'score' | 'low' | 'high'> {
  if (!isScored(question)) return { status: 'not-scored', score: null, low: null, high: null };
  const answered = perRespondent.filter((r) => r.status === 'answered');
  // A missing answer counts as not known, like "je ne sais pas".
  const unknown = perRespondent.filter((r) => r.status === 'unknown' || r.status === 'unanswered').length;
  if (answered.length > 0) {
    const count = answered.length + unknown;
    const low = answered.reduce((s, r) => s + (r.low ?? r.score!), 0);
    const high = answered.reduce((s, r) => s + (r.high ?? r.score!), 0);
    return { status: 'answered', score: mean(answered.map((r) => r.score!)), low: low / count, high: (high + unknown) / count };
  }
  if (unknown === 0) return { status: 'not-applicable', score: null, low: null, high: null };
  const status = perRespondent.some((r) => r.status === 'unknown') ? 'unknown' : 'unanswered';
  return { status, score: null, low: 0, high: 1 };
}

/** A question's outcome as an item of a weighted mean (all respondents together). */
export function asItem(outcome: QuestionOutcome): ScoredItem {
  const status: ItemStatus = outcome.status === 'not-scored' ? 'not-applicable' : outcome.status;
  return { weight: outcome.question.weight, status, score: outcome.score, ...(outcome.low !== null && outcome.high !== null ? { low: outcome.low, high: outcome.high } : {}) };
}

/** One respondent's outcome for a question, as an item of a weighted mean. */
export function asRespondentItem(outcome: QuestionOutcome, respondent: number): ScoredItem {
  return { weight: outcome.question.weight, ...outcome.perRespondent[respondent]! };
}
