// Levels: the highest level whose minimum the score reaches and whose requirements, and those of
// every level below, hold. "Non concerné" (or a hidden question) waives a requirement; an
// unknown answer blocks it.
import type { Level, Requirement } from '../core/model.js';
import type { RequirementResult } from '../diagnostic/contract.js';
import { round1 } from './aggregate.js';
import type { QuestionOutcome } from './outcomes.js';

export function requirementResult(requirement: Requirement, outcome: QuestionOutcome): RequirementResult {
  const status: RequirementResult['status'] =
    outcome.status === 'answered' ? (outcome.score! >= requirement.minScore - 1e-9 ? 'met' : 'unmet')
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

export function levelFor(levels: readonly Level[], score: number | null, requirements: readonly RequirementResult[]): string | null {
  if (score === null) return null;
  const rank = new Map(levels.map((l, i) => [l.id, i]));
  let reached: string | null = null;
  for (const [index, level] of levels.entries()) {
    if (score < level.min) break;
    const blocked = requirements.some((r) => (rank.get(r.level) ?? 0) <= index && r.status !== 'met' && r.status !== 'waived');
    if (blocked) break;
    reached = level.id;
  }
  return reached;
}
