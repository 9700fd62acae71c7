// The end of the form: the answers written as the YAML a person writes by hand (the same code as
// `cocon run`), then read back by the same loader as `cocon validate` and `cocon score`, so a file
// the form hands out is one cocon reads unchanged.
import type { ActorType, Questionnaire, Respondent, Response } from '../core/model.js';
import { InputError, type Problem } from '../core/problems.js';
import { loadAnswers } from '../load/answers.js';
import { parseSource } from '../load/source.js';
import { answersToYaml } from '../template/answers-yaml.js';
import { territorySlug } from '../core/file-slug.js';

export type AnswersFile = { ok: true; name: string; yaml: string } | { ok: false; name: string; yaml: string; problems: Problem[] };

export function answersFile(questionnaire: Questionnaire, respondent: Respondent, responses: Map<string, Response>, schemaUrl: string): AnswersFile {
  const name = answersFileName(respondent.territory, respondent.actorType, respondent.date ?? '');
  const yaml = answersToYaml({ questionnaire: { id: questionnaire.id, version: questionnaire.version }, respondent, responses }, questionnaire, schemaUrl);
  const parsed = parseSource(name, new TextEncoder().encode(yaml));
  if (!parsed.ok) return { ok: false, name, yaml, problems: parsed.problems };
  try {
    loadAnswers(parsed.source, questionnaire);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, name, yaml, problems: error.problems };
  }
  return { ok: true, name, yaml };
}

/** "Val de Brume", association, 2026-03-14 → cocon-val-de-brume-association-2026-03-14.yaml */
export function answersFileName(territory: string, actorType: ActorType, date: string): string {
  return `cocon-${territorySlug(territory)}-${actorType}${date ? `-${date}` : ''}.yaml`;
}
