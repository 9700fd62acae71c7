// What to do next, assembled from the answers. Candidates are the questionnaire's advice items
// whose condition holds for the profile, and the weak questions that carry their own advice.
// They come foundations first: a foundation nobody knows is established before anything else
// (every other candidate waits for it), then the advice moving a foundation, in the order the
// questionnaire declares them; an item waits for the advice about the questions in its `after`.
// Among those ready, the questionnaire's advice items before the generic advice of weak
// questions, then by gain, then in questionnaire order; at most MAX_RECOMMENDATIONS.
import type { Advice, Foundation, Question, Questionnaire } from '../core/model.js';
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
  /** 0 to establish a foundation nobody knows, 1 for advice moving a foundation, 2 otherwise. */
  rank: number;
  /** The index of the foundation it establishes or moves, in the questionnaire's order. */
  foundation: number;
}

/** Whether nobody gave a value to this question, though it applies: unknown or unanswered by all. */
export function unknownFoundation(outcomes: Outcomes, foundation: Foundation): boolean {
  const status = outcomes.byQuestion.get(foundation.question)?.status;
  return status === 'unknown' || status === 'unanswered';
}

export function recommend(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], outcomes: Outcomes, profile: Profile): Recommendation[] {
  const gains = questionGains(dimensions);
  const atBest = (id: string) => outcomes.byQuestion.get(id)?.status === 'answered' && !worthAdvice(gains.get(id) ?? 0);
  const candidates: Candidate[] = [];
  let order = 0;
  const foundationIndex = new Map(questionnaire.foundations.map((f, i) => [f.question, i]));
  const foundationOf = (moves: readonly string[]) => Math.min(Infinity, ...moves.map((id) => foundationIndex.get(id) ?? Infinity));
  // A foundation nobody knows: establish it first, asking who can know; everything else waits.
  const unknown = questionnaire.foundations.filter((f) => unknownFoundation(outcomes, f));
  for (const foundation of unknown) {
    const question = outcomes.byQuestion.get(foundation.question)!.question;
    candidates.push({ recommendation: establishRecommendation(foundation, question), gain: 0, moves: [question.id], after: [], order: order++, rank: 0, foundation: foundationIndex.get(question.id)! });
  }
  const establishing = unknown.map((f) => f.question);
  for (const { dimension } of dimensions) {
    for (const item of dimension.advice) {
      if (item.when && !judge(item.when, profile).holds) continue;
      // Advice about questions already at their best answer would say what is done.
      if (item.questions.length > 0 && item.questions.every(atBest)) continue;
      const gain = item.questions.reduce((s, id) => s + (gains.get(id) ?? 0), 0);
      const foundation = foundationOf(item.questions);
      candidates.push({ recommendation: adviceRecommendation(item, dimension.id, gain), gain, moves: item.questions, after: [...item.after, ...establishing], order: order++, rank: foundation < Infinity ? 1 : 2, foundation });
    }
  }
  const covered = new Set(candidates.flatMap((c) => c.moves));
  for (const question of questionnaire.questions) {
    const gain = gains.get(question.id) ?? 0;
    // Only a question that carries its own advice is recommended: without it there is nothing to say but its title.
    if (!question.advice || !worthAdvice(gain) || covered.has(question.id)) continue;
    const foundation = foundationOf([question.id]);
    candidates.push({ recommendation: questionRecommendation(question, gain), gain, moves: [question.id], after: establishing, order: order++, rank: foundation < Infinity ? 1 : 2, foundation });
  }
  return foundationsFirst(candidates).slice(0, MAX_RECOMMENDATIONS).map((c) => c.recommendation);
}

/** Kahn's order: a candidate comes once every candidate moving a question it waits on is placed; ties by kind, gain, then order. */
function foundationsFirst(candidates: Candidate[]): Candidate[] {
  const waitsOn = new Map(candidates.map((c) => [c, candidates.filter((other) => other !== c && other.moves.some((q) => c.after.includes(q)))]));
  const placed = new Set<Candidate>();
  const result: Candidate[] = [];
  const curated = (c: Candidate) => (c.recommendation.kind === 'advice' ? 0 : 1);
  const better = (a: Candidate, b: Candidate) =>
    a.rank - b.rank || (a.rank < 2 ? a.foundation - b.foundation : 0) || curated(a) - curated(b) || descending(a.gain, b.gain) || a.order - b.order;
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

function establishRecommendation(foundation: Foundation, question: Question): Recommendation {
  return {
    kind: 'establish',
    // Only scored questions are foundations, and those have a dimension.
    dimension: question.dimension!,
    question: question.id,
    text: foundation.establish,
    ...(question.whoKnows.length > 0 ? { whoKnows: question.whoKnows } : {}),
  };
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
