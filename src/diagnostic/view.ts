// The diagnostic as its renderers read it, beyond its stored figures: what scoring's rules say
// about it, derived from the diagnostic alone (so `cocon report` shows the same on a saved one).
// One place per rule, read alike by scoring (which writes the strengths), by the upgrade of older
// versions and by every renderer: what a strength is, which questions the groups disagree on or
// share as a strength or a gap, and the forms × impacts matrix with scoring's weighted mean.
import type { Diagnostic, DimensionResult, QuestionResult, Strength } from './contract.js';
import { round1 } from '../core/compare.js';

/** A question is a strength at this score (out of 100) or more; for every group, a shared strength. */
export const STRENGTH_THRESHOLD = 75;
/** A question every group scores at this or less is a shared gap. */
export const GAP_THRESHOLD = 25;
export const MAX_STRENGTHS = 5;
/** Questions listed among the divergent ones, and in each list of shared strengths and gaps. */
export const MAX_DIVERGENT = 5;

/** The report's strengths: questions answered at STRENGTH_THRESHOLD or more, best first. */
export function selectStrengths(dimensions: readonly Pick<DimensionResult, 'id' | 'questions'>[]): Strength[] {
  return dimensions
    .flatMap((d) => d.questions.map((q) => ({ dimension: d.id, question: q.id, score: q.score, status: q.status })))
    .filter((q) => q.status === 'answered' && q.score !== null && q.score >= STRENGTH_THRESHOLD)
    // A stable sort: ties keep questionnaire order.
    .sort((a, b) => b.score! - a.score!)
    .slice(0, MAX_STRENGTHS)
    .map(({ dimension, question }) => ({ dimension, question }));
}

type DivergentQuestion = NonNullable<Diagnostic['divergence']>['questions'][number];

/** Where the groups disagree most (the diagnostic lists them by spread) and what they share. */
export interface GroupsView {
  divergent: DivergentQuestion[];
  sharedStrengths: DivergentQuestion[];
  sharedGaps: DivergentQuestion[];
}

export function groupsView(divergence: NonNullable<Diagnostic['divergence']>): GroupsView {
  const agreed = divergence.questions.filter((q) => q.label === 'consensus');
  const every = (q: DivergentQuestion, test: (score: number) => boolean) => q.groups.every((g) => g.score !== null && test(g.score));
  return {
    divergent: divergence.questions.filter((q) => q.label !== 'consensus').slice(0, MAX_DIVERGENT),
    sharedStrengths: agreed.filter((q) => every(q, (score) => score >= STRENGTH_THRESHOLD)).slice(0, MAX_DIVERGENT),
    sharedGaps: agreed.filter((q) => every(q, (score) => score <= GAP_THRESHOLD)).slice(0, MAX_DIVERGENT),
  };
}

/** What a weighted mean adds up. */
export interface WeightedSums {
  answeredWeight: number;
  unknownWeight: number;
  /** Σ weight × score over the answered items, in the items' scale. */
  points: number;
  /** The same with every unknown part at its worst / its best (scores in [0, 1]). */
  low: number;
  high: number;
}

/**
 * Scoring's weighted mean, as sums: answered items add their weight and points; unknown and
 * unanswered ones stay in the applicable weight, lowering coverage, not the score; "not
 * applicable" and hidden ones leave it. score/aggregate.ts and the impact matrix both use it.
 */
export function weightedSums(items: readonly { weight: number; status: string; score: number | null; low?: number; high?: number }[]): WeightedSums {
  let answeredWeight = 0;
  let unknownWeight = 0;
  let points = 0;
  let low = 0;
  let high = 0;
  for (const item of items) {
    if (item.status === 'answered' && item.score !== null) {
      answeredWeight += item.weight;
      points += item.weight * item.score;
      low += item.weight * (item.low ?? item.score);
      high += item.weight * (item.high ?? item.score);
    } else if (item.status === 'unknown' || item.status === 'unanswered') {
      unknownWeight += item.weight;
      low += item.weight * (item.low ?? 0);
      high += item.weight * (item.high ?? 1);
    }
  }
  return { answeredWeight, unknownWeight, points, low, high };
}

/** One cell of the forms × impacts matrix: a score out of 100 (null: nothing answered), its coverage, its applicable weight. */
export interface ImpactCell {
  score: number | null;
  coverage: number;
  weight: number;
}

/**
 * The weighted mean and coverage of some of a diagnostic's questions, as scoring computes them.
 * Question scores are stored rounded to one decimal, so a cell can differ from scoring's unrounded
 * figure by 0.1 at most; test/html-report.test.ts checks that it gives back every impact and dimension score.
 */
export function summarizeQuestions(questions: readonly QuestionResult[]): ImpactCell {
  const { answeredWeight, unknownWeight, points } = weightedSums(questions);
  const applicable = answeredWeight + unknownWeight;
  return {
    score: answeredWeight > 0 ? round1(points / answeredWeight) : null,
    coverage: applicable > 0 ? round1((100 * answeredWeight) / applicable) : 0,
    weight: applicable,
  };
}

/**
 * The forms × impacts matrix: one row per dimension, one cell per impact. The diagnostic gives each
 * impact's score over all dimensions; each cell is that impact over one dimension's questions.
 */
export function impactMatrix(diagnostic: Diagnostic): ImpactCell[][] {
  return diagnostic.dimensions.map((d) => diagnostic.impacts.map((impact) => summarizeQuestions(d.questions.filter((q) => q.status !== 'not-scored' && q.tags.includes(impact.id)))));
}
