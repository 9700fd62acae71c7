// Everything the browser form of `cocon form` says, in French. Words it shares with `cocon run`
// (markers, actor types, the summary line…) come from run.ts.
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, plural, typeset } = phrasebook(settings);

export const form = typeset({
  noscript: 'Ce questionnaire a besoin de JavaScript. / This questionnaire needs JavaScript.',
  language: 'Langue',
  /** The language's own name, on the switch. */
  selfName: 'Français',
  intro: (p: { count: number }) =>
    t`${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}. Vos réponses restent dans ce navigateur, sur cet appareil : rien n’est envoyé sur Internet. Vous pouvez fermer la page et reprendre plus tard. À la fin, vous obtenez un fichier de réponses à envoyer à la personne qui anime le diagnostic.`,
  storageNote: 'Ce qui reste dans ce navigateur : votre territoire, votre type d’acteur, votre rôle, votre nom si vous le donnez, vos réponses, commentaires et preuves, et la question où vous en êtes, chiffrés avec une clé que seul ce fichier contient (une autre page ouverte dans ce navigateur ne peut pas les lire). Ils sont effacés dès que vous téléchargez ou copiez le fichier de réponses, sauf si vous cochez « Garder mes réponses dans ce navigateur ». Pour les effacer plus tôt : le bouton « Effacer mes réponses de ce navigateur » à la fin, ou l’effacement des données de navigation.',
  keep: 'Garder mes réponses dans ce navigateur après avoir obtenu le fichier (pour les reprendre plus tard)',
  erased: 'Vos réponses ont été effacées de ce navigateur : seul le fichier les contient.',
  noStorage: 'Ce navigateur ne garde pas les réponses : ne fermez pas la page avant d’avoir produit le fichier.',
  resumed: 'Vos réponses précédentes ont été retrouvées dans ce navigateur.',
  profileTitle: 'Qui répond ?',
  territory: 'Territoire',
  territoryHint: 'Nom de la commune, de l’intercommunalité, du quartier…',
  actorType: 'Vous répondez en tant que',
  role: 'Votre rôle ou fonction',
  name: 'Votre nom (facultatif)',
  start: 'Commencer',
  goOn: 'Continuer',
  progress: 'Progression',
  moreHelp: 'En savoir plus',
  previous: '← Question précédente',
  next: 'Suivant →',
  toSummary: 'Aller au récapitulatif',
  manyHint: 'Cochez tout ce qui s’applique ; rien de coché veut dire « aucune de ces réponses ». « Je ne sais pas » coché avec des réponses veut dire « celles-ci, et je ne sais pas pour les autres ».',
  textHint: 'Texte libre, facultatif.',
  or: 'Ou :',
  pickOne: (p: { notApplicable: boolean }) => t`Choisissez une réponse, « Je ne sais pas »${p.notApplicable ? t` ou « Non concerné »` : ''}.`,
  notes: '✎ Ajouter un commentaire ou une preuve',
  comment: 'Commentaire',
  evidence: 'Preuve ou source',
  notesWithoutAnswer: 'Le commentaire et la preuve sont enregistrés avec une réponse : répondez à la question pour les garder.',
  summaryIntro: 'Relisez vos réponses ; chacune peut encore être modifiée.',
  respondentLine: (p: { territory: string; actorType: string; role: string }) => t`${p.territory} · ${p.actorType} · ${p.role}`,
  edit: 'Modifier',
  /** After « Modifier », for screen readers: which answer. */
  editWhat: (p: { what: string }) => t` : ${p.what}`,
  notesLost: 'commentaire sans réponse, non enregistré',
  finish: 'Vérifier et produire le fichier de réponses',
  checkFailed: 'Le fichier de réponses ne passe pas la vérification de cocon :',
  doneTitle: 'Votre fichier de réponses',
  done: (p: { file: string }) =>
    t`Vos réponses sont vérifiées. Téléchargez ${p.file} et envoyez-le à la personne qui anime le diagnostic : cocon le lit tel quel.`,
  download: (p: { file: string }) => t`Télécharger ${p.file}`,
  fileText: 'Le même fichier en texte, à copier si le téléchargement ne marche pas (enregistrez-le sous un nom en .yaml) :',
  copy: 'Copier le texte',
  copied: 'Texte copié dans le presse-papiers.',
  copyFailed: 'La copie automatique n’a pas marché : le texte est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
  backToSummary: '← Revenir au récapitulatif',
  clear: 'Effacer mes réponses de ce navigateur (pour laisser la place à une autre personne)',
  clearConfirm: 'Confirmer : tout effacer',
  clearCancel: 'Garder mes réponses',
  footer: (p: { version: string }) => t`Questionnaire hors ligne produit par cocon ${p.version}.`,
});
