// Every word of a comparison (cocon compare), in French.
import { phrasebook } from '../compose.js';

const { t, plural, typeset } = phrasebook('fr');

export const compare = typeset({
  title: (p: { territory: string }) => t`Évolution — ${p.territory}`,
  snapshots: 'Diagnostics comparés',
  snapshot: (p: { date: string; version: string }) => t`${p.date} (questionnaire ${p.version})`,
  noDate: 'sans date',
  territoriesDiffer: (p: { names: string }) => t`Attention : les diagnostics portent des noms de territoire différents (${p.names}).`,
  versionsDiffer: (p: { from: string; to: string }) =>
    t`Questionnaire ${p.from} puis ${p.to} : seules les questions présentes dans les deux versions, avec la même dimension et le même type, sont comparées ; les scores de dimension reposent sur des questions en partie différentes.`,
  summary: 'Synthèse',
  dimension: 'Dimension',
  before: 'Avant',
  after: 'Après',
  change: 'Écart',
  level: 'Niveau',
  verdict: 'Verdict',
  verdicts: {
    progress: 'en progrès',
    regression: 'en recul',
    'within-uncertainty': 'dans l’incertitude',
    unchanged: 'inchangé',
    'not-comparable': 'non comparable',
  },
  certainty: { established: '', 'to-confirm': ' (à confirmer)', 'insufficient-data': ' (données insuffisantes)' },
  levelMove: (p: { from: string; to: string }) => t`${p.from} → ${p.to}`,
  scoreWithRange: (p: { score: string; low: string; high: string }) => t`${p.score} (${p.low}–${p.high})`,
  beyond: (p: { points: string }) => t`${p.points} pts au-delà de l’incertitude`,
  impacts: 'Impacts',
  impact: 'Impact',
  trend: 'Tendance',
  date: 'Date',
  overall: 'Ensemble',
  questions: 'Questions qui ont changé',
  question: 'Question',
  noQuestions: 'Aucune réponse n’a changé.',
  unknownsResolved: 'Inconnues levées',
  unknownsNew: 'Nouvelles inconnues',
  recommendationsDone: 'Recommandations réalisées',
  recommendationsNew: 'Nouvelles recommandations',
  recommendationsOpen: 'Toujours à faire',
  recommendationsDropped: 'Sorties de la liste sans progrès mesuré',
  notComparable: 'Questions non comparables',
  reasons: { 'only-old': 'absente de la nouvelle version', 'only-new': 'nouvelle question', changed: 'type ou dimension changés' },
  count: (p: { count: number }) => t`${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}`,
  method: 'Méthode',
  rule:
    'Chaque score a une fourchette : sa valeur si toutes les réponses « je ne sais pas » étaient les pires ou les meilleures. Un écart n’est un progrès (ou un recul) que si les fourchettes des deux dates ne se chevauchent pas : le pire cas de la nouvelle date dépasse le meilleur cas de l’ancienne. Sinon il est « dans l’incertitude ». Les impacts n’ont pas de fourchette : leur écart est donné sans verdict.',
});
