// Levels and how sure they are. A level is reached when the score, as shown, reaches its minimum
// and its requirements hold, with those of every level below. Each level is computed three
// ways: as answered (an unknown answer neither meets nor blocks a requirement), and with every
// unknown as the worst or as the best answer. The two ends say whether the level is established
// or to confirm; under the questionnaire's minimum coverage there is no level, only its range.
import type { Level, Requirement } from '../core/model.js';
import { atLeast, fractionAtLeast, round1 } from '../core/compare.js';
import type { RequirementResult } from '../diagnostic/contract.js';
import type { QuestionOutcome } from './outcomes.js';

export type Estimate = 'point' | 'worst' | 'best';

export interface LevelEvaluation {
  requirement: Requirement;
  outcome: QuestionOutcome;
}

export function requirementResult({ requirement, outcome }: LevelEvaluation): RequirementResult {
  const status: RequirementResult['status'] =
    outcome.status === 'answered' ? (fractionAtLeast(outcome.score!, requirement.minScore) ? 'met' : 'unmet')
      : outcome.status === 'not-applicable' ? 'waived' : 'unknown';
  return {
    level: requirement.level,
    question: requirement.question,
    minScore: round1(requirement.minScore * 100),
    score: outcome.score === null ? null : round1(outcome.score * 100),
    status,
    ...(requirement.reason ? { reason: requirement.reason } : {}),
  };
}

/** Whether a requirement lets its level be reached, for one way of counting unknowns. */
function holds({ requirement, outcome }: LevelEvaluation, estimate: Estimate): boolean {
  if (outcome.low === null || outcome.high === null) return true; // not applicable: waived
  const value = estimate === 'worst' ? outcome.low : estimate === 'best' ? outcome.high : outcome.score;
  // As answered, a requirement nobody could answer does not block: the level is then to confirm.
  if (value === null) return estimate === 'point';
  return fractionAtLeast(value, requirement.minScore);
}

export function levelFor(levels: readonly Level[], score: number | null, requirements: readonly LevelEvaluation[], estimate: Estimate): string | null {
  if (score === null) return null;
  const rank = new Map(levels.map((l, i) => [l.id, i]));
  let reached: string | null = null;
  for (const [index, level] of levels.entries()) {
    if (!atLeast(score, level.min)) break;
    if (requirements.some((r) => (rank.get(r.requirement.level) ?? 0) <= index && !holds(r, estimate))) break;
    reached = level.id;
  }
  return reached;
}

export interface LevelSpan {
  low: string | null;
  high: string | null;
}

/** The level as answered, and with every unknown at its worst and at its best. */
export function levelEstimates(
  levels: readonly Level[],
  figures: { score: number | null; range: { low: number; high: number } | null },
  requirements: readonly LevelEvaluation[],
): { point: string | null } & LevelSpan {
  return {
    point: levelFor(levels, figures.score, requirements, 'point'),
    low: levelFor(levels, figures.range?.low ?? null, requirements, 'worst'),
    high: levelFor(levels, figures.range?.high ?? null, requirements, 'best'),
  };
}

export function levelRank(levels: readonly Level[], id: string | null): number {
  return id === null ? -1 : levels.findIndex((l) => l.id === id);
}

/** The lower weighted median of some levels (null ones left out): half the weight is at or below it. */
export function weightedMedianLevel(levels: readonly Level[], entries: readonly { level: string | null; weight: number }[]): string | null {
  const ranked = entries
    .filter((e) => e.level !== null && e.weight > 0)
    .map((e) => ({ rank: levelRank(levels, e.level), weight: e.weight }))
    .sort((a, b) => a.rank - b.rank);
  const total = ranked.reduce((s, e) => s + e.weight, 0);
  let cumulative = 0;
  for (const e of ranked) {
    cumulative += e.weight;
    // Compared as shown, so that 0.1 + 0.2 of 0.6 is exactly half.
    if (atLeast((100 * cumulative) / total, 50)) return levels[e.rank]!.id;
  }
  return null;
}

export function lowerLevel(levels: readonly Level[], a: string | null, b: string | null): string | null {
  return levelRank(levels, a) <= levelRank(levels, b) ? a : b;
}
