// What to check before the workshop: every question someone answered "je ne sais pas" (or left
// unanswered), the one that could move its dimension's level most first, then the one that
// could move its score most, with who is likely to know.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { descending } from '../core/compare.js';
import { round1 } from './aggregate.js';
import { whatIf, withUnknowns, type ScoredDimension } from './dimensions.js';
import { levelRank } from './levels.js';

export function checkBefore(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], perRespondent = true): Diagnostic['checkBefore'] {
  const items = dimensions.flatMap((d) =>
    withUnknowns(d.scored).map((o) => {
      const effect = whatIf(questionnaire, d.scored, d.requirements, o);
      return {
        index: o.question.index,
        levelSwing: levelRank(questionnaire.levels, effect.level.high) - levelRank(questionnaire.levels, effect.level.low),
        swing: (effect.score.high ?? 0) - (effect.score.low ?? 0),
        entry: {
          question: o.question.id,
          dimension: d.dimension.id,
          // Who did not know (an answer known in part, `[x, ne-sait-pas]`, included): by index only in a
          // per-respondent diagnostic; otherwise how many.
          ...(perRespondent ? { respondents: o.respondents.indexesNotKnowing() } : { unknown: o.respondents.indexesNotKnowing().length }),
          swing: round1((effect.score.high ?? 0) - (effect.score.low ?? 0)),
          levels: effect.level,
          ...(o.question.whoKnows.length > 0 ? { whoKnows: o.question.whoKnows } : {}),
        },
      };
    }),
  );
  return items.sort((a, b) => b.levelSwing - a.levelSwing || descending(a.swing, b.swing) || a.index - b.index).map((i) => i.entry);
}
