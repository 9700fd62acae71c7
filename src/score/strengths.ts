// What the report calls a strength: a question answered at 75 / 100 or more, best first.
import type { DimensionResult, Strength } from '../diagnostic/contract.js';

export const STRENGTH_THRESHOLD = 75;
export const MAX_STRENGTHS = 5;

export function selectStrengths(dimensions: readonly Pick<DimensionResult, 'id' | 'questions'>[]): Strength[] {
  return dimensions
    .flatMap((d) => d.questions.map((q) => ({ dimension: d.id, question: q.id, score: q.score, status: q.status })))
    .filter((q) => q.status === 'answered' && q.score !== null && q.score >= STRENGTH_THRESHOLD)
    // A stable sort: ties keep questionnaire order.
    .sort((a, b) => b.score! - a.score!)
    .slice(0, MAX_STRENGTHS)
    .map(({ dimension, question }) => ({ dimension, question }));
}
