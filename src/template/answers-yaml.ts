// An answers set written back as the same YAML a person writes by hand, so that `cocon score`
// on a file saved by `cocon run` reads exactly what the run held.
import { stringify } from 'yaml';
import type { AnswerSet, Question, Questionnaire, Response } from '../core/model.js';
import { kindOf } from '../questions/index.js';
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN } from '../core/model.js';

export function answersToYaml(set: Omit<AnswerSet, 'file'>, questionnaire: Questionnaire, schemaPath: string): string {
  const answers: Record<string, unknown> = {};
  // Questionnaire order, whatever order the answers were given in.
  for (const q of questionnaire.questions) {
    const response = set.responses.get(q.id);
    if (response) answers[q.id] = written(q, response);
  }
  const document = {
    questionnaire: { id: set.questionnaire.id, version: set.questionnaire.version },
    respondent: set.respondent,
    answers,
  };
  return `# yaml-language-server: $schema=${schemaPath}\n${stringify(document, { lineWidth: 0 })}`;
}

function written(question: Question, response: Response): unknown {
  const value = response.kind === 'unknown' ? MARKER_UNKNOWN : response.kind === 'not-applicable' ? MARKER_NOT_APPLICABLE : kindOf(question).write(question, response.value);
  if (!response.comment && !response.evidence) return value;
  return { value, ...(response.comment ? { comment: response.comment } : {}), ...(response.evidence ? { evidence: response.evidence } : {}) };
}
