// Every sentence cocon says to a person, in French and English. The English table is typed
// against the French one, so a message cannot exist in one language only.
import type { Lang } from '../core/text.js';

const q = (s: string | number | boolean) => `« ${String(s)} »`;
const qe = (s: string | number | boolean) => `"${String(s)}"`;
const list = (items: readonly (string | number | boolean)[], quote: (s: string | number | boolean) => string) =>
  items.map(quote).join(', ');

const fr = {
  // Reading files
  'file.not-found': (p: { file: string }) => `fichier introuvable : ${p.file}`,
  'file.unreadable': (p: { reason: string }) => `lecture impossible (${p.reason})`,
  'file.is-directory': () => `c'est un dossier, pas un fichier`,
  'file.too-large': (p: { size: number; limit: number }) =>
    `fichier trop volumineux (${p.size} octets ; maximum ${p.limit})`,
  'file.binary': () => `le fichier contient des données binaires, pas du texte YAML ou JSON`,
  'file.not-utf8': () => `le fichier n'est pas encodé en UTF-8`,
  'file.too-deep': (p: { limit: number }) => `imbrication trop profonde (plus de ${p.limit} niveaux)`,
  'file.too-many-aliases': () => `trop d'alias YAML (*ancre) : fichier refusé`,
  'file.empty': () => `le fichier est vide`,
  'file.forbidden-key': (p: { key: string }) => `clé interdite ${q(p.key)}`,
  'yaml.syntax': (p: { detail: string }) => `syntaxe YAML invalide : ${p.detail}`,
  'yaml.duplicate-key': (p: { key: string }) => `clé en double ${q(p.key)}`,
  'yaml.multiple-documents': () => `le fichier contient plusieurs documents YAML ; un seul est attendu`,
  'json.syntax': (p: { detail: string }) => `JSON invalide : ${p.detail}`,
  'file.unknown-kind': () =>
    `type de fichier inconnu : ni un questionnaire (clés « levels », « dimensions », « questions »), ni des réponses (clés « questionnaire », « respondent », « answers »), ni un diagnostic`,

  // Schema
  'schema.required': (p: { property: string }) => `champ obligatoire manquant : ${q(p.property)}`,
  'schema.unknown-field': (p: { property: string; allowed: string[] }) =>
    `champ inconnu ${q(p.property)}` + (p.allowed.length ? ` (champs possibles : ${p.allowed.join(', ')})` : ''),
  'schema.not-allowed': (p: { property: string }) => `le champ ${q(p.property)} n'est pas permis ici`,
  'schema.type': (p: { expected: string[]; found: string }) =>
    `attendu : ${p.expected.map((t) => typeWords.fr[t] ?? t).join(' ou ')} ; trouvé : ${typeWords.fr[p.found] ?? p.found}`,
  'schema.enum': (p: { allowed: (string | number | boolean)[]; found: string }) =>
    `valeur ${q(p.found)} invalide ; valeurs possibles : ${list(p.allowed, q)}`,
  'schema.const': (p: { expected: string; found: string }) => `valeur attendue ${q(p.expected)} ; trouvé ${q(p.found)}`,
  'schema.identifier': (p: { found: string }) =>
    `identifiant ${q(p.found)} invalide : lettres minuscules, chiffres, « - », « _ » ou « . », 64 caractères au plus`,
  'schema.version': (p: { found: string }) => `version ${q(p.found)} invalide : attendu une version sémantique comme 1.0.0`,
  'schema.date': (p: { found: string }) => `date ${q(p.found)} invalide : attendu AAAA-MM-JJ, par exemple 2026-03-14`,
  'schema.pattern': (p: { found: string }) => `format invalide : ${q(p.found)}`,
  'schema.minimum': (p: { limit: number; found: number; exclusive: boolean }) =>
    `attendu un nombre ${p.exclusive ? '>' : '≥'} ${p.limit} ; trouvé ${p.found}`,
  'schema.maximum': (p: { limit: number; found: number; exclusive: boolean }) =>
    `attendu un nombre ${p.exclusive ? '<' : '≤'} ${p.limit} ; trouvé ${p.found}`,
  'schema.min-items': (p: { limit: number; found: number }) =>
    `attendu au moins ${p.limit} élément(s) ; trouvé ${p.found}`,
  'schema.min-length': () => `le texte ne doit pas être vide`,
  'schema.max-length': (p: { limit: number }) => `texte trop long (${p.limit} caractères au plus)`,
  'schema.unique-items': (p: { value: string }) => `élément en double : ${q(p.value)}`,
  'schema.min-properties': () => `ne doit pas être vide`,
  'schema.condition-shape': () =>
    `condition invalide : attendu { question, in | notIn | minScore | maxScore } ou { all: [...] } ou { any: [...] }`,
  'schema.other': (p: { detail: string }) => `valeur invalide (${p.detail})`,

  // Questionnaire rules
  'rule.duplicate-id': (p: { kind: string; id: string }) => `identifiant en double : ${kinds.fr[p.kind] ?? p.kind} ${q(p.id)}`,
  'rule.unknown-dimension': (p: { id: string; allowed: string[] }) =>
    `dimension inconnue ${q(p.id)} ; dimensions définies : ${list(p.allowed, q)}`,
  'rule.unknown-level': (p: { id: string; allowed: string[] }) =>
    `niveau inconnu ${q(p.id)} ; niveaux définis : ${list(p.allowed, q)}`,
  'rule.unknown-impact': (p: { id: string; allowed: string[] }) =>
    `impact inconnu ${q(p.id)} ; impacts définis : ${list(p.allowed, q)}`,
  'rule.unknown-question': (p: { id: string; suggestion?: string }) =>
    `question inconnue ${q(p.id)}` + (p.suggestion ? ` ; vouliez-vous dire ${q(p.suggestion)} ?` : ''),
  'rule.levels-order': (p: { id: string; min: number; previous: number }) =>
    `les niveaux doivent être rangés par minimum croissant : ${q(p.id)} a un minimum de ${p.min}, pas plus que le niveau précédent (${p.previous})`,
  'rule.first-level-zero': (p: { min: number }) =>
    `le premier niveau doit avoir un minimum de 0 (trouvé ${p.min}) : sinon un score faible n'aurait aucun niveau`,
  'rule.condition-later': (p: { id: string }) =>
    `la condition porte sur ${q(p.id)}, qui n'est pas une question précédente`,
  'rule.condition-value': (p: { value: string; question: string; allowed: string[] }) =>
    `la valeur ${q(p.value)} n'est pas une réponse possible à ${q(p.question)} ; réponses possibles : ${p.allowed.join(', ')}`,
  'rule.condition-text': (p: { question: string }) =>
    `une condition ne peut pas porter sur ${q(p.question)}, question à texte libre`,
  'rule.requirement-first-level': (p: { level: string }) =>
    `une exigence sur le premier niveau ${q(p.level)} le rendrait inatteignable`,
  'rule.requirement-text': (p: { question: string }) =>
    `une exigence ne peut pas porter sur ${q(p.question)}, question à texte libre non notée`,
  'rule.requirement-unreachable': (p: { question: string; minScore: number }) =>
    `exigence inatteignable : aucune réponse à ${q(p.question)} n'atteint le score ${p.minScore}`,
  'rule.best-score-zero': () => `au moins une option doit avoir un score supérieur à 0`,
  'rule.reserved-option': (p: { id: string }) => `${q(p.id)} est réservé aux réponses « je ne sais pas » / « non concerné »`,
  'rule.max-score-too-high': (p: { maxScore: number; sum: number }) =>
    `maxScore (${p.maxScore}) dépasse la somme des scores des options (${p.sum}) : la note maximale serait inatteignable`,
  'rule.scale-order': (p: { min: number; max: number }) => `échelle invalide : min (${p.min}) doit être inférieur à max (${p.max})`,
  'rule.missing-language': (p: { lang: string }) =>
    `texte sans version ${langNames.fr[p.lang] ?? p.lang} alors que le questionnaire déclare cette langue`,
  'rule.undeclared-language': (p: { lang: string }) =>
    `texte en ${langNames.fr[p.lang] ?? p.lang}, langue que le questionnaire ne déclare pas (languages)`,
  'rule.condition-dimension-in-when': () =>
    `une question ne peut dépendre que des réponses aux questions précédentes, pas d'une dimension (réservé aux conseils et aux profils)`,
  'rule.advice-cycle': (p: { ids: string[] }) => `conseils qui s'attendent en boucle : ${p.ids.join(' → ')}`,
  'rule.dimension-without-questions': (p: { id: string }) => `la dimension ${q(p.id)} n'a aucune question notée`,

  // Answers against a questionnaire
  'answers.questionnaire-mismatch': (p: { found: string; expected: string }) =>
    `ces réponses sont pour le questionnaire ${q(p.found)}, pas pour ${q(p.expected)}`,
  'answers.version-mismatch': (p: { found: string; expected: string; id: string }) =>
    `ces réponses sont pour la version ${p.found} de ${q(p.id)} ; la version chargée est ${p.expected}`,
  'answers.not-an-option': (p: { value: string; allowed: string[] }) =>
    `${q(p.value)} n'est pas une option de cette question ; options possibles : ${p.allowed.join(', ')}`,
  'answers.expected-list': (p: { allowed: string[] }) =>
    `attendu une liste d'options, par exemple [${p.allowed.slice(0, 2).join(', ')}]`,
  'answers.expected-option': (p: { allowed: string[] }) => `attendu une option parmi : ${p.allowed.join(', ')}`,
  'answers.expected-scale': (p: { min: number; max: number }) => `attendu un nombre entier de ${p.min} à ${p.max}`,
  'answers.expected-yesno': () => `attendu true ou false (ou « oui » / « non »)`,
  'answers.expected-text': () => `attendu un texte`,
  'answers.not-applicable-refused': () => `« non-concerne » n'est pas permis pour cette question`,

  // Several answers files
  'multi.mixed-questionnaires': (p: { first: string; other: string; file: string }) =>
    `les fichiers de réponses mélangent des questionnaires : ${p.first} et ${p.other} (${p.file}) ; un diagnostic porte sur un seul questionnaire et une seule version`,
  'multi.no-answers-files': (p: { dir: string }) => `aucun fichier de réponses (.yaml, .yml, .json) dans ${p.dir}`,
  'questionnaire.not-found': (p: { ref: string; available: string[] }) =>
    `questionnaire ${q(p.ref)} introuvable : ce n'est ni un fichier, ni un questionnaire fourni (${p.available.join(', ')}) ; indiquez-le avec --questionnaire CHEMIN`,

  // CLI
  'cli.usage': (p: { detail: string }) => `usage : ${p.detail}`,
  'cli.bad-format': (p: { value: string; allowed: string[] }) =>
    `format ${q(p.value)} inconnu ; formats possibles : ${p.allowed.join(', ')}`,
  'cli.bad-lang': (p: { value: string }) => `langue ${q(p.value)} inconnue ; langues possibles : fr, en`,
  'cli.bad-number': (p: { option: string; value: string }) => `${p.option} attend un nombre de 0 à 100 ; reçu ${q(p.value)}`,
  'cli.bad-min-level': (p: { value: string }) =>
    `--min-level attend DIMENSION=NIVEAU (ou overall=NIVEAU) ; reçu ${q(p.value)}`,
  'cli.min-level-unknown-dimension': (p: { id: string; allowed: string[] }) =>
    `--min-level : dimension inconnue ${q(p.id)} ; possibles : overall, ${p.allowed.join(', ')}`,
  'cli.min-level-unknown-level': (p: { id: string; allowed: string[] }) =>
    `--min-level : niveau inconnu ${q(p.id)} ; possibles : ${p.allowed.join(', ')}`,
  'cli.bad-extension': (p: { file: string; extension: string; allowed: string[] }) =>
    `cocon n'écrit pas de fichier ${q(p.extension)} (${p.file}) ; extensions possibles : ${p.allowed.join(', ')}, ou indiquez --format`,
  'diagnostic.newer-version': (p: { found: number; supported: number }) =>
    `diagnostic de version ${p.found}, écrit par un cocon plus récent ; cette version de cocon lit jusqu'à la version ${p.supported} : mettez cocon à jour`,
  'cli.write-failed': (p: { file: string; reason: string }) => `écriture impossible de ${p.file} (${p.reason})`,
  'cli.file-exists': (p: { file: string }) => `${p.file} existe déjà ; choisissez un autre nom ou utilisez --force`,
  'cli.wrote': (p: { file: string }) => `écrit : ${p.file}`,
  'cli.out-is-input': (p: { out: string; input: string }) =>
    `--out ${p.out} désigne un fichier lu par cette commande (${p.input}) : le rapport le remplacerait ; choisissez un autre fichier`,
  'write.is-directory': (p: { file: string }) => `${p.file} est un dossier ; indiquez un nom de fichier`,
  'write.no-folder': (p: { file: string; folder: string }) => `impossible d'écrire ${p.file} : le dossier ${p.folder} n'existe pas`,
  'write.folder-read-only': (p: { file: string; folder: string }) =>
    `impossible d'écrire ${p.file} : le dossier ${p.folder} est en lecture seule pour vous`,
  'write.file-read-only': (p: { file: string }) => `impossible d'écrire ${p.file} : le fichier est en lecture seule`,
  'cli.valid': (p: { file: string; kind: string }) => `${p.file} : ${kinds.fr[p.kind] ?? p.kind} valide`,
  'cli.errors-found': (p: { count: number; files: number }) =>
    `${p.count} erreur(s) dans ${p.files} fichier(s)`,
  'cli.unexpected': (p: { detail: string }) =>
    `erreur inattendue : ${p.detail}. C'est un défaut de cocon : merci de le signaler avec la commande lancée.`,

  // Gates
  'gate.score': (p: { score: string; threshold: number }) => `score global ${p.score} < seuil --fail-under ${p.threshold}`,
  'gate.coverage': (p: { coverage: number; threshold: number }) =>
    `couverture ${p.coverage} % < seuil --min-coverage ${p.threshold} %`,
  'gate.level': (p: { scope: string; level: string; required: string }) =>
    `${p.scope} : niveau ${p.level}, en dessous du niveau exigé ${p.required}`,
  'gate.insufficient': (p: { scope: string; coverage: number; minimum: number; option: string }) =>
    `${p.scope} : données insuffisantes (couverture ${p.coverage} % < minimum ${p.minimum} %), ${p.option} ne peut pas être vérifié`,
  'gate.estimate': (p: { estimate: string }) => `(estimation ${p.estimate})`,
  'cli.bad-gate-on': (p: { value: string }) => `--gate-on attend pessimistic, point ou optimistic ; reçu ${q(p.value)}`,

  // Command-line help and usage errors
  'help.program': () => `Autodiagnostic de la maturité de co-construction d'un territoire (référentiel Le RAMEAU).`,
  'help.score': () => `Noter un ou plusieurs fichiers de réponses (ou un dossier) et produire le diagnostic`,
  'help.report': () => `Produire à nouveau le rapport d'un diagnostic JSON enregistré, dans un autre format`,
  'help.validate': () => `Vérifier des questionnaires et des fichiers de réponses`,
  'help.init': () => `Écrire un modèle de fichier de réponses à remplir à la main`,
  'help.list': () => `Lister les questionnaires fournis`,
  'help.run': () => `Répondre au questionnaire de façon interactive dans le terminal`,
  'help.opt.questionnaire': () => `questionnaire : chemin d'un fichier ou identifiant d'un questionnaire fourni`,
  'help.opt.format': (p: { formats: string }) => `format du rapport (${p.formats})`,
  'help.opt.out': () => `écrire le rapport dans ce fichier (écriture atomique)`,
  'help.opt.fail-under': () => `code de sortie 1 si le score global est inférieur à N`,
  'help.opt.min-level': () => `code de sortie 1 si la dimension (ou overall) n'atteint pas ce niveau ; répétable`,
  'help.opt.min-coverage': () => `code de sortie 1 si la couverture globale est inférieure à PCT %`,
  'help.opt.min-group-size': () => `seuil de confidentialité : aucun chiffre pour un groupe de moins de K répondants (défaut 3, au moins 2)`,
  'help.opt.attribute': () => `nommer les répondants (nom et rôle) dans le rapport ; par défaut, seulement leur type d'acteur`,
  'cli.bad-group-size': (p: { value: string }) => `--min-group-size attend un nombre entier d'au moins 2 ; reçu ${q(p.value)}`,
  'help.opt.gate-on': () => `seuils vérifiés sur l'estimation ponctuelle (point, par défaut), pessimiste (toutes les réponses inconnues au pire) ou optimiste (au mieux)`,
  'help.opt.lang': () => `langue des messages et du rapport (fr, en ; défaut : LANG, sinon fr)`,
  'help.opt.force': () => `remplacer le fichier s'il existe`,
  'help.opt.answers': () => `fichier où les réponses sont enregistrées après chaque réponse`,
  'help.opt.resume': () => `reprendre le fichier de réponses existant sans demander`,
  'help.opt.version': () => `afficher la version`,
  'help.opt.help': () => `afficher l'aide`,
  'usage.unknown-option': (p: { token: string }) => `option inconnue ${q(p.token)} (voir cocon --help)`,
  'usage.unknown-command': (p: { token: string }) => `commande inconnue ${q(p.token)} ; commandes : score, report, validate, init, list, run`,
  'usage.missing-argument': (p: { token: string }) => `argument manquant : ${p.token}`,
  'usage.option-missing-argument': (p: { token: string }) => `l'option ${p.token} attend une valeur`,
  'usage.excess-arguments': () => `trop d'arguments (voir cocon --help)`,
  'usage.other': (p: { detail: string }) => p.detail,
  'list.questions': (p: { count: number }) => `${p.count} questions`,
} as const;

