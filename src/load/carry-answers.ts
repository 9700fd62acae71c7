// Answers written for an older version of a questionnaire, carried to the next version by the
// rules that version declares (`previous`): ids renamed, questions split or merged, options
// remapped, questions new. Pure: raw answers in, raw answers out, plus what the person must now
// answer and what could not be carried. `cocon score` uses it in memory, `cocon migrate` writes it.
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type Question, type Questionnaire, type Response } from '../core/model.js';
import { visibility } from '../questions/conditions.js';
import { kindOf } from '../questions/index.js';
import type { Source } from './source.js';
import type { RawAnswers } from './answers.js';

type RawAnswer = RawAnswers['answers'][string];
type RawValue = Exclude<RawAnswer, { value: unknown }>;

export interface Carried {
  raw: RawAnswers;
  /** Questions of the new version shown to this respondent and without an answer, in order. */
  toAnswer: string[];
  /** Old question ids whose answer no rule could carry. */
  notCarried: string[];
}

/** One step: answers to the version `to.previous` names become answers to `to`. */
export function carryAnswers(raw: RawAnswers, to: Questionnaire): Carried {
  const rules = to.previous?.carry ?? [];
  const targets = new Map(to.questions.map((q) => [q.id, q]));
  const carried = new Map<string, RawAnswer>();
  const used = new Set<string>();
  for (const rule of rules) {
    const target = targets.get(rule.to);
    const answer = raw.answers[rule.from];
    if (!target || answer === undefined) continue;
    // Merged questions: the first rule that carries a value wins over a marker.
    const already = carried.get(rule.to);
    if (already !== undefined && !isMarker(valueOf(already))) continue;
    const value = mapValue(valueOf(answer), rule.options, target);
    if (value === undefined || (already !== undefined && isMarker(value))) continue;
    carried.set(rule.to, withNotes(value, answer));
    used.add(rule.from);
  }
  const answers: Record<string, RawAnswer> = {};
  for (const q of to.questions) if (carried.has(q.id)) answers[q.id] = carried.get(q.id)!;
  // An answer to a question the carried answers now hide no longer applies: it is not kept.
  const visible = visibility(to.questions, responsesOf(answers, to));
  const moot = Object.keys(answers).filter((id) => visible.get(id) === false);
  for (const id of moot) delete answers[id];
  const kept = new Set(rules.filter((r) => answers[r.to] !== undefined).map((r) => r.from));
  return {
    raw: { questionnaire: { id: to.id, version: to.version }, respondent: raw.respondent, answers },
    toAnswer: to.questions.filter((q) => visible.get(q.id) && kindOf(q).scored && answers[q.id] === undefined).map((q) => q.id),
    notCarried: Object.keys(raw.answers).filter((id) => !used.has(id) || !kept.has(id)),
  };
}

/** Old question ids the rules name that the old version does not have (a mistake in the rules). */
export function unknownOldIds(from: Questionnaire, to: Questionnaire): string[] {
  const known = new Set(from.questions.map((q) => q.id));
  return [...new Set([...(to.previous?.carry ?? []).map((r) => r.from), ...(to.previous?.dropped ?? [])])].filter((id) => !known.has(id));
}

/** The carried answers as a source: problems found in them point at the original file's version line. */
export function carriedSource(original: Source, data: RawAnswers): Source {
  const where = ['questionnaire', 'version'];
  return { file: original.file, data, locate: () => original.locate(where), problem: (_, message) => original.problem(where, message) };
}

function valueOf(answer: RawAnswer): RawValue {
  return answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? answer.value : answer;
}

function withNotes(value: RawValue, original: RawAnswer): RawAnswer {
  if (original === null || typeof original !== 'object' || Array.isArray(original)) return value;
  const { comment, evidence } = original;
  return comment || evidence ? { value, ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) } : value;
}

function isMarker(value: RawValue): boolean {
  return value === MARKER_UNKNOWN || value === MARKER_NOT_APPLICABLE;
}

/**
 * An old value through the rule's option map (a value not listed is kept as it is), then checked
 * against the new question: undefined when it cannot be carried.
 */
function mapValue(value: RawValue, options: Record<string, string | string[] | null> | undefined, target: Question): RawValue | undefined {
  const map = (key: string): string[] | null => {
    if (options && Object.hasOwn(options, key)) {
      const mapped = options[key];
      return mapped === null || mapped === undefined ? null : [mapped].flat();
    }
    return [key];
  };
  let mapped: RawValue;
  if (Array.isArray(value)) {
    // An option with no equivalent leaves the new answer partly unknown: "these, and I don't know about the others".
    const ids = value.flatMap((v) => map(v) ?? [MARKER_UNKNOWN]);
    mapped = [...new Set(ids)];
  } else {
    const ids = map(String(value));
    if (ids === null) return undefined;
    mapped = typeof value === 'string' ? (ids.length === 1 ? ids[0]! : ids) : value;
  }
  if (mapped === MARKER_UNKNOWN) return mapped;
  if (mapped === MARKER_NOT_APPLICABLE) return target.allowNotApplicable ? mapped : undefined;
  const kind = kindOf(target);
  let read = kind.read(target, mapped);
  // A single option carried to a multiple choice becomes a list of one.
  if ('problem' in read && typeof mapped === 'string') read = kind.read(target, [mapped]);
  return 'problem' in read ? undefined : (kind.write(target, read.value) as RawValue);
}

/** The carried answers as responses, to know which questions of the new version are shown. */
function responsesOf(answers: Record<string, RawAnswer>, to: Questionnaire): Map<string, Response> {
  const responses = new Map<string, Response>();
  for (const q of to.questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    const value = valueOf(answer);
    if (value === MARKER_UNKNOWN) responses.set(q.id, { kind: 'unknown' });
    else if (value === MARKER_NOT_APPLICABLE) responses.set(q.id, { kind: 'not-applicable' });
    else {
      const read = kindOf(q).read(q, value);
      if (!('problem' in read)) responses.set(q.id, { kind: 'value', value: read.value });
    }
  }
  return responses;
}
