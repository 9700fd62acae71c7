// How far each figure is from its target, and the roadmap to it: the questions to move,
// prerequisites first. Reads only the diagnostic, so a saved one gets the same answer. A
// question's gain is counted as the recommendations count it (src/score/recommendations.ts):
// the points it would add at its best answer, over the applicable weight (answered and
// unknown), which never promises more than the answers can give.
import type { Diagnostic, DimensionResult, QuestionResult } from '../diagnostic/contract.js';
import type { DiagnosticSchema } from '../types/schemas.js';
import { textOf } from '../i18n/catalogues.js';
import { atLeast, descending } from '../core/compare.js';
import type { TargetSpec } from './targets.js';

export type TargetProgress = DiagnosticSchema.TargetProgress;
type Step = TargetProgress['roadmap'][number];

const round1 = (n: number) => Math.round(n * 10) / 10;
/** Gains below this are noise, as in the recommendations. */
const MIN_GAIN = 0.05;

export function targetProgress(diagnostic: Diagnostic, specs: readonly TargetSpec[]): TargetProgress[] {
  return specs.map((spec) => {
    const dimension = diagnostic.dimensions.find((d) => d.id === spec.scope);
    const figure = dimension ?? diagnostic.overall;
    const rank = (id: string | null | undefined) => (id == null ? -1 : diagnostic.levels.findIndex((l) => l.id === id));
    const targetScore = spec.score ?? diagnostic.levels.find((l) => l.id === spec.level)!.min;
    const current = figure.score;
    const scoreReached = current !== null && current >= targetScore;
    const reached = scoreReached && (spec.level === undefined || rank(figure.level) >= rank(spec.level));
    const percent = current === null ? null : targetScore === 0 ? 100 : Math.min(100, round1((100 * current) / targetScore));
    return {
      scope: spec.scope,
      label: dimension ? dimension.label : textOf((c) => c.report.overall),
      target: spec.level !== undefined ? { level: spec.level } : { score: spec.score! },
      targetScore,
      current,
      percent,
      reached,
      roadmap: reached || current === null ? [] : roadmap(diagnostic, dimension, current, targetScore, spec.level),
    };
  });
}

interface Candidate {
  question: QuestionResult;
  dimension: DimensionResult;
  gain: number;
}

function roadmap(diagnostic: Diagnostic, only: DimensionResult | undefined, current: number, targetScore: number, level: string | undefined): Step[] {
  const dimensions = only ? [only] : diagnostic.dimensions;
  const scoredWeight = diagnostic.dimensions.filter((d) => d.score !== null).reduce((s, d) => s + d.weight, 0);
  const candidates = new Map<string, Candidate>();
  for (const dimension of dimensions) {
    if (dimension.score === null) continue;
    const applicable = dimension.questions.filter((q) => q.status === 'answered' || q.status === 'unknown').reduce((s, q) => s + q.weight, 0);
    if (applicable === 0) continue;
    // Overall points are a dimension's points times its share of the weight.
    const share = only ? 1 : dimension.weight / scoredWeight;
    for (const question of dimension.questions) {
      if (question.status !== 'answered' || question.score === null) continue;
      const gain = (share * question.weight * (100 - question.score)) / applicable;
      if (atLeast(gain, MIN_GAIN)) candidates.set(question.id, { question, dimension, gain });
    }
  }
  // Prerequisites first: the questions the recommendations move, in their order; then a level's
  // requirements; then the rest by gain.
  const order: string[] = [];
  const take = (id: string) => candidates.has(id) && !order.includes(id) && order.push(id);
  for (const r of diagnostic.recommendations) for (const id of r.kind === 'advice' ? r.questions ?? [] : [r.question]) take(id);
  if (level !== undefined) for (const d of dimensions) for (const id of holdingRequirements(diagnostic, d, level)) take(id);
  [...candidates.values()].sort((a, b) => descending(a.gain, b.gain)).forEach((c) => take(c.question.id));

  const steps: Step[] = [];
  let total = current;
  // The score is there but the level is not: only its unmet requirements stand in the way.
  // (The overall level also waits on the dimensions' levels: no question list says that, the report's note does.)
  if (current >= targetScore && !only) return [];
  const blocked = current >= targetScore ? new Set(dimensions.flatMap((d) => (level === undefined ? [] : holdingRequirements(diagnostic, d, level)))) : undefined;
  for (const id of order) {
    if (blocked ? !blocked.has(id) : total >= targetScore) continue;
    const { question, dimension, gain } = candidates.get(id)!;
    total += gain;
    steps.push({ question: id, dimension: dimension.id, text: question.text, gain: round1(gain), total: round1(Math.min(100, total)) });
  }
  return steps;
}

/** The questions of unmet requirements of the target level or a level below it. */
function holdingRequirements(diagnostic: Diagnostic, dimension: DimensionResult, level: string): string[] {
  const rank = (id: string) => diagnostic.levels.findIndex((l) => l.id === id);
  return dimension.requirements.filter((r) => r.status === 'unmet' && rank(r.level) <= rank(level)).map((r) => r.question);
}
