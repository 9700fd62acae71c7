// Everything `cocon run` says, in French, and the words of the prompts' own key hints.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, plural, typeset } = phrasebook(settings);

export const run = typeset({
  noTerminal: (p: { command: string }) =>
    t`cocon run a besoin d’un terminal interactif. Sans terminal (par exemple en CI), remplissez un fichier de réponses avec « ${p.command} init reponses.yaml » puis notez-le avec « ${p.command} score reponses.yaml ».`,
  welcome: (p: { title: string; count: number }) =>
    t`${p.title} — environ ${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}, selon vos réponses. Vos réponses sont enregistrées après chacune ; Ctrl-C pour interrompre, vous pourrez reprendre.`,
  territory: 'Territoire (nom de la commune, de l’intercommunalité, du quartier…) :',
  actorType: 'Vous répondez en tant que :',
  role: 'Votre rôle ou fonction :',
  name: 'Votre nom (facultatif, Entrée pour passer) :',
  required: 'Réponse obligatoire.',
  position: (p: { dimension: string; index: number; count: number; answered: number; toCome: number }) =>
    t`${p.dimension} · ${p.index}/${p.count} · ${p.answered} ${plural(p.answered, { one: 'répondue', other: 'répondues' })}, ${p.toCome ? t`environ ${p.toCome} à venir` : 'dernière question'}`,
  generalQuestions: 'Questions générales',
  generalDescription: 'Le contexte du territoire et vos remarques : ces questions ne sont pas notées.',
  why: 'Pourquoi cette question :',
  fullHelp: 'En détail :',
  showHelp: 'ⓘ Aide complète et source',
  restUnknown: 'les autres : je ne sais pas',
  unknown: 'Je ne sais pas',
  notApplicable: 'Non concerné',
  back: '← Revenir à la question précédente',
  withComment: '✎ Répondre et ajouter un commentaire ou une preuve…',
  yes: 'Oui',
  no: 'Non',
  scaleHint: (p: { min: number; max: number; minLabel: string; maxLabel: string }) =>
    t`de ${p.min}${p.minLabel ? t` (${p.minLabel})` : ''} à ${p.max}${p.maxLabel ? t` (${p.maxLabel})` : ''}`,
  textHint: (p: { back: boolean; notApplicable: boolean; help: boolean }) =>
    t`Texte libre. Entrée sans rien pour passer${p.back ? t`, « < » pour revenir` : ''}, « ? » pour « je ne sais pas »${p.notApplicable ? t`, « non-concerne » pour « non concerné »` : ''}${p.help ? t`, « ?? » pour l’aide complète` : ''}.`,
  tooLong: (p: { max: number; length: number }) => t`${p.max} caractères au plus (ici ${p.length}).`,
  reserved: (p: { word: string }) => t`« ${p.word} » est un mot réservé du format des réponses : écrivez-le autrement.`,
  checkboxHint: 'Espace pour cocher, Entrée pour valider (sans rien cocher : aucune de ces réponses). Cochez aussi « Je ne sais pas » si vous ignorez ce qu’il en est des options non cochées.',
  checkboxBackAlone: '« Revenir à la question précédente » et « Aide complète » se cochent seuls.',
  checkboxMarkerAlone: '« Non concerné » se coche sans autre réponse (« ✎ » peut s’y ajouter).',
  comment: 'Commentaire (Entrée pour passer) :',
  evidence: 'Preuve ou source (Entrée pour passer) :',
  summaryTitle: 'Récapitulatif',
  summaryLine: (p: { dimension: string; answered: number; unknown: number; notApplicable: number; missing: number }) =>
    t`${p.dimension} : ${p.answered} ${plural(p.answered, { one: 'répondue', other: 'répondues' })}, ${p.unknown} « je ne sais pas », ${p.notApplicable} non ${plural(p.notApplicable, { one: 'concernée', other: 'concernées' })}${p.missing ? t`, ${p.missing} sans réponse` : ''}`,
  finishChoice: 'Que voulez-vous faire ?',
  finish: 'Terminer et produire le rapport',
  revise: 'Revoir une réponse…',
  whichQuestion: 'Quelle question revoir ?',
  noAnswer: 'sans réponse',
  fileExists: (p: { file: string }) => t`${p.file} existe déjà.`,
  notResumable: 'Il ne contient pas de réponses à ce questionnaire : impossible de le reprendre.',
  nothingToResume: (p: { file: string; command: string }) => t`${p.file} n’existe pas : il n’y a rien à reprendre. Pour commencer une nouvelle session dans ce fichier : ${p.command}`,
  nothingToResumeToday: (p: { file: string }) => t`Aucune session à reprendre (${p.file} n’existe pas) : une nouvelle session commence.`,
  resumeQuestion: (p: { file: string; count: number; who: string }) =>
    t`${p.file} contient ${p.count} ${plural(p.count, { one: 'réponse', other: 'réponses' })} à ce questionnaire (${p.who}). Reprendre là où vous vous étiez arrêté ?`,
  notYours: (p: { file: string; next: string }) => t`${p.file} existe déjà et ne contient pas vos réponses : les vôtres seront enregistrées dans ${p.next}.`,
  abandoned: 'Abandon : rien n’a été modifié.',
  existingChoice: 'Que faire de ce fichier ?',
  overwrite: 'Le remplacer',
  otherName: 'Choisir un autre nom',
  quit: 'Abandonner',
  newName: 'Nom du fichier de réponses :',
  saved: (p: { file: string }) => t`Réponses enregistrées dans ${p.file}`,
  interrupted: (p: { file: string }) => t`Interrompu. Vos réponses sont enregistrées dans ${p.file}.`,
  interruptedNothing: 'Interrompu avant la première réponse : rien n’a été enregistré.',
  resumeWith: (p: { command: string }) => t`Pour reprendre : ${p.command}`,
  reportWritten: (p: { file: string }) => t`Rapport écrit dans ${p.file}`,
  actorTypes: {
    collectivite: 'Collectivité (élu·e, agent·e)',
    association: 'Association',
    entreprise: 'Entreprise',
    academique: 'Monde académique (université, recherche)',
    citoyen: 'Citoyen·ne, habitant·e',
    autre: 'Autre',
  },
  /** Inquirer's key hints under a list ("↑↓ naviguer • ⏎ choisir"), by the action inquirer names. */
  keys: { navigate: 'naviguer', select: 'choisir', submit: 'valider', all: 'tout', invert: 'inverser', space: 'espace' },
  /** Inquirer's yes/no hint: Enter takes the capitalised answer; inquirer reads only y/n typed. */
  confirmHint: { yes: 'O/n', no: 'o/N' },
});
