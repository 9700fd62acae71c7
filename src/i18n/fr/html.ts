// The words only the HTML (and PDF) report shows, in French; the words every report shares are
// in report.ts.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, plural, typeset } = phrasebook(settings);

export const html = typeset({
  /** Before the page number in a printed page's footer. */
  page: 'Page',
  contents: 'Sommaire',
  /** The name of a table's scrolling box, told apart from its section's. */
  tableOf: (p: { title: string }) => t`Tableau : ${p.title}`,
  glance: 'Le territoire en un coup d’œil',
  views: 'Là où les avis divergent',
  noChecks: 'Aucune question n’est restée sans réponse connue.',
  ladders: 'Niveau atteint par dimension',
  impactsMatrix: 'Formes de co-construction × impacts',
  method: 'Méthode et sources',
  sources: 'Sources',
  overallLevel: 'Niveau d’ensemble',
  overallScore: 'Score d’ensemble',
  radarTitle: (p: { territory: string }) => t`Radar des dimensions de ${p.territory} : score de chaque dimension, avec la fourchette due aux réponses inconnues en bande claire.`,
  radarCaption: 'Chaque axe va de 0 (centre) à 100 ; les anneaux marquent les seuils des niveaux ; la bande claire est la fourchette que laissent les réponses inconnues.',
  range: 'Fourchette',
  sentenceLevel: (p: { level: string; score: string; range: string }) => t`Le territoire est au niveau ${p.level}, avec un score d’ensemble de ${p.score} / 100${p.range}.`,
  sentenceLevelNone: (p: { range: string }) => t`Les réponses connues sont trop peu nombreuses pour donner un niveau d’ensemble${p.range}.`,
  sentenceRange: (p: { low: string; high: string }) => t` (entre ${p.low} et ${p.high} selon les réponses inconnues)`,
  sentenceForms: (p: { best: string; bestScore: string; worst: string; worstScore: string }) => t`La dimension la plus avancée est ${p.best} (${p.bestScore}) ; la moins avancée, ${p.worst} (${p.worstScore}).`,
  sentenceFormsOne: (p: { dimension: string; score: string }) => t`${p.dimension} : ${p.score} / 100.`,
  sentenceNext: (p: { actions: number; checks: number }) =>
    (p.actions === 0 ? t`Aucune action prioritaire` : t`${p.actions} ${plural(p.actions, { one: 'action proposée', other: 'actions proposées' })}`) +
    (p.checks === 0 ? t` ; aucune réponse inconnue à vérifier avant l'atelier.` : t` ; ${p.checks} ${plural(p.checks, { one: 'question', other: 'questions' })} à vérifier avant l'atelier.`),
  ladderTitle: (p: { dimension: string }) => t`Échelle des niveaux de ${p.dimension}`,
  ladderSentence: (p: { score: string; level: string }) => t`Score ${p.score} / 100 ; niveau ${p.level}.`,
  nextLevel: (p: { level: string; min: string; points: string }) => t`Niveau suivant, ${p.level}, à partir de ${p.min} : encore ${p.points} pts.`,
  nextLevelScoreMet: (p: { level: string; min: string }) => t`Le score atteint le seuil du niveau suivant, ${p.level} (${p.min}).`,
  nextLevelBlocked: (p: { requirements: string }) => t`Ce qui le retient : ${p.requirements}.`,
  topLevel: 'C’est le plus haut niveau de l’échelle.',
  legendReached: 'niveau atteint',
  legendPossible: 'possible selon les réponses inconnues',
  legendScore: 'score',
  legendRange: 'fourchette',
  coverageOf: (p: { value: string }) => t`couverture ${p.value}`,
  coverageShort: (p: { value: string }) => t`couv. ${p.value}`,
  coverageMeter: (p: { value: string }) => t`Couverture : ${p.value} du poids applicable a une réponse connue`,
  heatTitle: 'Score de chaque dimension pour chaque impact',
  heatCaption: 'Chaque case : moyenne pondérée des questions de la dimension qui concernent l’impact (teinte plus foncée : score plus haut). La couverture est indiquée quand des réponses manquent.',
  heatNoQuestion: 'aucune question',
  spreadTitle: 'Écart entre répondants par dimension',
  spreadCaption: 'Le trait va du répondant le plus bas au plus haut ; le point est le score de la dimension.',
  groupRadarTitle: (p: { group: string }) => t`Radar des dimensions vues par ${p.group}`,
  divergenceTitle: 'Écart entre les mondes par dimension',
  divergenceCaption: 'Le trait va du groupe le plus bas au plus haut ; le point est le score de la dimension, tous répondants confondus.',
  agreementWord: 'Accord',
  lowest: 'Le plus bas',
  highest: 'Le plus haut',
  gap: 'Écart',
  viewsOne: 'Un seul répondant : pas de comparaison entre points de vue. Faites répondre d’autres mondes (associations, entreprises, habitants…) pour voir où les avis divergent.',
  widestGap: (p: { dimension: string; gap: string }) => t`Les avis divergent le plus sur ${p.dimension} (${p.gap} pts entre le répondant le plus bas et le plus haut).`,
  embedded: 'Les données du diagnostic sont incluses dans ce fichier : « cocon report » peut le relire et le produire dans un autre format ou une autre langue.',
  printedOn: 'Diagnostic',
  answers: 'Réponses',
  who: 'Qui',
});
