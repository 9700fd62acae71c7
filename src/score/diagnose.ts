// gather → score: answers sets in, the diagnostic (the JSON contract every renderer reads) out.
// Pure: no I/O, no clock, no randomness, so the same input always gives the same bytes.
import type { DiagnosticSchema } from '../types/schemas.js';
import type { AnswerSet, AnswerValue, Question, Questionnaire, Requirement, Response } from '../core/model.js';
import type { Text } from '../core/text.js';
import { answerScore, visibility } from './question-score.js';
import { mean, round1, summarize, weightedMean, type ItemStatus, type ScoredItem, type Summary } from './aggregate.js';

export type Diagnostic = DiagnosticSchema.Diagnostic;
type QuestionResult = DiagnosticSchema.QuestionResult;
type RequirementResult = DiagnosticSchema.RequirementResult;
type Warning = DiagnosticSchema.Warning;

export const LOW_COVERAGE = 70;
export const WIDE_RANGE = 20;
export const MAX_QUESTION_RECOMMENDATIONS = 5;
export const DIAGNOSTIC_SCHEMA_VERSION = 1;

const YES: Text = { fr: 'Oui', en: 'Yes' };
const NO: Text = { fr: 'Non', en: 'No' };

interface RespondentOutcome {
  status: ItemStatus;
  score: number | null;
  response?: Response;
}

interface QuestionOutcome {
  question: Question;
  status: QuestionResult['status'];
  /** Mean over the respondents who gave a value, in [0, 1]. */
  score: number | null;
  perRespondent: RespondentOutcome[];
}

