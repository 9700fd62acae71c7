// Impacts (performance, confiance, innovation…): the same weighted mean over the questions
// tagged with each impact, across dimensions.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { isScored } from '../questions/index.js';
import { round1, roundOrNull, summarize } from './aggregate.js';
import { asItem, type Outcomes } from './outcomes.js';

export function scoreImpacts(questionnaire: Questionnaire, outcomes: Outcomes): Diagnostic['impacts'] {
  return questionnaire.impacts.map((impact) => {
    const tagged = questionnaire.questions.filter((q) => isScored(q) && q.tags.includes(impact.id)).map((q) => outcomes.byQuestion.get(q.id)!);
    const summary = summarize(tagged.map(asItem));
    return {
      id: impact.id,
      label: impact.label,
      ...(impact.description ? { description: impact.description } : {}),
      score: roundOrNull(summary.score),
      coverage: round1(summary.coverage),
    };
  });
}
