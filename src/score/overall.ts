// The territory as a whole: the dimensions' weighted mean. A dimension with no score stays out
// of the score but counts, with its unknowns, in the range and coverage.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { roundOrNull, roundRange, round1, weightedMean } from './aggregate.js';
import type { ScoredDimension } from './dimensions.js';
import type { Outcomes } from './outcomes.js';
import { levelFor, requirementResult } from './requirements.js';

export interface OverallFigures {
  score: number | null;
  coverage: number;
  result: Diagnostic['overall'];
}

export function scoreOverall(questionnaire: Questionnaire, dimensions: readonly ScoredDimension[], outcomes: Outcomes): OverallFigures {
  const withApplicable = dimensions.filter((d) => d.summary.range !== null);
  const score = weightedMean(dimensions.map((d) => ({ weight: d.dimension.weight, value: d.summary.score })));
  const coverage = weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.coverage }))) ?? 0;
  const range = withApplicable.length === 0 ? null : {
    low: weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.range!.low })))!,
    high: weightedMean(withApplicable.map((d) => ({ weight: d.dimension.weight, value: d.summary.range!.high })))!,
  };
  const requirements = questionnaire.requirements
    .filter((r) => r.scope === 'overall')
    .map((r) => requirementResult(r, outcomes.byQuestion.get(r.question)!));
  return {
    score,
    coverage,
    result: {
      score: roundOrNull(score),
      level: levelFor(questionnaire.levels, score, requirements),
      coverage: round1(coverage),
      range: roundRange(range),
      requirements,
    },
  };
}