export function diagnose(questionnaire: Questionnaire, sets: readonly AnswerSet[]): Diagnostic {
  if (sets.length === 0) throw new Error('diagnose() needs at least one answers set');
  const warnings: Warning[] = [];
  const visibilities = sets.map((set) => visibility(questionnaire.questions, set.responses));

  sets.forEach((set, respondent) => {
    const visible = visibilities[respondent]!;
    for (const [id, response] of set.responses) {
      // A marker left on a hidden question (as in a template from `cocon init`) is harmless.
      if (visible.get(id) === false && response.kind === 'value') warnings.push({ code: 'answer-ignored', question: id, respondent });
    }
  });

  const outcomes = new Map<string, QuestionOutcome>();
  for (const question of questionnaire.questions) {
    const perRespondent = sets.map((set, i) => respondentOutcome(question, set.responses.get(question.id), visibilities[i]!.get(question.id) ?? true));
    outcomes.set(question.id, { question, perRespondent, ...aggregateOutcome(question, perRespondent) });
  }
  sets.forEach((_, respondent) => {
    const missing = questionnaire.questions.filter((q) => q.type !== 'text' && outcomes.get(q.id)!.perRespondent[respondent]!.status === 'unanswered').length;
    if (missing > 0) warnings.push({ code: 'unanswered', respondent, value: missing });
  });

  const levelIndex = new Map(questionnaire.levels.map((l, i) => [l.id, i]));
  const requirementResult = (r: Requirement): RequirementResult => {
    const outcome = outcomes.get(r.question)!;
    const status: RequirementResult['status'] =
      outcome.status === 'answered' ? (outcome.score! >= r.minScore - 1e-9 ? 'met' : 'unmet')
        : outcome.status === 'not-applicable' ? 'waived' : 'unknown';
    return {
      level: r.level,
      question: r.question,
      minScore: round1(r.minScore * 100),
      score: outcome.score === null ? null : round1(outcome.score * 100),
      status,
      ...(r.reason ? { reason: r.reason } : {}),
    };
  };
  /** The highest level whose minimum the score reaches and whose requirements, and those of every level below, hold. */
  const levelFor = (score: number | null, requirements: RequirementResult[]): string | null => {
    if (score === null) return null;
    let reached: string | null = null;
    for (const [index, level] of questionnaire.levels.entries()) {
      if (score < level.min) break;
      const blocked = requirements.some((r) => (levelIndex.get(r.level) ?? 0) <= index && r.status !== 'met' && r.status !== 'waived');
      if (blocked) break;
      reached = level.id;
    }
    return reached;
  };

  const dimensions = questionnaire.dimensions.map((dimension) => {
    const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id);
    const scored = questions.filter((q) => q.type !== 'text').map((q) => outcomes.get(q.id)!);
    const summary = summarize(scored.map((o) => ({ weight: o.question.weight, status: itemStatus(o.status), score: o.score })));
    const requirements = questionnaire.requirements
      .filter((r) => r.scope === 'dimension' && outcomes.get(r.question)!.question.dimension === dimension.id)
      .map(requirementResult);
    const level = levelFor(summary.score, requirements);
    const respondentScores = sets
      .map((_, i) => summarize(scored.map((o) => ({ weight: o.question.weight, ...o.perRespondent[i]! }))).score)
      .filter((s): s is number => s !== null);
    if (summary.score === null) warnings.push({ code: 'no-score', dimension: dimension.id });
    else if (summary.coverage < LOW_COVERAGE) warnings.push({ code: 'low-coverage', dimension: dimension.id, value: round1(summary.coverage) });
    if (summary.range && summary.range.high - summary.range.low >= WIDE_RANGE) {
      warnings.push({ code: 'wide-range', dimension: dimension.id, low: round1(summary.range.low), high: round1(summary.range.high) });
    }
    const count = (status: QuestionResult['status']) => scored.filter((o) => o.status === status).length;
    return {
      dimension,
      summary,
      result: {
        id: dimension.id,
        label: dimension.label,
        ...(dimension.description ? { description: dimension.description } : {}),
        weight: dimension.weight,
        score: roundOrNull(summary.score),
        level,
        ...(level && dimension.levels[level] ? { levelText: dimension.levels[level] } : {}),
        ...(level && dimension.next[level] ? { next: dimension.next[level] } : {}),
        coverage: round1(summary.coverage),
        range: roundRange(summary.range),
        respondents: {
          count: respondentScores.length,
          min: respondentScores.length ? round1(Math.min(...respondentScores)) : null,
          max: respondentScores.length ? round1(Math.max(...respondentScores)) : null,
        },
        counts: { answered: count('answered'), unknown: count('unknown'), notApplicable: count('not-applicable'), unanswered: count('unanswered') },
        requirements,
        questions: questions.map((q) => questionResult(outcomes.get(q.id)!)),
      },
    };
  });

  // Overall: the dimensions' weighted mean. A dimension with no score stays out of the score
  // but counts, with its unknowns, in the range and coverage.
  const withApplicable = dimensions.filter((d) => d.summary.range !== null);
  const overallScore = weightedMean(dimensions.map((d) => ({ weight: d.dimension.weight, value: d.summary.score })));
  const overallCoverage = weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.coverage }))) ?? 0;
  const overallRange = withApplicable.length === 0 ? null : {
    low: weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.range!.low })))!,
    high: weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.range!.high })))!,
  };
  const overallRequirements = questionnaire.requirements.filter((r) => r.scope === 'overall').map(requirementResult);
  if (overallScore !== null && overallCoverage < LOW_COVERAGE) warnings.unshift({ code: 'low-coverage', value: round1(overallCoverage) });

  const impacts = questionnaire.impacts.map((impact) => {
    const tagged = questionnaire.questions.filter((q) => q.type !== 'text' && q.tags.includes(impact.id)).map((q) => outcomes.get(q.id)!);
    const summary = summarize(tagged.map((o) => ({ weight: o.question.weight, status: itemStatus(o.status), score: o.score })));
    return {
      id: impact.id,
      label: impact.label,
      ...(impact.description ? { description: impact.description } : {}),
      score: roundOrNull(summary.score),
      coverage: round1(summary.coverage),
    };
  });

  const territories = [...new Set(sets.map((s) => s.respondent.territory))];
  if (territories.length > 1) warnings.push({ code: 'territories-differ', names: territories });
  const dates = sets.map((s) => s.respondent.date).filter((d): d is string => !!d).sort();

  return {
    schemaVersion: DIAGNOSTIC_SCHEMA_VERSION,
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      title: questionnaire.title,
      ...(questionnaire.methodology ? { methodology: questionnaire.methodology } : {}),
    },
    territory: territories[0]!,
    date: dates.at(-1) ?? null,
    respondents: sets.map((s) => ({ ...s.respondent })),
    levels: questionnaire.levels.map((l) => ({ id: l.id, label: l.label, ...(l.description ? { description: l.description } : {}), min: l.min })),
    overall: {
      score: roundOrNull(overallScore),
      level: levelFor(overallScore, overallRequirements),
      coverage: round1(overallCoverage),
      range: roundRange(overallRange),
      requirements: overallRequirements,
    },
    dimensions: dimensions.map((d) => d.result),
    impacts,
    recommendations: recommend(dimensions, outcomes),
    warnings,
  };
}

