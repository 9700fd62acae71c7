// What to check before the workshop: every question someone answered "je ne sais pas" (or left
// unanswered), the questionnaire's foundations first (in its order), then the one that could move
// its dimension's level most, then the one that could move its score most, with who is likely to
// know. A foundation leads even when its dimension, under the coverage floor, has no level to move.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { descending } from '../core/compare.js';
import { round1 } from './aggregate.js';
import { whatIf, withUnknowns, type ScoredDimension } from './dimensions.js';
import { levelRank } from './levels.js';

export function checkBefore(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], perRespondent = true): Diagnostic['checkBefore'] {
  const foundations = new Map(questionnaire.foundations.map((f, i) => [f.question, i]));
  const items = dimensions.flatMap((d) =>
    withUnknowns(d.scored).map((o) => {
      const effect = whatIf(questionnaire, d.scored, d.requirements, o);
      return {
        index: o.question.index,
        foundation: foundations.get(o.question.id) ?? Infinity,
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
          ...(foundations.has(o.question.id) ? { foundation: true } : {}),
          ...(o.question.whoKnows.length > 0 ? { whoKnows: o.question.whoKnows } : {}),
        },
      };
    }),
  );
  return items.sort((a, b) => a.foundation - b.foundation || b.levelSwing - a.levelSwing || descending(a.swing, b.swing) || a.index - b.index).map((i) => i.entry);
}
