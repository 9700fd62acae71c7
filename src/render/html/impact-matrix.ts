// The forms × impacts figures. The diagnostic gives each impact's score over all dimensions, not
// per dimension, so each cell is derived here the way scoring derives an impact: the weighted
// mean of the scores of the answered questions of that dimension tagged with that impact, over
// the same applicable weight ("not applicable" out, unknown in). Question scores are stored
// rounded to one decimal, so a cell can differ from scoring's unrounded figure by 0.1 at most;
// the test checks that the same derivation gives back every impact and dimension score.
import { round1 } from '../../core/compare.js';
import type { Diagnostic, QuestionResult } from '../../diagnostic/contract.js';
import type { HeatCell } from './charts/heatmap.js';

/** The weighted mean and coverage of some of a diagnostic's questions, as scoring computes them. */
export function summarizeQuestions(questions: readonly QuestionResult[]): HeatCell {
  let answered = 0;
  let unknown = 0;
  let points = 0;
  for (const q of questions) {
    if (q.status === 'answered' && q.score !== null) {
      answered += q.weight;
      points += q.weight * q.score;
    } else if (q.status === 'unknown' || q.status === 'unanswered') {
      unknown += q.weight;
    }
  }
  const applicable = answered + unknown;
  return {
    score: answered > 0 ? round1(points / answered) : null,
    coverage: applicable > 0 ? round1((100 * answered) / applicable) : 0,
    weight: applicable,
  };
}

/** One row per dimension, one cell per impact. */
export function impactMatrix(diagnostic: Diagnostic): HeatCell[][] {
  return diagnostic.dimensions.map((d) => diagnostic.impacts.map((impact) => summarizeQuestions(d.questions.filter((q) => q.status !== 'not-scored' && q.tags.includes(impact.id)))));
}
