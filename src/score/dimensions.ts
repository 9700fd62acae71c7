// One dimension: the weighted mean of its scored questions, its coverage and range, its level
// and how sure it is, and the spread between respondents.
import type { Dimension, Questionnaire } from '../core/model.js';
import { atLeast, descending } from '../core/compare.js';
import type { DimensionResult, QuestionResult } from '../diagnostic/contract.js';
import { isScored } from '../questions/index.js';
import { mean, round1, roundOrNull, roundRange, summarize, type Summary } from './aggregate.js';
import { asItem, type Outcomes, type QuestionOutcome } from './outcomes.js';
import { questionResult, type Listing } from './question-result.js';
import { levelEstimates, levelFor, levelRank, requirementResult, type LevelEvaluation, type LevelSpan } from './levels.js';

export interface ScoredDimension {
  dimension: Dimension;
  /** Unrounded figures, for the overall score and the recommendations. */
  summary: Summary;
  /** The scored questions' outcomes, in questionnaire order. */
  scored: QuestionOutcome[];
  requirements: LevelEvaluation[];
  point: string | null;
  span: LevelSpan;
  result: DimensionResult;
}

export function scoreDimension(dimension: Dimension, questionnaire: Questionnaire, outcomes: Outcomes, listing: Listing = { perRespondent: true }): ScoredDimension {
  const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id);
  const scored = questions.filter(isScored).map((q) => outcomes.byQuestion.get(q.id)!);
  const summary = summarize(scored.map(asItem));
  const requirements = questionnaire.requirements
    .filter((r) => r.scope === 'dimension' && outcomes.byQuestion.get(r.question)!.question.dimension === dimension.id)
    .map((requirement) => ({ requirement, outcome: outcomes.byQuestion.get(requirement.question)! }));
  const estimates = levelEstimates(questionnaire.levels, summary, requirements);
  const sufficient = summary.range !== null && atLeast(summary.coverage, questionnaire.minCoverage);
  const level = sufficient ? estimates.point : null;
  const span = { low: estimates.low, high: estimates.high };
  const perRespondent = respondentFigures(scored, outcomes.count);
  const respondentScores = perRespondent.map((s) => s.score).filter((s): s is number => s !== null);
  // Each respondent's own coverage, for those shown any question of the dimension.
  const meanCoverage = mean(perRespondent.filter((s) => s.coverage !== null).map((s) => s.coverage!));
  const count = (status: QuestionResult['status']) => scored.filter((o) => o.status === status).length;
  const status = !sufficient ? 'insufficient-data' : span.low === span.high ? 'established' : 'to-confirm';
  return {
    dimension,
    summary,
    scored,
    requirements,
    point: level,
    span,
    result: {
      id: dimension.id,
      label: dimension.label,
      ...(dimension.description ? { description: dimension.description } : {}),
      weight: dimension.weight,
      score: roundOrNull(summary.score),
      level,
      ...(level && dimension.levels[level] ? { levelText: dimension.levels[level] } : {}),
      certainty: {
        status,
        low: span.low,
        high: span.high,
        deciding: status === 'to-confirm' ? decidingQuestions(questionnaire, scored, requirements) : [],
      },
      coverage: round1(summary.coverage),
      range: roundRange(summary.range),
      respondents: {
        count: respondentScores.length,
        // The lowest and highest are single respondents' scores: only in a per-respondent diagnostic.
        // Not Math.min(...scores): its arguments would overflow the stack past some 100,000 respondents.
        ...(listing.perRespondent
          ? {
              min: respondentScores.length ? round1(respondentScores.reduce((a, b) => Math.min(a, b))) : null,
              max: respondentScores.length ? round1(respondentScores.reduce((a, b) => Math.max(a, b))) : null,
            }
          : {}),
        ...(meanCoverage !== null ? { meanCoverage: round1(meanCoverage) } : {}),
      },
      counts: { answered: count('answered'), unknown: count('unknown'), notApplicable: count('not-applicable'), unanswered: count('unanswered') },
      requirements: requirements.map(requirementResult),
      questions: questions.map((q) => questionResult(outcomes.byQuestion.get(q.id)!, listing)),
    },
  };
}

/**
 * Each respondent's own score and coverage on these questions (as `summarize` would give them),
 * read from the columns: no object per answer, for thousands of respondents. Coverage is null for
 * a respondent shown none of them.
 */
function respondentFigures(scored: readonly QuestionOutcome[], count: number): { score: number | null; coverage: number | null }[] {
  const figures: { score: number | null; coverage: number | null }[] = [];
  for (let i = 0; i < count; i++) {
    let answeredWeight = 0;
    let unknownWeight = 0;
    let points = 0;
    for (const o of scored) {
      const status = o.respondents.status(i);
      const score = o.respondents.score(i);
      if (status === 'answered' && score !== null) {
        answeredWeight += o.question.weight;
        points += o.question.weight * score;
      } else if (status === 'unknown' || status === 'unanswered') {
        unknownWeight += o.question.weight;
      }
    }
    const applicable = answeredWeight + unknownWeight;
    figures.push({ score: answeredWeight > 0 ? (100 * points) / answeredWeight : null, coverage: applicable > 0 ? (100 * answeredWeight) / applicable : null });
  }
  return figures;
}

export interface WhatIf {
  /** The dimension's score (0-100) and level with this question's unknown answers at their worst and best. */
  score: { low: number | null; high: number | null };
  level: LevelSpan;
}

/** The questions some respondent did not know (or did not answer), in questionnaire order. */
export function withUnknowns(scored: readonly QuestionOutcome[]): QuestionOutcome[] {
  return scored.filter((o) => o.low !== null && o.high !== null && o.high - o.low > 0);
}

/** The dimension as answered, but with one question's unknown answers settled at its worst and at its best. */
export function whatIf(questionnaire: Questionnaire, scored: readonly QuestionOutcome[], requirements: readonly LevelEvaluation[], target: QuestionOutcome): WhatIf {
  const settle = (value: number) => {
    const settled: QuestionOutcome = { ...target, status: 'answered', score: value, low: value, high: value };
    const summary = summarize(scored.map((o) => asItem(o === target ? settled : o)));
    const evaluations = requirements.map((r) => (r.outcome === target ? { ...r, outcome: settled } : r));
    const sufficient = summary.range !== null && atLeast(summary.coverage, questionnaire.minCoverage);
    return { score: summary.score, level: sufficient ? levelFor(questionnaire.levels, summary.score, evaluations, 'point') : null };
  };
  const worst = settle(target.low!);
  const best = settle(target.high!);
  return { score: { low: worst.score, high: best.score }, level: { low: worst.level, high: best.level } };
}

/**
 * The unknown questions that decide a level to confirm: those that move the level on their own
 * first (by how many levels), then by how many points they move the score.
 */
function decidingQuestions(questionnaire: Questionnaire, scored: readonly QuestionOutcome[], requirements: readonly LevelEvaluation[]): string[] {
  return withUnknowns(scored)
    .map((o) => ({ o, effect: whatIf(questionnaire, scored, requirements, o) }))
    .map(({ o, effect }) => ({
      id: o.question.id,
      index: o.question.index,
      levels: levelRank(questionnaire.levels, effect.level.high) - levelRank(questionnaire.levels, effect.level.low),
      points: (effect.score.high ?? 0) - (effect.score.low ?? 0),
    }))
    .sort((a, b) => b.levels - a.levels || descending(a.points, b.points) || a.index - b.index)
    .map((d) => d.id);
}
