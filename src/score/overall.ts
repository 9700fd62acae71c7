// The territory as a whole. Its score is the dimensions' weighted mean (a dimension with no
// score stays out of the score but counts, with its unknowns, in the range and coverage). Its
// level is no higher than the dimensions justify: the lower of the overall score's level and the
// weighted median of the dimensions' levels, with the overall requirements on top. A dimension
// without a level (too little coverage) counts in the median at its worst-case level.
import type { Questionnaire } from '../core/model.js';
import { atLeast } from '../core/compare.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { roundOrNull, roundRange, round1, weightedMean } from './aggregate.js';
import type { ScoredDimension } from './dimensions.js';
import type { Outcomes } from './outcomes.js';
import { levelEstimates, lowerLevel, requirementResult, weightedMedianLevel } from './levels.js';

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
    .map((requirement) => ({ requirement, outcome: outcomes.byQuestion.get(requirement.question)! }));
  const own = levelEstimates(questionnaire.levels, { score, range }, requirements);
  const median = (pick: (d: ScoredDimension) => string | null) =>
    weightedMedianLevel(questionnaire.levels, dimensions.map((d) => ({ level: pick(d), weight: d.dimension.weight })));
  const point = lowerLevel(questionnaire.levels, own.point, median((d) => d.point ?? d.span.low));
  const low = lowerLevel(questionnaire.levels, own.low, median((d) => d.span.low));
  const high = lowerLevel(questionnaire.levels, own.high, median((d) => d.span.high));
  const sufficient = range !== null && atLeast(coverage, questionnaire.minCoverage);
  const status = !sufficient ? 'insufficient-data' : low === high ? 'established' : 'to-confirm';
  const deciding = status === 'to-confirm'
    ? dimensions.filter((d) => d.result.certainty?.status === 'to-confirm').flatMap((d) => d.result.certainty!.deciding)
    : [];
  return {
    score,
    coverage,
    result: {
      score: roundOrNull(score),
      level: sufficient ? point : null,
      coverage: round1(coverage),
      range: roundRange(range),
      certainty: { status, low, high, deciding },
      requirements: requirements.map(requirementResult),
    },
  };
}
