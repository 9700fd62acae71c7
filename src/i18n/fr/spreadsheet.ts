// The words of `cocon export`'s tables (column headings, answers that are not values), in French.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, typeset } = phrasebook(settings);

export const spreadsheet = typeset({
  answersSheet: 'Réponses',
  questionsSheet: 'Questions',
  number: 'n° (données par répondant, à ne pas diffuser)',
  territory: 'territoire',
  actorType: 'type d’acteur',
  date: 'date',
  role: 'rôle',
  name: 'nom',
  file: 'fichier',
  overall: 'global',
  score: 'score',
  level: 'niveau',
  coverage: 'couverture %',
  comment: 'commentaire',
  evidence: 'preuve',
  column: (p: { id: string; what: string }) => t`${p.id} (${p.what})`,
  none: '(aucune)',
  hidden: '(question masquée)',
  id: 'id',
  dimension: 'dimension',
  type: 'type',
  weight: 'poids',
  text: 'question',
  options: 'réponses possibles',
});