function respondentOutcome(question: Question, response: Response | undefined, visible: boolean): RespondentOutcome {
  if (!visible) return { status: 'hidden', score: null };
  if (!response) return { status: 'unanswered', score: null };
  if (response.kind === 'unknown') return { status: 'unknown', score: null, response };
  if (response.kind === 'not-applicable') return { status: 'not-applicable', score: null, response };
  return { status: 'answered', score: answerScore(question, response.value), response };
}

function aggregateOutcome(question: Question, perRespondent: RespondentOutcome[]): Pick<QuestionOutcome, 'status' | 'score'> {
  if (question.type === 'text') return { status: 'not-scored', score: null };
  const answered = perRespondent.filter((r) => r.status === 'answered').map((r) => r.score!);
  if (answered.length > 0) return { status: 'answered', score: mean(answered) };
  if (perRespondent.every((r) => r.status === 'not-applicable' || r.status === 'hidden')) return { status: 'not-applicable', score: null };
  if (perRespondent.some((r) => r.status === 'unknown')) return { status: 'unknown', score: null };
  return { status: 'unanswered', score: null };
}

function itemStatus(status: QuestionResult['status']): ItemStatus {
  return status === 'not-scored' ? 'not-applicable' : status;
}

function questionResult(outcome: QuestionOutcome): QuestionResult {
  const { question } = outcome;
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    weight: question.weight,
    tags: question.tags,
    status: outcome.status,
    score: outcome.score === null ? null : round1(outcome.score * 100),
    ...(question.advice ? { advice: question.advice } : {}),
    responses: outcome.perRespondent.map((r, respondent) => {
      const response = r.response;
      return {
        respondent,
        status: r.status,
        ...(response?.kind === 'value' ? { labels: labelsOf(question, response.value) } : {}),
        ...(r.status === 'answered' && r.score !== null ? { score: round1(r.score * 100) } : {}),
        ...(response?.comment ? { comment: response.comment } : {}),
        ...(response?.evidence ? { evidence: response.evidence } : {}),
      };
    }),
  };
}

function labelsOf(question: Question, value: AnswerValue): Text[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = [value].flat();
      return question.options.filter((o) => chosen.includes(o.id)).map((o) => o.label);
    }
    case 'yesno':
      return [value === true ? YES : NO];
    default:
      return [String(value)];
  }
}

function recommend(
  dimensions: { dimension: Questionnaire['dimensions'][number]; summary: Summary; result: DiagnosticSchema.DimensionResult }[],
  outcomes: ReadonlyMap<string, QuestionOutcome>,
): DiagnosticSchema.Recommendation[] {
  const recommendations: DiagnosticSchema.Recommendation[] = [];
  for (const { result } of dimensions) {
    if (result.next) recommendations.push({ kind: 'next-level', dimension: result.id, text: result.next });
  }
  // Gain: the overall points won if this question reached its best answer, all else equal.
  const scoredWeight = dimensions.filter((d) => d.summary.score !== null).reduce((s, d) => s + d.dimension.weight, 0);
  const gains: { question: Question; dimension: string; gain: number }[] = [];
  for (const { dimension, summary, result } of dimensions) {
    if (summary.score === null || summary.answeredWeight === 0) continue;
    for (const { id } of result.questions) {
      const { question, status, score } = outcomes.get(id)!;
      if (status !== 'answered' || score === null) continue;
      const room = 1 - score;
      const gain = (100 * (dimension.weight / scoredWeight) * question.weight * room) / summary.answeredWeight;
      if (gain > 0.05) gains.push({ question, dimension: dimension.id, gain });
    }
  }
  gains.sort((a, b) => b.gain - a.gain || a.question.index - b.question.index);
  for (const { question, dimension, gain } of gains.slice(0, MAX_QUESTION_RECOMMENDATIONS)) {
    recommendations.push({
      kind: 'question',
      dimension,
      question: question.id,
      text: question.text,
      ...(question.advice ? { advice: question.advice } : {}),
      gain: round1(gain),
    });
  }
  return recommendations;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}

function roundRange(range: { low: number; high: number } | null): { low: number; high: number } | null {
  return range ? { low: round1(range.low), high: round1(range.high) } : null;
}
