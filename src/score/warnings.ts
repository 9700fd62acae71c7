// What the report must warn about: thin coverage, wide ranges, missing answers, answers ignored
// because their question was hidden, respondents from different territories.
import type { AnswerSet, Questionnaire } from '../core/model.js';
import type { Warning } from '../diagnostic/contract.js';
import { round1, type Summary } from './aggregate.js';
import type { Outcomes } from './outcomes.js';
import { isScored } from '../questions/index.js';
import { atLeast } from '../core/compare.js';

/** Below this coverage (%), a score rests on too few answers to be read without care. */
export const LOW_COVERAGE = 70;
/** A score range at least this wide (points) is flagged. */
export const WIDE_RANGE = 20;

/** Answers given to questions their respondent was not shown. */
export function ignoredAnswers(sets: readonly AnswerSet[], outcomes: Outcomes): Warning[] {
  const warnings: Warning[] = [];
  sets.forEach((set, respondent) => {
    const visible = outcomes.visibilities[respondent]!;
    for (const [id, response] of set.responses) {
      // A marker left on a hidden question (as in a template from `cocon init`) is harmless.
      if (visible.get(id) === false && response.kind === 'value') warnings.push({ code: 'answer-ignored', question: id, respondent });
    }
  });
  return warnings;
}

export function unansweredQuestions(questionnaire: Questionnaire, sets: readonly AnswerSet[], outcomes: Outcomes): Warning[] {
  const warnings: Warning[] = [];
  sets.forEach((_, respondent) => {
    const missing = questionnaire.questions.filter((q) => isScored(q) && outcomes.byQuestion.get(q.id)!.perRespondent[respondent]!.status === 'unanswered').length;
    if (missing > 0) warnings.push({ code: 'unanswered', respondent, value: missing });
  });
  return warnings;
}

export function dimensionWarnings(dimension: string, summary: Summary, minCoverage: number): Warning[] {
  const warnings: Warning[] = [];
  if (summary.score === null) warnings.push({ code: 'no-score', dimension });
  else if (!atLeast(summary.coverage, minCoverage)) warnings.push({ code: 'insufficient-data', dimension, value: round1(summary.coverage) });
  else if (!atLeast(summary.coverage, LOW_COVERAGE)) warnings.push({ code: 'low-coverage', dimension, value: round1(summary.coverage) });
  if (summary.range && atLeast(round1(summary.range.high) - round1(summary.range.low), WIDE_RANGE)) {
    warnings.push({ code: 'wide-range', dimension, low: round1(summary.range.low), high: round1(summary.range.high) });
  }
  return warnings;
}

export function overallCoverageWarning(score: number | null, coverage: number, minCoverage: number): Warning[] {
  if (score === null) return [];
  if (!atLeast(coverage, minCoverage)) return [{ code: 'insufficient-data', value: round1(coverage) }];
  return atLeast(coverage, LOW_COVERAGE) ? [] : [{ code: 'low-coverage', value: round1(coverage) }];
}

/** The same answers given twice (the same file named twice, or a copy) count once. */
export function withoutDuplicates(sets: readonly AnswerSet[]): { sets: AnswerSet[]; warnings: Warning[] } {
  const kept: AnswerSet[] = [];
  const seen = new Map<string, number>();
  const warnings: Warning[] = [];
  for (const set of sets) {
    const key = JSON.stringify([set.questionnaire, set.respondent, [...set.responses]]);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, kept.length);
      kept.push(set);
    } else {
      warnings.push({ code: 'duplicate-answers', respondent: first, names: [set.file] });
    }
  }
  return { sets: kept, warnings };
}

export function territoryWarnings(territories: readonly string[]): Warning[] {
  return territories.length > 1 ? [{ code: 'territories-differ', names: [...territories] }] : [];
}
