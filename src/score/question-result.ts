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

/**
 * How a question lists its answers. `perRespondent`: each respondent's answer by index (a private
 * diagnostic: --attribute, an export, or a single respondent, whose diagnostic is their own).
 * Otherwise only what there is to read (comments, evidence, free text), with no index, attributed
 * at most to a group of the privacy floor (`groupOf`, when every respondent is in a group shown),
 * and sorted by group then text so that their order says nothing of who wrote them.
 */
export interface Listing {
  perRespondent: boolean;
  groupOf?: readonly string[];
  groupOrder?: readonly string[];
}

export function questionResult(outcome: QuestionOutcome, listing: Listing = { perRespondent: true }): QuestionResult {
  const { question, respondents: column } = outcome;
  const kind = kindOf(question);
  const listAll = listing.perRespondent && listsEveryResponse(column.length);
  const responses: QuestionResult['responses'] = [];
  const tally = new Map<string, Tally[number]>();
  const count = (status: Tally[number]['status'], choice?: string) => {
    const key = `${status}\u0000${choice ?? ''}`;
    const entry = tally.get(key);
    if (entry) entry.count++;
    else tally.set(key, { status, ...(choice !== undefined ? { choice } : {}), count: 1 });
  };
  const chosen = new Set<string>();
  // Stored once per distinct value, and shared: thousands of respondents tick the same few options.
  const storedByValue = new Map<number, { choice?: string[]; text?: string }>();
  for (let respondent = 0; respondent < column.length; respondent++) {
    const status = column.status(respondent);
    const stored = column.perValue(respondent, storedByValue, (value) => kind.store(question, value)) ?? {};
    const choice = stored.choice;
    for (const key of choice ?? []) chosen.add(key);
    if (status === 'answered' && choice) {
      if (choice.length === 0) count('answered');
      for (const key of choice) count('answered', key);
    } else if (status !== 'answered' && status !== 'hidden') count(status);
    const comment = column.comment(respondent);
    const evidence = column.evidence(respondent);
    const noted = stored.text !== undefined || !!comment || !!evidence;
    if (!listAll && !noted) continue;
    if (!listing.perRespondent) {
      const group = listing.groupOf?.[respondent];
      responses.push({
        status,
        ...(group !== undefined ? { group } : {}),
        ...(stored.text !== undefined ? { text: stored.text } : {}),
        ...(comment ? { comment } : {}),
        ...(evidence ? { evidence } : {}),
      });
      continue;
    }
    const score = column.score(respondent);
    responses.push({
      respondent,
      status,
      ...stored,
      ...(status === 'answered' && score !== null ? { score: round1(score * 100) } : {}),
      ...(comment ? { comment } : {}),
      ...(evidence ? { evidence } : {}),
    });
  }
  if (!listing.perRespondent) {
    const order = listing.groupOrder ?? [];
    const rank = (r: (typeof responses)[number]) => (r.group === undefined ? -1 : order.indexOf(r.group));
    const words = (r: (typeof responses)[number]) => `${r.text ?? ''}\u0000${r.comment ?? ''}\u0000${r.evidence ?? ''}`;
    responses.sort((a, b) => rank(a) - rank(b) || (words(a) < words(b) ? -1 : words(a) > words(b) ? 1 : 0));
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
