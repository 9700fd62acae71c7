// What to do next: each dimension's next step for its level, then the questions whose best
// answer would raise the overall score most.
import type { Question } from '../core/model.js';
import type { Recommendation } from '../diagnostic/contract.js';
import { round1 } from './aggregate.js';
import type { ScoredDimension } from './dimensions.js';
import type { Outcomes } from './outcomes.js';

export const MAX_QUESTION_RECOMMENDATIONS = 5;
/** Gains below this (points) are noise, not advice. */
const MIN_GAIN = 0.05;

export function recommend(dimensions: readonly ScoredDimension[], outcomes: Outcomes): Recommendation[] {
  const recommendations: Recommendation[] = [];
  for (const { result } of dimensions) {
    if (result.next) recommendations.push({ kind: 'next-level', dimension: result.id, text: result.next });
  }
  const gains = questionGains(dimensions, outcomes);
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

/** Gain: the overall points won if this question reached its best answer, all else equal; largest first. */
export function questionGains(dimensions: readonly ScoredDimension[], outcomes: Outcomes): { question: Question; dimension: string; gain: number }[] {
  const scoredWeight = dimensions.filter((d) => d.summary.score !== null).reduce((s, d) => s + d.dimension.weight, 0);
  const gains: { question: Question; dimension: string; gain: number }[] = [];
  for (const { dimension, summary, result } of dimensions) {
    if (summary.score === null || summary.answeredWeight === 0) continue;
    for (const { id } of result.questions) {
      const { question, status, score } = outcomes.byQuestion.get(id)!;
      if (status !== 'answered' || score === null) continue;
      const gain = (100 * (dimension.weight / scoredWeight) * question.weight * (1 - score)) / summary.answeredWeight;
      if (gain > MIN_GAIN) gains.push({ question, dimension: dimension.id, gain });
    }
  }
  return gains.sort((a, b) => b.gain - a.gain || a.question.index - b.question.index);
}
