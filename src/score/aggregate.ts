// Weighted means with "don't know" and "not applicable" kept apart from zero.
import { round1 } from '../core/compare.js';
import { weightedSums } from '../diagnostic/view.js';

export { round1 };

export type ItemStatus = 'answered' | 'unknown' | 'not-applicable' | 'unanswered' | 'hidden';

export interface ScoredItem {
  weight: number;
  status: ItemStatus;
  /** In [0, 1]; only read when answered. */
  score: number | null;
  /**
   * The item's score if its unknown parts were the worst / the best answer, in [0, 1]. Answered
   * items with several respondents, some of whom did not know, have low < score < high; items
   * without them default to their score (answered) or to 0 and 1 (unknown).
   */
  low?: number;
  high?: number;
}

export interface Summary {
  /** 0-100, or null when nothing applicable was answered. */
  score: number | null;
  /** Answered weight over applicable weight, 0-100. */
  coverage: number;
  /** The score if every unknown were the worst / the best answer; null when nothing is applicable. */
  range: { low: number; high: number } | null;
  answeredWeight: number;
  unknownWeight: number;
  /** Answered and unknown weight: what a question's gain is measured against. */
  applicableWeight: number;
}

/**
 * Score = 100·Σwᵢsᵢ / Σwᵢ over answered items. "Not applicable" (and hidden) items leave the
 * applicable weight; unknown and unanswered ones stay in it, lowering coverage, not the score.
 */
export function summarize(items: readonly ScoredItem[]): Summary {
  const { answeredWeight, unknownWeight, points, low, high } = weightedSums(items);
  const applicable = answeredWeight + unknownWeight;
  return {
    score: answeredWeight > 0 ? (100 * points) / answeredWeight : null,
    coverage: applicable > 0 ? (100 * answeredWeight) / applicable : 0,
    range: applicable > 0 ? { low: (100 * low) / applicable, high: (100 * high) / applicable } : null,
    answeredWeight,
    unknownWeight,
    applicableWeight: applicable,
  };
}

/** Weighted mean of the values that are not null; null when none is. */
export function weightedMean(entries: readonly { weight: number; value: number | null }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { weight, value } of entries) {
    if (value === null) continue;
    total += weight * value;
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}

export function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function roundOrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}

export function roundRange(range: { low: number; high: number } | null): { low: number; high: number } | null {
  return range ? { low: round1(range.low), high: round1(range.high) } : null;
}
