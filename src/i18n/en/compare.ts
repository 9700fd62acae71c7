// Every word of a comparison (cocon compare), in English, typed against the French table.
import { phrasebook } from '../compose.js';
import type { compare as french } from '../fr/compare.js';

const { t, plural, typeset } = phrasebook('en');

export const compare: typeof french = typeset({
  title: (p) => t`Progress — ${p.territory}`,
  snapshots: 'Diagnostics compared',
  snapshot: (p) => t`${p.date} (questionnaire ${p.version})`,
  noDate: 'no date',
  territoriesDiffer: (p) => t`Note: the diagnostics carry different territory names (${p.names}).`,
  versionsDiffer: (p) =>
    t`Questionnaire ${p.from} then ${p.to}: only the questions present in both versions, with the same dimension and type, are compared; dimension scores rest on partly different questions.`,
  summary: 'Summary',
  dimension: 'Dimension',
  before: 'Before',
  after: 'After',
  change: 'Change',
  level: 'Level',
  verdict: 'Verdict',
  verdicts: {
    progress: 'progress',
    regression: 'regression',
    'within-uncertainty': 'within uncertainty',
    unchanged: 'unchanged',
    'not-comparable': 'not comparable',
  },
  certainty: { established: '', 'to-confirm': ' (to confirm)', 'insufficient-data': ' (insufficient data)' },
  levelMove: (p) => t`${p.from} → ${p.to}`,
  scoreWithRange: (p) => t`${p.score} (${p.low}–${p.high})`,
  beyond: (p) => t`${p.points} pts beyond the uncertainty`,
  impacts: 'Impacts',
  impact: 'Impact',
  trend: 'Trend',
  date: 'Date',
  overall: 'Overall',
  questions: 'Questions that changed',
  question: 'Question',
  noQuestions: 'No answer changed.',
  unknownsResolved: 'Unknowns resolved',
  unknownsNew: 'New unknowns',
  recommendationsDone: 'Recommendations done',
  recommendationsNew: 'New recommendations',
  recommendationsOpen: 'Still to do',
  recommendationsDropped: 'Off the list without measured progress',
  notComparable: 'Questions not comparable',
  reasons: { 'only-old': 'not in the newer version', 'only-new': 'new question', changed: 'type or dimension changed' },
  count: (p) => t`${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}`,
  method: 'Method',
  rule:
    'Every score has a range: its value if every "don’t know" answer were the worst or the best. A change is progress (or regression) only when the ranges of the two dates do not overlap: the new worst case beats the old best case. Otherwise it is "within uncertainty". Impacts have no range: their change is given without a verdict.',
});
