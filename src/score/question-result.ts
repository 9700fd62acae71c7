// A question as the diagnostic shows it: its score, and each respondent's answer by option key
// (the labels of the options chosen are stored once, in `options`).
import { kindOf } from '../questions/index.js';
import type { QuestionResult } from '../diagnostic/contract.js';
import { round1 } from './aggregate.js';
import type { QuestionOutcome } from './outcomes.js';

export function questionResult(outcome: QuestionOutcome): QuestionResult {
  const { question } = outcome;
  const kind = kindOf(question);
  const responses = Array.from({ length: outcome.respondents.length }, (_, respondent) => {
    const r = outcome.respondents.at(respondent);
    const response = r.response;
    return {
      respondent,
      status: r.status,
      ...(response?.kind === 'value' ? kind.store(question, response.value) : {}),
      ...(r.status === 'answered' && r.score !== null ? { score: round1(r.score * 100) } : {}),
      ...(response?.comment ? { comment: response.comment } : {}),
      ...(response?.evidence ? { evidence: response.evidence } : {}),
    };
  });
  // Only the options someone chose: the labels a report needs, each once.
  const chosen = new Set(responses.flatMap((r) => ('choice' in r ? r.choice : [])));
  const options = kind.options(question).filter((o) => chosen.has(o.id));
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    weight: question.weight,
    tags: question.tags,
    status: outcome.status,
    score: outcome.score === null ? null : round1(outcome.score * 100),
    ...(question.advice ? { advice: question.advice } : {}),
    ...(options.length > 0 ? { options } : {}),
    responses,
  };
}
