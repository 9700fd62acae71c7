// A dimension's level read from its answers: what they establish for the level reached (the score
// against its threshold, and each requirement met with the answer that meets it, in the answer's
// own words), then what separates it from the next level (the score still missing, each requirement
// not met with the answer given, or not known and who can know). Built from the diagnostic alone,
// so every sentence rests on an answer the report also lists; the level's generic description stays
// in the scale, as a definition.
import { localize, type Lang } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { formatScore } from '../i18n/format.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { answerSummary, findQuestion, levelLabel } from './common.js';

type DimensionResult = Diagnostic['dimensions'][number];

/** Two sentences, unescaped (each renderer escapes them): the level reached, then the next. None without a level. */
export function levelReading(diagnostic: Diagnostic, d: DimensionResult, lang: Lang): { reached: string; next?: { label: string; text: string } } | undefined {
  const w = words(lang).report;
  if (d.level === null || d.score === null) return undefined;
  const rank = diagnostic.levels.findIndex((l) => l.id === d.level);
  if (rank < 0) return undefined;
  const level = diagnostic.levels[rank]!;
  const rankOf = (id: string) => diagnostic.levels.findIndex((l) => l.id === id);
  const fact = (question: string) => {
    const q = findQuestion(diagnostic, question);
    return w.readingFact({ question: localize(q?.text, lang) || question, answer: q ? answerSummary(q, diagnostic, lang) : w.none });
  };
  const met = d.requirements.filter((r) => r.status === 'met' && rankOf(r.level) <= rank).map((r) => fact(r.question));
  const reached = [w.readingReached({ level: localize(level.label, lang), score: formatScore(d.score, lang), min: formatScore(level.min, lang) }), ...met].join(w.separator);
  const next = diagnostic.levels[rank + 1];
  if (!next) return { reached };
  const who = (question: string) => {
    const entry = diagnostic.checkBefore.find((c) => c.question === question);
    return (entry?.whoKnows ?? []).map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? a).join(', ');
  };
  const gap = next.min - d.score;
  const parts = [gap > 0 ? w.readingScoreGap({ min: formatScore(next.min, lang), gap: formatScore(Math.round(gap * 10) / 10, lang), count: Math.round(gap * 10) / 10 }) : w.readingScoreMet({ min: formatScore(next.min, lang) })];
  for (const r of d.requirements) {
    if (rankOf(r.level) > rank + 1 || (r.status !== 'unmet' && r.status !== 'unknown')) continue;
    const q = findQuestion(diagnostic, r.question);
    const question = localize(q?.text, lang) || r.question;
    parts.push(r.status === 'unknown'
      ? w.readingUnknown({ question, who: who(r.question) })
      : w.readingUnmet({ question, answer: q ? answerSummary(q, diagnostic, lang) : w.none, min: formatScore(r.minScore, lang) }));
  }
  return { reached, next: { label: w.readingNext({ level: levelLabel(diagnostic, next.id, lang) }), text: parts.join(w.separator) } };
}
