// The words of `cocon export`'s tables, in English, typed against the French table.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';
import type { spreadsheet as french } from '../fr/spreadsheet.js';

const { t, typeset } = phrasebook(settings);

export const spreadsheet: typeof french = typeset({
  answersSheet: 'Answers',
  questionsSheet: 'Questions',
  number: 'no. (per-respondent data, not to be shared)',
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
  column: (p) => t`${p.id} (${p.what})`,
  none: '(none)',
  hidden: '(hidden question)',
  id: 'id',
  dimension: 'dimension',
  type: 'type',
  weight: 'weight',
  text: 'question',
  options: 'possible answers',
});
