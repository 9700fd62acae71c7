// What to do next, assembled from the answers. Candidates are the questionnaire's advice items
// whose condition and claims hold for the territory's consolidated answer (./consensus.ts), and the
// weak questions that carry their own advice. Where the worlds (actor types) disagree on what
// decides an item (one world's answer shows it, another's rules it out), or the known answers
// split evenly on it, the item gives way to an action to settle that question in the workshop,
// naming the views of the groups shown only.
// They come foundations first: a foundation nobody knows is established before anything else
// (every other candidate waits for it), then the advice moving a foundation, in the order the
// questionnaire declares them; an item waits for the advice about the questions in its `after`.
// Among those ready, the questionnaire's advice items before the generic advice of weak
// questions, then by gain, then in questionnaire order; at most MAX_RECOMMENDATIONS.
import type { Advice, Claims, Condition, Foundation, Question, Questionnaire } from '../core/model.js';
import type { Recommendation } from '../diagnostic/contract.js';
import { atLeast, descending } from '../core/compare.js';
import { round1 } from './aggregate.js';
import type { ScoredDimension } from './dimensions.js';
import type { Outcomes } from './outcomes.js';
import { claimsHold, conditionQuestions, evaluate, mayShow, type Fact, type FactBase } from '../questions/claims.js';
import { kindOf } from '../questions/index.js';
import { factBase, type Profile } from './profile-conditions.js';

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

/** What the worlds (actor types) establish, for advice decided on the territory's consolidated answer. */
export interface Worlds {
  /** Each world's own consolidated answer, whatever its size: deciding never depends on the privacy floor. */
  each: readonly ReadonlyMap<string, Fact>[];
  /** The groups a report may name (at or above the privacy floor), with their consolidated answers. */
  shown: readonly { id: string; facts: ReadonlyMap<string, Fact> }[];
}

type Standing = 'shown' | 'refused' | 'open';

/** Whether a text may be shown on these facts, is ruled out by them, or neither. */
function standing(when: Condition | undefined, claims: Claims | undefined, base: FactBase): Standing {
  if (mayShow(when, claims, base)) return 'shown';
  const parts = [when, claims?.presumes, claims?.states].filter((c): c is Condition => c !== undefined);
  return parts.some((c) => evaluate(c, base) === false) ? 'refused' : 'open';
}

