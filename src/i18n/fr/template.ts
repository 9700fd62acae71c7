// The comments of the answers template (`cocon init`), in French. They end up in YAML comments,
// or as plain scalars written through the YAML library, so typography cannot break the file.
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN } from '../../core/model.js';
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, typeset } = phrasebook(settings);

export const template = typeset({
  header: (p: { title: string; version: string }) => t`Réponses au questionnaire « ${p.title} » ${p.version}`,
  how: (p: { command: string }) => t`Remplacez chaque « ne-sait-pas » par votre réponse, puis : ${p.command}`,
  /** The file's name in the scoring command, when the template goes to stdout and the person names it. */
  thisFile: 'CE_FICHIER',
  markers: t`« ${MARKER_UNKNOWN} » = je ne sais pas ; « ${MARKER_NOT_APPLICABLE} » = non concerné (si permis)`,
  comment: 'Pour ajouter un commentaire : q: { value: ..., comment: "...", evidence: "..." }',
  territory: 'Nom du territoire',
  role: 'Votre rôle',
  actorTypes: (p: { list: string }) => t`Type d’acteur : ${p.list}`,
  single: 'Une option parmi :',
  multiple: 'Une liste d’options, par exemple [a, b] ; ajoutez ne-sait-pas à la liste si vous ignorez ce qu’il en est des autres ([a, ne-sait-pas]). Options :',
  general: 'Questions générales (non notées)',
  scale: (p: { min: number; max: number }) => t`Un nombre entier de ${p.min} à ${p.max}`,
  yesno: 'true (oui) ou false (non)',
  /** What a person may write by hand for a yes/no question instead of true / false (lower case). */
  writtenYes: ['oui', 'o'],
  writtenNo: ['non', 'n'],
  text: 'Un texte libre, entre guillemets',
  notApplicable: t`« ${MARKER_NOT_APPLICABLE} » est permis`,
  onlyIf: (p: { condition: string }) => t`Seulement si : ${p.condition}`,
  why: 'Pourquoi :',
});
