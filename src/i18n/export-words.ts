// The words of `cocon export`'s tables (column headings, answers that are not values), in
// French and English; the English table is typed against the French one.
import type { Lang } from '../core/text.js';

const fr = {
  answersSheet: 'Réponses',
  questionsSheet: 'Questions',
  number: 'n°',
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
  column: (p: { id: string; what: string }) => `${p.id} (${p.what})`,
  none: '(aucune)',
  hidden: '(question masquée)',
  id: 'id',
  dimension: 'dimension',
  type: 'type',
  weight: 'poids',
  text: 'question',
  options: 'réponses possibles',
};

type Words = typeof fr;

const en: Words = {
  answersSheet: 'Answers',
  questionsSheet: 'Questions',
  number: 'no.',
  territory: 'territory',
  actorType: 'actor type',
  date: 'date',
  role: 'role',
  name: 'name',
  file: 'file',
  overall: 'overall',
  score: 'score',
  level: 'level',
  coverage: 'coverage %',
  comment: 'comment',
  evidence: 'evidence',
  column: (p) => `${p.id} (${p.what})`,
  none: '(none)',
  hidden: '(hidden question)',
  id: 'id',
  dimension: 'dimension',
  type: 'type',
  weight: 'weight',
  text: 'question',
  options: 'possible answers',
};

export type ExportWords = Words;
export const exportWords: Record<Lang, ExportWords> = { fr, en };