type Messages = { [K in keyof typeof fr]: (typeof fr)[K] };

const typeWords: Record<Lang, Record<string, string>> = {
  fr: { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'true ou false', object: 'une table (clé: valeur)', array: 'une liste', null: 'une valeur vide' },
  en: { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'a mapping (key: value)', array: 'a list', null: 'an empty value' },
};
const kinds: Record<Lang, Record<string, string>> = {
  fr: { level: 'niveau', dimension: 'dimension', question: 'question', option: 'option', impact: 'impact', questionnaire: 'questionnaire', answers: 'réponses', diagnostic: 'diagnostic', advice: 'conseil', pattern: 'profil' },
  en: { level: 'level', dimension: 'dimension', question: 'question', option: 'option', impact: 'impact', questionnaire: 'questionnaire', answers: 'answers', diagnostic: 'diagnostic', advice: 'advice', pattern: 'pattern' },
};
const langNames: Record<Lang, Record<string, string>> = {
  fr: { fr: 'française', en: 'anglaise' },
  en: { fr: 'French', en: 'English' },
};

const en: Messages = {
  'file.not-found': (p) => `file not found: ${p.file}`,
  'file.unreadable': (p) => `cannot read the file (${p.reason})`,
  'file.is-directory': () => `this is a folder, not a file`,
  'file.too-large': (p) => `file too large (${p.size} bytes; at most ${p.limit})`,
  'file.binary': () => `the file holds binary data, not YAML or JSON text`,
  'file.not-utf8': () => `the file is not UTF-8 encoded`,
  'file.too-deep': (p) => `nesting too deep (more than ${p.limit} levels)`,
  'file.too-many-aliases': () => `too many YAML aliases (*anchor): file refused`,
  'file.empty': () => `the file is empty`,
  'file.forbidden-key': (p) => `forbidden key ${qe(p.key)}`,
  'yaml.syntax': (p) => `invalid YAML syntax: ${p.detail}`,
  'yaml.duplicate-key': (p) => `duplicate key ${qe(p.key)}`,
  'yaml.multiple-documents': () => `the file holds several YAML documents; one is expected`,
  'json.syntax': (p) => `invalid JSON: ${p.detail}`,
  'file.unknown-kind': () =>
    `unknown kind of file: neither a questionnaire (keys "levels", "dimensions", "questions"), nor answers (keys "questionnaire", "respondent", "answers"), nor a diagnostic`,

  'schema.required': (p) => `missing required field ${qe(p.property)}`,
  'schema.unknown-field': (p) =>
    `unknown field ${qe(p.property)}` + (p.allowed.length ? ` (possible fields: ${p.allowed.join(', ')})` : ''),
  'schema.not-allowed': (p) => `field ${qe(p.property)} is not allowed here`,
  'schema.type': (p) =>
    `expected ${p.expected.map((t) => typeWords.en[t] ?? t).join(' or ')}; found ${typeWords.en[p.found] ?? p.found}`,
  'schema.enum': (p) => `invalid value ${qe(p.found)}; possible values: ${list(p.allowed, qe)}`,
  'schema.const': (p) => `expected ${qe(p.expected)}; found ${qe(p.found)}`,
  'schema.identifier': (p) =>
    `invalid identifier ${qe(p.found)}: lower-case letters, digits, "-", "_" or ".", at most 64 characters`,
  'schema.version': (p) => `invalid version ${qe(p.found)}: expected a semantic version such as 1.0.0`,
  'schema.date': (p) => `invalid date ${qe(p.found)}: expected YYYY-MM-DD, for example 2026-03-14`,
  'schema.pattern': (p) => `invalid format: ${qe(p.found)}`,
  'schema.minimum': (p) => `expected a number ${p.exclusive ? '>' : '≥'} ${p.limit}; found ${p.found}`,
  'schema.maximum': (p) => `expected a number ${p.exclusive ? '<' : '≤'} ${p.limit}; found ${p.found}`,
  'schema.min-items': (p) => `expected at least ${p.limit} item(s); found ${p.found}`,
  'schema.min-length': () => `the text must not be empty`,
  'schema.max-length': (p) => `text too long (at most ${p.limit} characters)`,
  'schema.unique-items': (p) => `duplicate item: ${qe(p.value)}`,
  'schema.min-properties': () => `must not be empty`,
  'schema.condition-shape': () =>
    `invalid condition: expected { question, in | notIn | minScore | maxScore } or { all: [...] } or { any: [...] }`,
  'schema.other': (p) => `invalid value (${p.detail})`,

  'rule.duplicate-id': (p) => `duplicate id: ${kinds.en[p.kind] ?? p.kind} ${qe(p.id)}`,
  'rule.unknown-dimension': (p) => `unknown dimension ${qe(p.id)}; defined dimensions: ${list(p.allowed, qe)}`,
  'rule.unknown-level': (p) => `unknown level ${qe(p.id)}; defined levels: ${list(p.allowed, qe)}`,
  'rule.unknown-impact': (p) => `unknown impact ${qe(p.id)}; defined impacts: ${list(p.allowed, qe)}`,
  'rule.unknown-question': (p) =>
    `unknown question ${qe(p.id)}` + (p.suggestion ? `; did you mean ${qe(p.suggestion)}?` : ''),
  'rule.levels-order': (p) =>
    `levels must be ordered by increasing minimum: ${qe(p.id)} has minimum ${p.min}, not above the previous level (${p.previous})`,
  'rule.first-level-zero': (p) =>
    `the first level must have minimum 0 (found ${p.min}): otherwise a low score would have no level`,
  'rule.condition-later': (p) => `the condition looks at ${qe(p.id)}, which is not an earlier question`,
  'rule.condition-value': (p) =>
    `${qe(p.value)} is not a possible answer to ${qe(p.question)}; possible answers: ${p.allowed.join(', ')}`,
  'rule.condition-text': (p) => `a condition cannot look at ${qe(p.question)}, a free-text question`,
  'rule.requirement-first-level': (p) => `a requirement on the first level ${qe(p.level)} would make it unreachable`,
  'rule.requirement-text': (p) => `a requirement cannot look at ${qe(p.question)}, an unscored free-text question`,
  'rule.requirement-unreachable': (p) =>
    `unreachable requirement: no answer to ${qe(p.question)} reaches score ${p.minScore}`,
  'rule.best-score-zero': () => `at least one option must score more than 0`,
  'rule.reserved-option': (p) => `${qe(p.id)} is reserved for "don't know" / "not applicable" answers`,
  'rule.max-score-too-high': (p) =>
    `maxScore (${p.maxScore}) exceeds the sum of the options' scores (${p.sum}): a full score would be unreachable`,
  'rule.scale-order': (p) => `invalid scale: min (${p.min}) must be less than max (${p.max})`,
  'rule.missing-language': (p) =>
    `text has no ${langNames.en[p.lang] ?? p.lang} version although the questionnaire declares that language`,
  'rule.undeclared-language': (p) =>
    `text in ${langNames.en[p.lang] ?? p.lang}, a language the questionnaire does not declare (languages)`,
  'rule.condition-dimension-in-when': () => `a question can only depend on answers to earlier questions, not on a dimension (that is for advice and patterns)`,
  'rule.advice-cycle': (p) => `advice items wait on each other in a loop: ${p.ids.join(' → ')}`,
  'rule.dimension-without-questions': (p) => `dimension ${qe(p.id)} has no scored question`,

  'answers.questionnaire-mismatch': (p) => `these answers are for questionnaire ${qe(p.found)}, not ${qe(p.expected)}`,
  'answers.version-mismatch': (p) =>
    `these answers are for version ${p.found} of ${qe(p.id)}; the loaded version is ${p.expected}`,
  'answers.not-an-option': (p) => `${qe(p.value)} is not an option of this question; possible options: ${p.allowed.join(', ')}`,
  'answers.expected-list': (p) => `expected a list of options, for example [${p.allowed.slice(0, 2).join(', ')}]`,
  'answers.expected-option': (p) => `expected one option among: ${p.allowed.join(', ')}`,
  'answers.expected-scale': (p) => `expected an integer from ${p.min} to ${p.max}`,
  'answers.expected-yesno': () => `expected true or false (or "yes" / "no")`,
  'answers.expected-text': () => `expected a text`,
  'answers.not-applicable-refused': () => `"non-concerne" (not applicable) is not allowed for this question`,

  'multi.mixed-questionnaires': (p) =>
    `the answers files mix questionnaires: ${p.first} and ${p.other} (${p.file}); a diagnostic covers one questionnaire and one version`,
  'multi.no-answers-files': (p) => `no answers file (.yaml, .yml, .json) in ${p.dir}`,
  'questionnaire.not-found': (p) =>
    `questionnaire ${qe(p.ref)} not found: neither a file nor a bundled questionnaire (${p.available.join(', ')}); name it with --questionnaire PATH`,

  'cli.usage': (p) => `usage: ${p.detail}`,
  'cli.bad-format': (p) => `unknown format ${qe(p.value)}; possible formats: ${p.allowed.join(', ')}`,
  'cli.bad-lang': (p) => `unknown language ${qe(p.value)}; possible languages: fr, en`,
  'cli.bad-number': (p) => `${p.option} expects a number from 0 to 100; got ${qe(p.value)}`,
  'cli.bad-min-level': (p) => `--min-level expects DIMENSION=LEVEL (or overall=LEVEL); got ${qe(p.value)}`,
  'cli.min-level-unknown-dimension': (p) =>
    `--min-level: unknown dimension ${qe(p.id)}; possible: overall, ${p.allowed.join(', ')}`,
  'cli.min-level-unknown-level': (p) => `--min-level: unknown level ${qe(p.id)}; possible: ${p.allowed.join(', ')}`,
  'cli.bad-extension': (p) => `cocon does not write ${qe(p.extension)} files (${p.file}); possible extensions: ${p.allowed.join(', ')}, or give --format`,
  'diagnostic.newer-version': (p) => `diagnostic of version ${p.found}, written by a newer cocon; this cocon reads up to version ${p.supported}: update cocon`,
  'cli.write-failed': (p) => `cannot write ${p.file} (${p.reason})`,
  'cli.file-exists': (p) => `${p.file} already exists; choose another name or use --force`,
  'cli.wrote': (p) => `wrote ${p.file}`,
  'cli.out-is-input': (p) => `--out ${p.out} names a file this command reads (${p.input}): the report would replace it; choose another file`,
  'write.is-directory': (p) => `${p.file} is a folder; give a file name`,
  'write.no-folder': (p) => `cannot write ${p.file}: the folder ${p.folder} does not exist`,
  'write.folder-read-only': (p) => `cannot write ${p.file}: the folder ${p.folder} is read-only for you`,
  'write.file-read-only': (p) => `cannot write ${p.file}: the file is read-only`,
  'cli.valid': (p) => `${p.file}: valid ${kinds.en[p.kind] ?? p.kind}`,
  'cli.errors-found': (p) => `${p.count} error(s) in ${p.files} file(s)`,
  'cli.unexpected': (p) => `unexpected error: ${p.detail}. This is a bug in cocon: please report it with the command you ran.`,

  'gate.score': (p) => `overall score ${p.score} < --fail-under threshold ${p.threshold}`,
  'gate.coverage': (p) => `coverage ${p.coverage}% < --min-coverage threshold ${p.threshold}%`,
  'gate.level': (p) => `${p.scope}: level ${p.level}, below the required level ${p.required}`,
  'gate.insufficient': (p) => `${p.scope}: insufficient data (coverage ${p.coverage}% < minimum ${p.minimum}%), ${p.option} cannot be checked`,
  'gate.estimate': (p) => `(${p.estimate} estimate)`,
  'cli.bad-gate-on': (p) => `--gate-on expects pessimistic, point or optimistic; got ${qe(p.value)}`,

  'help.program': () => `Self-assessment of a territory's co-construction maturity (Le RAMEAU's referential).`,
  'help.score': () => `Score one or more answers files (or a folder) and produce the diagnostic`,
  'help.report': () => `Render a saved JSON diagnostic again, in another format`,
  'help.validate': () => `Check questionnaires and answers files`,
  'help.init': () => `Write an answers template to fill by hand`,
  'help.list': () => `List the bundled questionnaires`,
  'help.run': () => `Answer the questionnaire interactively in the terminal`,
  'help.opt.questionnaire': () => `questionnaire: a file path or the id of a bundled questionnaire`,
  'help.opt.format': (p) => `report format (${p.formats})`,
  'help.opt.out': () => `write the report to this file (atomic write)`,
  'help.opt.fail-under': () => `exit code 1 if the overall score is below N`,
  'help.opt.min-level': () => `exit code 1 if the dimension (or overall) does not reach this level; repeatable`,
  'help.opt.min-coverage': () => `exit code 1 if the overall coverage is below PCT %`,
  'help.opt.min-group-size': () => `privacy floor: no figure for a group of fewer than K respondents (default 3, at least 2)`,
  'help.opt.attribute': () => `name respondents (name and role) in the report; by default only their actor type`,
  'cli.bad-group-size': (p) => `--min-group-size expects a whole number of at least 2; got ${qe(p.value)}`,
  'help.opt.gate-on': () => `check thresholds on the point estimate (point, default), the pessimistic one (every unknown answer at its worst) or the optimistic one (at its best)`,
  'help.opt.lang': () => `language of messages and report (fr, en; default: LANG, else fr)`,
  'help.opt.force': () => `replace the file if it exists`,
  'help.opt.answers': () => `file where answers are saved after every answer`,
  'help.opt.resume': () => `resume the existing answers file without asking`,
  'help.opt.version': () => `print the version`,
  'help.opt.help': () => `show help`,
  'usage.unknown-option': (p) => `unknown option ${qe(p.token)} (see cocon --help)`,
  'usage.unknown-command': (p) => `unknown command ${qe(p.token)}; commands: score, report, validate, init, list, run`,
  'usage.missing-argument': (p) => `missing argument: ${p.token}`,
  'usage.option-missing-argument': (p) => `option ${p.token} needs a value`,
  'usage.excess-arguments': () => `too many arguments (see cocon --help)`,
  'usage.other': (p) => p.detail,
  'list.questions': (p) => `${p.count} questions`,
};

const tables: Record<Lang, Messages> = { fr, en };

export type MessageKey = keyof Messages;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0] extends undefined
  ? Record<string, never>
  : Parameters<Messages[K]>[0];
/** A message not yet put into words: rendered in the reader's language at the last moment. */
export type Message = { [K in MessageKey]: { key: K; params: MessageParams<K> } }[MessageKey];

export function msg<K extends MessageKey>(key: K, ...params: Parameters<Messages[K]>[0] extends undefined ? [] : [MessageParams<K>]): Message {
  return { key, params: (params[0] ?? {}) } as Message;
}

export function say(message: Message, lang: Lang): string {
  const render = tables[lang][message.key] as (p: unknown) => string;
  return render(message.params);
}
