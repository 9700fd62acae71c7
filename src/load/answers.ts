// Answers: schema first (the shape a person writes by hand), then each answer against its
// questionnaire: unknown question ids, values that are not options, markers where refused.
import { validateAnswers } from '../generated/validate-answers.js';
import { msg, type Message } from '../i18n/messages.js';
import { InputError, type Problem } from '../core/problems.js';
import {
  MARKER_NOT_APPLICABLE,
  MARKER_UNKNOWN,
  type AnswerSet,
  type Questionnaire,
  type Response,
} from '../core/model.js';
import type { AnswersSchema } from '../types/schemas.js';
import type { Source } from './source.js';
import { schemaProblems } from './schema-problems.js';
import { suggest } from '../core/values.js';
import { kindOf } from '../questions/index.js';

export type RawAnswers = AnswersSchema.Answers;

/** Schema check only: enough to learn which questionnaire the answers are for. */
export function checkAnswersShape(source: Source): RawAnswers {
  if (!validateAnswers(source.data)) throw new InputError(schemaProblems(source, validateAnswers.errors ?? [], 'answers'));
  return source.data as RawAnswers;
}

/** `raw`: the result of checkAnswersShape(source) when the caller has it already (it costs a schema pass). */
export function loadAnswers(source: Source, questionnaire: Questionnaire, raw: RawAnswers = checkAnswersShape(source)): AnswerSet {
  const problems: Problem[] = [];
  const at = (path: (string | number)[], message: Message, key = false) => problems.push(source.problem(path, message, { key }));

  if (raw.questionnaire.id !== questionnaire.id) {
    // Answers to another questionnaire: every answer would be "unknown question"; say it once.
    at(['questionnaire', 'id'], msg('answers.questionnaire-mismatch', { found: raw.questionnaire.id, expected: questionnaire.id }));
    throw new InputError(problems);
  } else if (raw.questionnaire.version !== questionnaire.version) {
    at(['questionnaire', 'version'], msg('answers.version-mismatch', { found: raw.questionnaire.version, expected: questionnaire.version, id: questionnaire.id }));
  }

  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const responses = new Map<string, Response>();
  for (const [id, answer] of Object.entries(raw.answers)) {
    const question = byId.get(id);
    if (!question) {
      at(['answers', id], msg('rule.unknown-question', { id, ...suggest(id, [...byId.keys()]) }), true);
      continue;
    }
    const isDetailed = answer !== null && typeof answer === 'object' && !Array.isArray(answer);
    const value = isDetailed ? answer.value : answer;
    const extra = isDetailed ? { ...(answer.comment ? { comment: answer.comment } : {}), ...(answer.evidence ? { evidence: answer.evidence } : {}) } : {};
    const valuePath = isDetailed ? ['answers', id, 'value'] : ['answers', id];
    if (value === MARKER_UNKNOWN) {
      responses.set(id, { kind: 'unknown', ...extra });
    } else if (value === MARKER_NOT_APPLICABLE) {
      if (!question.allowNotApplicable) at(valuePath, msg('answers.not-applicable-refused'));
      else responses.set(id, { kind: 'not-applicable', ...extra });
    } else {
      const checked = kindOf(question).read(question, value);
      if ('problem' in checked) at(checked.index === undefined ? valuePath : [...valuePath, checked.index], checked.problem);
      else responses.set(id, { kind: 'value', value: checked.value, ...extra });
    }
  }
  if (problems.length > 0) throw new InputError(problems.sort((a, b) => a.line - b.line || a.col - b.col));

  const r = raw.respondent;
  return {
    questionnaire: { ...raw.questionnaire },
    respondent: {
      territory: r.territory.trim(),
      actorType: r.actorType,
      role: r.role,
      ...(r.name ? { name: r.name } : {}),
      ...(r.date ? { date: r.date } : {}),
    },
    responses,
    file: source.file,
  };
}
