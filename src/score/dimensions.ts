// One dimension: the weighted mean of its scored questions, its coverage and range, its level
// (with the dimension's requirements), and the spread between respondents.
import type { AnswerSet, Dimension, Questionnaire } from '../core/model.js';
import type { DimensionResult, QuestionResult } from '../diagnostic/contract.js';
import { isScored } from '../questions/index.js';
import { round1, roundOrNull, roundRange, summarize, type Summary } from './aggregate.js';
import { asItem, asRespondentItem, type Outcomes } from './outcomes.js';
import { questionResult } from './question-result.js';
import { levelFor, requirementResult } from './requirements.js';

export interface ScoredDimension {
  dimension: Dimension;
  /** Unrounded figures, for the overall score and the recommendations. */
  summary: Summary;
  result: DimensionResult;
}

export function scoreDimension(dimension: Dimension, questionnaire: Questionnaire, sets: readonly AnswerSet[], outcomes: Outcomes): ScoredDimension {
  const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id);
  const scored = questions.filter(isScored).map((q) => outcomes.byQuestion.get(q.id)!);
  const summary = summarize(scored.map(asItem));
  const requirements = questionnaire.requirements
    .filter((r) => r.scope === 'dimension' && outcomes.byQuestion.get(r.question)!.question.dimension === dimension.id)
    .map((r) => requirementResult(r, outcomes.byQuestion.get(r.question)!));
  const level = levelFor(questionnaire.levels, summary.score, requirements);
  const respondentScores = sets
    .map((_, i) => summarize(scored.map((o) => asRespondentItem(o, i))).score)
    .filter((s): s is number => s !== null);
  const count = (status: QuestionResult['status']) => scored.filter((o) => o.status === status).length;
  return {
    dimension,
    summary,
    result: {
      id: dimension.id,
      label: dimension.label,
      ...(dimension.description ? { description: dimension.description } : {}),
      weight: dimension.weight,
      score: roundOrNull(summary.score),
      level,
      ...(level && dimension.levels[level] ? { levelText: dimension.levels[level] } : {}),
      ...(level && dimension.next[level] ? { next: dimension.next[level] } : {}),
      coverage: round1(summary.coverage),
      range: roundRange(summary.range),
      respondents: {
        count: respondentScores.length,
        min: respondentScores.length ? round1(Math.min(...respondentScores)) : null,
        max: respondentScores.length ? round1(Math.max(...respondentScores)) : null,
      },
      counts: { answered: count('answered'), unknown: count('unknown'), notApplicable: count('not-applicable'), unanswered: count('unanswered') },
      requirements,
      questions: questions.map((q) => questionResult(outcomes.byQuestion.get(q.id)!)),
    },
  };
}
