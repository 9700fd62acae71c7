// A question as the diagnostic shows it: its score, how many gave each answer, and each
// respondent's answer by option key (the labels of the options chosen are stored once, in
// `options`). Past LISTED_RESPONDENTS respondents, only the answers with something to read (a
// comment, evidence, free text) are listed one by one: the tally counts them all.
import { kindOf } from '../questions/index.js';
import type { QuestionResult } from '../diagnostic/contract.js';
import { round1 } from './aggregate.js';
import type { QuestionOutcome } from './outcomes.js';

/** Up to this many respondents, a diagnostic lists every respondent's answer to every question. */
export const LISTED_RESPONDENTS = 100;

export function listsEveryResponse(respondents: number): boolean {
  return respondents <= LISTED_RESPONDENTS;
}

type Tally = NonNullable<QuestionResult['tally']>;

export function questionResult(outcome: QuestionOutcome): QuestionResult {
  const { question, respondents: column } = outcome;
  const kind = kindOf(question);
  const listAll = listsEveryResponse(column.length);
  const responses: QuestionResult['responses'] = [];
  const tally = new Map<string, Tally[number]>();
  const count = (status: Tally[number]['status'], choice?: string) => {
    const key = `${status}\u0000${choice ?? ''}`;
    const entry = tally.get(key);
    if (entry) entry.count++;
    else tally.set(key, { status, ...(choice !== undefined ? { choice } : {}), count: 1 });
  };
  const chosen = new Set<string>();
  for (let respondent = 0; respondent < column.length; respondent++) {
    const r = { status: column.status(respondent), score: column.score(respondent) };
    const response = column.response(respondent);
    const stored: { choice?: string[]; text?: string } = response?.kind === 'value' ? kind.store(question, response.value) : {};
    const choice = stored.choice;
    for (const key of choice ?? []) chosen.add(key);
    if (r.status === 'answered' && choice) {
      if (choice.length === 0) count('answered');
      for (const key of choice) count('answered', key);
    } else if (r.status !== 'answered' && r.status !== 'hidden') count(r.status);
    const noted = stored.text !== undefined || !!response?.comment || !!response?.evidence;
    if (!listAll && !noted) continue;
    responses.push({
      respondent,
      status: r.status,
      ...stored,
      ...(r.status === 'answered' && r.score !== null ? { score: round1(r.score * 100) } : {}),
      ...(response?.comment ? { comment: response.comment } : {}),
      ...(response?.evidence ? { evidence: response.evidence } : {}),
    });
  }
  // Only the options someone chose: the labels a report needs, each once.
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
    tally: [...tally.values()],
  };
}
