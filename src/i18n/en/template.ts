// The comments of the answers template (`cocon init`), in English, typed against the French table.
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN } from '../../core/model.js';
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';
import type { template as french } from '../fr/template.js';

const { t, typeset } = phrasebook(settings);

export const template: typeof french = typeset({
  header: (p) => t`Answers to the questionnaire "${p.title}" ${p.version}`,
  how: (p) => t`Replace each "ne-sait-pas" with your answer, then: ${p.command}`,
  thisFile: 'THIS_FILE',
  markers: t`"${MARKER_UNKNOWN}" = don't know; "${MARKER_NOT_APPLICABLE}" = not applicable (where allowed)`,
  comment: 'To add a comment: q: { value: ..., comment: "...", evidence: "..." }',
  territory: 'Name of the territory',
  role: 'Your role',
  actorTypes: (p) => t`Actor type: ${p.list}`,
  single: 'One option among:',
  multiple: 'A list of options, for example [a, b]; add ne-sait-pas to the list if you cannot tell about the others ([a, ne-sait-pas]). Options:',
  general: 'General questions (not scored)',
  scale: (p) => t`An integer from ${p.min} to ${p.max}`,
  yesno: 'true (yes) or false (no)',
  writtenYes: ['yes', 'y'],
  writtenNo: ['no', 'n'],
  text: 'Free text, in quotes',
  notApplicable: t`"${MARKER_NOT_APPLICABLE}" is allowed`,
  onlyIf: (p) => t`Only if: ${p.condition}`,
  why: 'Why:',
});