export function recommend(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], outcomes: Outcomes, profile: Profile, worlds?: Worlds): Recommendation[] {
  const gains = questionGains(dimensions);
  const atBest = (id: string) => outcomes.byQuestion.get(id)?.status === 'answered' && !worthAdvice(gains.get(id) ?? 0);
  const base = factBase(profile);
  const worldBases = (worlds?.each ?? []).map((facts) => factBase({ ...profile, facts }));
  const candidates: Candidate[] = [];
  /** Questions to settle in the workshop, with the prerequisites of the advice waiting on them. */
  const toSettle = new Map<string, Set<string>>();
  // A question settled for an item waits on that item's prerequisites only if the item moves it:
  // a question it merely looks at (the catalyser, for the catalyser's funding) keeps its own rank.
  const settle = (ids: readonly string[], item: Advice) => {
    for (const id of ids) {
      const waits = toSettle.get(id) ?? new Set<string>();
      if (item.questions.includes(id)) for (const a of item.after) if (a !== id) waits.add(a);
      toSettle.set(id, waits);
    }
  };
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
      const looked = withParents(questionnaire, [...conditionQuestions(item.when), ...conditionQuestions(item.claims?.presumes), ...conditionQuestions(item.claims?.states)]);
      // Worlds that disagree on what decides it: one world's answer shows it, another's rules it out.
      const standings = worldBases.map((b) => standing(item.when, item.claims, b));
      if (standings.includes('shown') && standings.includes('refused')) {
        settle(looked.filter((id) => seenDifferently(id, worlds!.each)), item);
        continue;
      }
      if (!mayShow(item.when, item.claims, base)) {
        // The known answers split evenly on what decides it: that too is for the workshop.
        const split = looked.filter((id) => { const f = profile.facts.get(id); return f?.kind === 'unknown' && f.disputed === true; });
        if (split.length > 0 && item.questions.some((id) => looked.includes(id))) settle(split, item);
        continue;
      }
      // Advice about questions already at their best answer would say what is done.
      if (item.questions.length > 0 && item.questions.every(atBest)) continue;
      const gain = item.questions.reduce((s, id) => s + (gains.get(id) ?? 0), 0);
      const foundation = foundationOf(item.questions);
      candidates.push({ recommendation: adviceRecommendation(item, dimension.id, gain), gain, moves: item.questions, after: [...item.after, ...establishing], order: order++, rank: foundation < Infinity ? 1 : 2, foundation });
    }
  }
  for (const question of questionnaire.questions) {
    const waits = toSettle.get(question.id);
    if (!waits || !question.dimension) continue;
    const gain = gains.get(question.id) ?? 0;
    const foundation = foundationOf([question.id]);
    candidates.push({ recommendation: settleRecommendation(question, worlds?.shown ?? [], gain), gain, moves: [question.id], after: [...waits], order: order++, rank: foundation < Infinity ? 1 : 2, foundation });
  }
  const covered = new Set(candidates.flatMap((c) => c.moves));
  for (const question of questionnaire.questions) {
    const gain = gains.get(question.id) ?? 0;
    // Only a question that carries its own advice is recommended: without it there is nothing to say but its title.
    if (!question.advice || !worthAdvice(gain) || covered.has(question.id) || !claimsHold(question.adviceClaims, base)) continue;
    candidates.push({ recommendation: questionRecommendation(question, gain), gain, moves: [question.id], after: establishing, order: order++, rank: foundationOf([question.id]) < Infinity ? 1 : 2, foundation: foundationOf([question.id]) });
  }
  return foundationsFirst(candidates).slice(0, MAX_RECOMMENDATIONS).map((c) => c.recommendation);
}

/** The questions and those whose answers hide them: a world may not be asked what another answers. */
function withParents(questionnaire: Questionnaire, ids: readonly string[]): string[] {
  const all = new Set<string>();
  const add = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    for (const parent of conditionQuestions(questionnaire.questions.find((q) => q.id === id)?.when)) add(parent);
  };
  ids.forEach(add);
  return questionnaire.questions.map((q) => q.id).filter((id) => all.has(id));
}

/**
 * Whether two worlds give this question different known answers, or one splits evenly on it. A
 * world the question does not apply to has no view on it: the disagreement is then on the question
 * that hides it.
 */
function seenDifferently(id: string, worlds: readonly ReadonlyMap<string, Fact>[]): boolean {
  const known = new Set<string>();
  for (const facts of worlds) {
    const fact = facts.get(id);
    if (fact?.kind === 'unknown' && fact.disputed) return true;
    if (fact?.kind === 'value') known.add(JSON.stringify(fact.value));
  }
  return known.size > 1;
}

/** Kahn's order: a candidate comes once every candidate moving a question it waits on is placed; ties by kind, gain, then order. */
function foundationsFirst(candidates: Candidate[]): Candidate[] {
  const waitsOn = new Map(candidates.map((c) => [c, candidates.filter((other) => other !== c && other.moves.some((q) => c.after.includes(q)))]));
  const placed = new Set<Candidate>();
  const result: Candidate[] = [];
  const curated = (c: Candidate) => (c.recommendation.kind === 'question' ? 1 : 0);
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

function settleRecommendation(question: Question, shown: Worlds['shown'], gain: number): Recommendation {
  const kind = kindOf(question);
  const views = shown.map(({ id, facts }) => {
    const fact = facts.get(question.id);
    if (fact?.kind === 'value') {
      const stored = kind.store(question, fact.value);
      return { group: id, status: 'answered' as const, choice: 'choice' in stored ? stored.choice : [] };
    }
    return { group: id, status: fact?.kind === 'absent' ? ('not-applicable' as const) : fact?.disputed ? ('disputed' as const) : ('unknown' as const) };
  });
  return {
    kind: 'settle',
    dimension: question.dimension!,
    question: question.id,
    text: question.text,
    views,
    ...(gain > 0 ? { gain: round1(gain) } : {}),
  };
}
