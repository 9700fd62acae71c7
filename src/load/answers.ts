// Answers: schema first (the shape a person writes by hand), then each answer against its
// questionnaire: unknown question ids, values that are not options, markers where refused.
import { validateAnswers } from '../generated/validate-answers.js';
import { msg, type Message } from '../i18n/messages.js';
import { InputError, type Problem } from '../core/problems.js';
import {
  MARKER_NOT_APPLICABLE,
  MARKER_UNKNOWN,
  type AnswerSet,
  type AnswerValue,
  type Question,
  type Questionnaire,
  type Response,
} from '../core/model.js';
import type { AnswersSchema } from '../types/schemas.js';
import type { Source } from './source.js';
import { schemaProblems } from './schema-problems.js';
import { suggest } from '../core/values.js';
import { kindOf } from '../questions/index.js';
import { pushAll } from '../core/arrays.js';

export type RawAnswers = AnswersSchema.Answers;

/** Schema check only: enough to learn which questionnaire the answers are for. */
export function checkAnswersShape(source: Source): RawAnswers {
  if (!validateAnswers(source.data)) throw new InputError(schemaProblems(source, validateAnswers.errors ?? [], 'answers'));
  return source.data as RawAnswers;
}

/**
 * The questionnaire an answers file names, when it names one plainly enough to check the answers
 * against it even if other parts of the file are wrong (so one run reports every error).
 */
export function questionnaireRefOf(data: unknown): { id: string; version: string } | undefined {
  const ref = isRecord(data) ? data['questionnaire'] : undefined;
  if (!isRecord(ref) || typeof ref['id'] !== 'string' || typeof ref['version'] !== 'string' || !ref['id'] || !ref['version']) return undefined;
  return { id: ref['id'], version: ref['version'] };
}

/**
 * Schema and answers checked in one pass: a wrong field elsewhere in the file does not hide the
 * answers that are not options, and the other way round.
 */
export function loadAnswers(source: Source, questionnaire: Questionnaire): AnswerSet {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: Message, key = false) => problems.push(source.problem(path, message, { key }));
  const shapeOk = validateAnswers(source.data);
  const wrongShape = new Set<string>();
  if (!shapeOk) {
    const errors = validateAnswers.errors ?? [];
    pushAll(problems, schemaProblems(source, errors, 'answers'));
    const ref = questionnaireRefOf(source.data);
    // Without a questionnaire named plainly, the answers cannot be checked any further.
    if (!ref || !isRecord((source.data as Record<string, unknown>)['answers'])) throw new InputError(problems);
    // Answers the schema already refused are not checked again against their question.
    for (const e of errors) {
      const id = /^\/answers\/([^/]+)/.exec(e.instancePath)?.[1];
      if (id !== undefined) wrongShape.add(id.replace(/~1/g, '/').replace(/~0/g, '~'));
      else if (e.instancePath === '/answers' && typeof e.params['propertyName'] === 'string') wrongShape.add(e.params['propertyName']);
    }
  }
  const raw = source.data as RawAnswers;

  if (raw.questionnaire.id !== questionnaire.id) {
    // Answers to another questionnaire: every answer would be "unknown question"; say it once.
    at(['questionnaire', 'id'], msg('answers.questionnaire-mismatch', { found: raw.questionnaire.id, expected: questionnaire.id }));
    throw new InputError(problems.sort(byPlace));
  } else if (raw.questionnaire.version !== questionnaire.version) {
    at(['questionnaire', 'version'], msg('answers.version-mismatch', { found: raw.questionnaire.version, expected: questionnaire.version, id: questionnaire.id }));
  }
  const date = isRecord(raw.respondent) ? raw.respondent.date : undefined;
  // The schema checks the form YYYY-MM-DD; the calendar is checked here (no 2026-13-45).
  if (typeof date === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) && !isCalendarDate(date)) {
    at(['respondent', 'date'], msg('schema.date', { found: date }));
  }

  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const responses = new Map<string, Response>();
  for (const [id, answer] of Object.entries(raw.answers)) {
    if (wrongShape.has(id)) continue;
    const question = byId.get(id);
    if (!question) {
      at(['answers', id], msg('rule.unknown-question', { id, ...suggest(id, [...byId.keys()]) }), true);
      continue;
    }
    const isDetailed = answer !== null && typeof answer === 'object' && !Array.isArray(answer);
    const value = isDetailed ? answer.value : answer;
    const extra = isDetailed ? { ...(answer.comment ? { comment: own(answer.comment) } : {}), ...(answer.evidence ? { evidence: own(answer.evidence) } : {}) } : {};
    const valuePath = isDetailed ? ['answers', id, 'value'] : ['answers', id];
    // `[ne-sait-pas]` alone says nothing is known, as `run` and `form` record it: the same answer as `ne-sait-pas`.
    const onlyUnknown = Array.isArray(value) && value.length > 0 && value.every((v) => v === MARKER_UNKNOWN);
    if (value === MARKER_UNKNOWN || onlyUnknown) {
      responses.set(question.id, { kind: 'unknown', ...extra });
    } else if (value === MARKER_NOT_APPLICABLE) {
      if (!question.allowNotApplicable) at(valuePath, msg('answers.not-applicable-refused'));
      else responses.set(question.id, { kind: 'not-applicable', ...extra });
    } else {
      const checked = kindOf(question).read(question, value);
      if ('problem' in checked) at(checked.index === undefined ? valuePath : [...valuePath, checked.index], checked.problem);
      else responses.set(question.id, { kind: 'value', value: sharedValue(question, checked.value), ...extra });
    }
  }
  if (problems.length > 0) throw new InputError(problems.sort(byPlace));

  const r = raw.respondent;
  return {
    questionnaire: { id: questionnaire.id, version: own(raw.questionnaire.version) },
    respondent: {
      territory: own(r.territory.trim()),
      actorType: r.actorType,
      role: own(r.role),
      ...(r.name ? { name: own(r.name) } : {}),
      ...(r.date ? { date: own(r.date) } : {}),
    },
    responses,
    file: source.file,
  };
}

/**
 * A string kept from a file, copied out of the file's text. The parser hands out slices of that
 * text, and V8 keeps a whole string alive while any slice of it is: over thousands of answers
 * files, the texts kept alive by a role or a comment were most of the memory. A JSON round trip
 * makes a string of its own (lone surrogates included), with no 32-byte slice on top of the copy
 * as concatenation then slicing left.
 */
function own(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Option keys become the questionnaire's own strings, shared by every answer; free text is copied out of the file. */
function sharedValue(question: Question, value: AnswerValue): AnswerValue {
  const share = (key: string) => question.options.find((o) => o.id === key)?.id ?? own(key);
  if (typeof value === 'string') return share(value);
  return Array.isArray(value) ? value.map(share) : value;
}

function byPlace(a: Problem, b: Problem): number {
  return a.line - b.line || a.col - b.col;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A day that exists: month 1–12, day within that month, 29 February only in leap years. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
