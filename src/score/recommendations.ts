// What to do next, assembled from the answers. Candidates are the questionnaire's advice items
// whose condition holds for the profile, and the weak questions that carry their own advice.
// They come foundations first (an item waits for the advice about the questions in its `after`);
// among those ready, the questionnaire's advice items before the generic advice of weak
// questions, then by gain, then in questionnaire order; at most MAX_RECOMMENDATIONS.
import type { Advice, Question, Questionnaire } from '../core/model.js';
import type { Recommendation } from '../diagnostic/contract.js';
import { atLeast, descending } from '../core/compare.js';
import { round1 } from './aggregate.js';
import type { ScoredDimension } from './dimensions.js';
import type { Outcomes } from './outcomes.js';
import { judge, type Profile } from './profile-conditions.js';

export const MAX_RECOMMENDATIONS = 8;
/**
 * Gains below this (points) are noise, not advice. Compared as shown, like every threshold: a gain
 * of exactly 0.05 is shown as +0.1 and kept; 0.049 is shown as 0 and dropped.
 */
const MIN_GAIN = 0.05;
const worthAdvice = (gain: number) => atLeast(gain, MIN_GAIN);

/**
 * Gain: the overall points won if the question reached its best answer, all else as answered,
 * counted over the dimension's applicable weight (answered and unknown), so that it stays
 * within what the question can add even when few questions are answered. Zero for a question
 * at its best, not answered, or in a dimension without a score.
 */
export function questionGains(dimensions: readonly ScoredDimension[]): Map<string, number> {
  const scoredWeight = dimensions.filter((d) => d.summary.score !== null).reduce((s, d) => s + d.dimension.weight, 0);
  const gains = new Map<string, number>();
  for (const { dimension, summary, scored } of dimensions) {
    if (summary.score === null || summary.applicableWeight === 0) continue;
    for (const o of scored) {
      if (o.status !== 'answered' || o.score === null) continue;
      const gain = (100 * (dimension.weight / scoredWeight) * o.question.weight * (1 - o.score)) / summary.applicableWeight;
      gains.set(o.question.id, gain);
    }
  }
  return gains;
}

interface Candidate {
  recommendation: Recommendation;
  gain: number;
  /** Questions this candidate moves, and questions it waits on. */
  moves: string[];
  after: string[];
  order: number;
}

export function recommend(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], outcomes: Outcomes, profile: Profile): Recommendation[] {
  const gains = questionGains(dimensions);
  const atBest = (id: string) => outcomes.byQuestion.get(id)?.status === 'answered' && !worthAdvice(gains.get(id) ?? 0);
  const candidates: Candidate[] = [];
  let order = 0;
  for (const { dimension } of dimensions) {
    for (const item of dimension.advice) {
      if (item.when && !judge(item.when, profile).holds) continue;
      // Advice about questions already at their best answer would say what is done.
      if (item.questions.length > 0 && item.questions.every(atBest)) continue;
      const gain = item.questions.reduce((s, id) => s + (gains.get(id) ?? 0), 0);
      candidates.push({ recommendation: adviceRecommendation(item, dimension.id, gain), gain, moves: item.questions, after: item.after, order: order++ });
    }
  }
  const covered = new Set(candidates.flatMap((c) => c.moves));
  for (const question of questionnaire.questions) {
    const gain = gains.get(question.id) ?? 0;
    // Only a question that carries its own advice is recommended: without it there is nothing to say but its title.
    if (!question.advice || !worthAdvice(gain) || covered.has(question.id)) continue;
    candidates.push({ recommendation: questionRecommendation(question, gain), gain, moves: [question.id], after: [], order: order++ });
  }
  return foundationsFirst(candidates).slice(0, MAX_RECOMMENDATIONS).map((c) => c.recommendation);
}

/** Kahn's order: a candidate comes once every candidate moving a question it waits on is placed; ties by kind, gain, then order. */
function foundationsFirst(candidates: Candidate[]): Candidate[] {
  const waitsOn = new Map(candidates.map((c) => [c, candidates.filter((other) => other !== c && other.moves.some((q) => c.after.includes(q)))]));
  const placed = new Set<Candidate>();
  const result: Candidate[] = [];
  const curated = (c: Candidate) => (c.recommendation.kind === 'advice' ? 0 : 1);
  const better = (a: Candidate, b: Candidate) => curated(a) - curated(b) || descending(a.gain, b.gain) || a.order - b.order;
  while (result.length < candidates.length) {
    const ready = candidates.filter((c) => !placed.has(c) && waitsOn.get(c)!.every((p) => placed.has(p)));
    // A cycle of prerequisites (refused when loading, but never a hang): fall back to gain.
    const pool = ready.length > 0 ? ready : candidates.filter((c) => !placed.has(c));
    const next = pool.sort(better)[0]!;
    placed.add(next);
    result.push(next);
  }
  return result;
}

function adviceRecommendation(item: Advice, dimension: string, gain: number): Recommendation {
  return {
    kind: 'advice',
    id: item.id,
    dimension,
    text: item.text,
    ...(item.source ? { source: item.source } : {}),
    ...(item.questions.length > 0 ? { questions: item.questions, gain: round1(gain) } : {}),
  };
}

function questionRecommendation(question: Question, gain: number): Recommendation {
  return {
    kind: 'question',
    // Only scored questions are recommended, and those have a dimension.
    dimension: question.dimension!,
    question: question.id,
    text: question.text,
    ...(question.advice ? { advice: question.advice } : {}),
    gain: round1(gain),
  };
}
