// Every sentence cocon says about files and the command line, in French. Problems carry
// {key, params} (see ../messages.ts); these words are chosen at the edge.
import type { Lang } from '../../core/text.js';
import { phrasebook } from '../compose.js';
import { settings } from './settings.js';

const { t, plural, score, percent } = phrasebook(settings);
const q = (s: string | number | boolean) => t`« ${String(s)} »`;
const list = (items: readonly (string | number | boolean)[], quote: (s: string | number | boolean) => string) =>
  items.map(quote).join(', ');

const typeWords: Record<string, string> = { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'true ou false', object: 'une table (clé: valeur)', array: 'une liste', null: 'une valeur vide' };
const kinds: Record<string, string> = { level: 'niveau', dimension: 'dimension', question: 'question', option: 'option', impact: 'impact', questionnaire: 'questionnaire', answers: 'réponses', diagnostic: 'diagnostic', targets: 'cibles', advice: 'conseil', pattern: 'profil', foundation: 'fondation' };
const languageNames: Partial<Record<Lang, string>> = { fr: 'française', en: 'anglaise' };

export const messages = {
  // Reading files
  'file.not-found': (p: { file: string }) => t`fichier introuvable : ${p.file}`,
  'file.unreadable': (p: { reason: string }) => t`lecture impossible (${p.reason})`,
  'file.is-directory': () => t`c'est un dossier, pas un fichier`,
  'file.too-large': (p: { size: number; limit: number }) =>
    t`fichier trop volumineux (${p.size} octets ; maximum ${p.limit})`,
  'file.too-large-read': (p: { limit: number }) => t`plus de ${p.limit} octets lus : fichier refusé (un périphérique ou un flux sans fin ?)`,
  'file.binary': () => t`le fichier contient des données binaires, pas du texte YAML ou JSON`,
  'file.not-utf8': () => t`le fichier n'est pas encodé en UTF-8`,
  'file.too-deep': (p: { limit: number }) => t`imbrication trop profonde (plus de ${p.limit} niveaux)`,
  'file.too-many-aliases': () => t`trop d'alias YAML (*ancre) : fichier refusé`,
  'file.empty': () => t`le fichier est vide`,
  'file.forbidden-key': (p: { key: string }) => t`clé interdite ${q(p.key)}`,
  'file.empty-key': () => t`clé vide : une clé doit être un texte, par exemple un identifiant`,
  'file.collection-key': () => t`une clé doit être un texte, pas une liste ni une table`,
  'yaml.syntax': (p: { detail: string }) => t`syntaxe YAML invalide : ${p.detail}`,
  'yaml.duplicate-key': (p: { key: string }) => t`clé en double ${q(p.key)}`,
  'yaml.multiple-documents': () => t`le fichier contient plusieurs documents YAML ; un seul est attendu`,
  'json.syntax': (p: { detail: string }) => t`JSON invalide : ${p.detail}`,
  'file.unknown-kind': () =>
    t`type de fichier inconnu : ni un questionnaire (clés « levels », « dimensions », « questions »), ni des réponses (clés « questionnaire », « respondent », « answers »), ni un diagnostic`,

  // Schema
  'schema.required': (p: { property: string }) => t`champ obligatoire manquant : ${q(p.property)}`,
  'schema.unknown-field': (p: { property: string; allowed: string[] }) =>
    t`champ inconnu ${q(p.property)}` + (p.allowed.length ? t` (champs possibles : ${p.allowed.join(', ')})` : ''),
  'schema.not-allowed': (p: { property: string }) => t`le champ ${q(p.property)} n'est pas permis ici`,
  'schema.type': (p: { expected: string[]; found: string }) =>
    t`attendu : ${p.expected.map((t) => typeWords[t] ?? t).join(' ou ')} ; trouvé : ${typeWords[p.found] ?? p.found}`,
  'schema.enum': (p: { allowed: (string | number | boolean)[]; found: string }) =>
    t`valeur ${q(p.found)} invalide ; valeurs possibles : ${list(p.allowed, q)}`,
  'schema.const': (p: { expected: string; found: string }) => t`valeur attendue ${q(p.expected)} ; trouvé ${q(p.found)}`,
  'schema.identifier': (p: { found: string }) =>
    t`identifiant ${q(p.found)} invalide : lettres minuscules, chiffres, « - », « _ » ou « . », 64 caractères au plus`,
  'schema.version': (p: { found: string }) => t`version ${q(p.found)} invalide : attendu une version sémantique comme 1.0.0`,
  'schema.date': (p: { found: string }) => t`date ${q(p.found)} invalide : attendu AAAA-MM-JJ, par exemple 2026-03-14`,
  'schema.blank': () => t`rien que des espaces : un nom est attendu (un territoire, un rôle ou un nom n'est jamais vide)`,
  'schema.pattern': (p: { found: string }) => t`format invalide : ${q(p.found)}`,
  'schema.minimum': (p: { limit: number; found: number | string; exclusive: boolean }) =>
    t`attendu un nombre ${p.exclusive ? '>' : '≥'} ${p.limit} ; trouvé ${p.found}`,
  'schema.maximum': (p: { limit: number; found: number | string; exclusive: boolean }) =>
    t`attendu un nombre ${p.exclusive ? '<' : '≤'} ${p.limit} ; trouvé ${p.found}`,
  'schema.min-items': (p: { limit: number; found: number }) =>
    t`attendu au moins ${p.limit} ${plural(p.limit, { one: 'élément', other: 'éléments' })} ; trouvé ${p.found}`,
  'schema.min-length': () => t`le texte ne doit pas être vide`,
  'schema.max-length': (p: { limit: number }) => t`texte trop long (${p.limit} caractères au plus)`,
  'schema.unique-items': (p: { value: string }) => t`élément en double : ${q(p.value)}`,
  'schema.min-properties': () => t`ne doit pas être vide`,
  'schema.condition-shape': () =>
    t`condition invalide : attendu { question, in | notIn | minScore | maxScore } ou { all: [...] } ou { any: [...] }`,
  'schema.other': (p: { detail: string }) => t`valeur invalide (${p.detail})`,

  // Questionnaire rules
  'rule.duplicate-id': (p: { kind: string; id: string }) => t`identifiant en double : ${kinds[p.kind] ?? p.kind} ${q(p.id)}`,
  'rule.unknown-dimension': (p: { id: string; allowed: string[] }) =>
    t`dimension inconnue ${q(p.id)} ; dimensions définies : ${list(p.allowed, q)}`,
  'rule.unknown-level': (p: { id: string; allowed: string[] }) =>
    t`niveau inconnu ${q(p.id)} ; niveaux définis : ${list(p.allowed, q)}`,
  'rule.unknown-impact': (p: { id: string; allowed: string[] }) =>
    t`impact inconnu ${q(p.id)} ; impacts définis : ${list(p.allowed, q)}`,
  'rule.unknown-question': (p: { id: string; suggestion?: string }) =>
    t`question inconnue ${q(p.id)}` + (p.suggestion ? t` ; vouliez-vous dire ${q(p.suggestion)} ?` : ''),
  'rule.levels-order': (p: { id: string; min: number; previous: number }) =>
    t`les niveaux doivent être rangés par minimum croissant : ${q(p.id)} a un minimum de ${p.min}, pas plus que le niveau précédent (${p.previous})`,
  'rule.first-level-zero': (p: { min: number }) =>
    t`le premier niveau doit avoir un minimum de 0 (trouvé ${p.min}) : sinon un score faible n'aurait aucun niveau`,
  'rule.condition-later': (p: { id: string }) =>
    t`la condition porte sur ${q(p.id)}, qui n'est pas une question précédente`,
  'rule.condition-value': (p: { value: string; question: string; allowed: string[] }) =>
    t`la valeur ${q(p.value)} n'est pas une réponse possible à ${q(p.question)} ; réponses possibles : ${p.allowed.join(', ')}`,
  'rule.condition-text': (p: { question: string }) =>
    t`une condition ne peut pas porter sur ${q(p.question)}, question à texte libre`,
  'rule.requirement-first-level': (p: { level: string }) =>
    t`une exigence sur le premier niveau ${q(p.level)} le rendrait inatteignable`,
  'rule.requirement-text': (p: { question: string }) =>
    t`une exigence ne peut pas porter sur ${q(p.question)}, question à texte libre non notée`,
  'rule.requirement-unreachable': (p: { question: string; minScore: number }) =>
    t`exigence inatteignable : aucune réponse à ${q(p.question)} n'atteint le score ${p.minScore}`,
  'rule.best-score-zero': () => t`au moins une option doit avoir un score supérieur à 0`,
  'rule.reserved-option': (p: { id: string }) => t`${q(p.id)} est réservé aux réponses « je ne sais pas » / « non concerné »`,
  'rule.max-score-too-high': (p: { maxScore: number; sum: number }) =>
    t`maxScore (${p.maxScore}) dépasse la somme des scores des options (${p.sum}) : la note maximale serait inatteignable`,
  'rule.scale-order': (p: { min: number; max: number }) => t`échelle invalide : min (${p.min}) doit être inférieur à max (${p.max})`,
  'rule.missing-language': (p: { lang: string }) =>
    t`texte sans version ${languageNames[p.lang as Lang] ?? p.lang} alors que le questionnaire déclare cette langue`,
  'rule.undeclared-language': (p: { lang: string }) =>
    t`texte en ${languageNames[p.lang as Lang] ?? p.lang}, langue que le questionnaire ne déclare pas (languages)`,
  'rule.condition-dimension-in-when': () =>
    t`une question ne peut dépendre que des réponses aux questions précédentes, pas d'une dimension (réservé aux conseils et aux profils)`,
  'rule.claim-dimension': () =>
    t`un texte ne déclare que des faits sur les réponses (des conditions sur des questions), pas sur le score ou le niveau d'une dimension`,
  'rule.claim-unproven': (p: { id: string; what: string; claim: string; answers: string; checked: number; sampled: boolean }) =>
    p.claim === 'presumes'
      ? t`${p.what === 'pattern' ? 'le profil' : p.what === 'question' ? 'le conseil de la question' : 'le conseil'} ${q(p.id)} peut être affiché alors que ce qu'il présuppose (presumes) n'est pas établi par les réponses, par exemple : ${p.answers} (${p.checked} ${plural(p.checked, { one: 'combinaison', other: 'combinaisons' })} de réponses ${p.sampled ? (p.checked > 1 ? 'tirées au hasard' : 'tirée au hasard') : p.checked > 1 ? 'examinées, toutes' : 'examinée'})`
      : t`${p.what === 'pattern' ? 'le profil' : p.what === 'question' ? 'le conseil de la question' : 'le conseil'} ${q(p.id)} peut être affiché alors que les réponses contredisent ce qu'il affirme (states), par exemple : ${p.answers} (${p.checked} ${plural(p.checked, { one: 'combinaison', other: 'combinaisons' })} de réponses ${p.sampled ? (p.checked > 1 ? 'tirées au hasard' : 'tirée au hasard') : p.checked > 1 ? 'examinées, toutes' : 'examinée'})`,
  'rule.advice-cycle': (p: { ids: string[] }) => t`conseils qui s'attendent en boucle : ${p.ids.join(' → ')}`,
  'rule.dimension-without-questions': (p: { id: string }) => t`la dimension ${q(p.id)} n'a aucune question notée`,
  'rule.option-score-missing': (p: { id: string }) =>
    t`l'option ${q(p.id)} n'a pas de score ; seules les questions générales (sans dimension) s'en passent`,
  'rule.carried-and-new': (p: { id: string }) => t`${q(p.id)} est déclarée nouvelle alors qu'une règle de « carry » la reprend`,
  'rule.previous-incomplete': (p: { ids: string[] }) =>
    t`ces questions ne sont reprises par aucune règle de « carry » ni déclarées nouvelles (« new ») : ${p.ids.join(', ')}`,

  // Answers against a questionnaire
  'answers.questionnaire-mismatch': (p: { found: string; expected: string }) =>
    t`ces réponses sont pour le questionnaire ${q(p.found)}, pas pour ${q(p.expected)}`,
  'answers.version-mismatch': (p: { found: string; expected: string; id: string }) =>
    t`ces réponses sont pour la version ${p.found} de ${q(p.id)} ; la version chargée est ${p.expected}`,
  'answers.not-an-option': (p: { value: string; allowed: string[] }) =>
    t`${q(p.value)} n'est pas une option de cette question ; options possibles : ${p.allowed.join(', ')}`,
  'answers.expected-list': (p: { allowed: string[] }) =>
    t`attendu une liste d'options, par exemple [${p.allowed.slice(0, 2).join(', ')}]`,
  'answers.expected-option': (p: { allowed: string[] }) => t`attendu une option parmi : ${p.allowed.join(', ')}`,
  'answers.expected-scale': (p: { min: number; max: number }) => t`attendu un nombre entier de ${p.min} à ${p.max}`,
  'answers.expected-yesno': () => t`attendu true ou false (ou « oui » / « non »)`,
  'answers.expected-text': () => t`attendu un texte`,
  'answers.not-applicable-refused': () => t`« non-concerne » n'est pas permis pour cette question`,

  // Several answers files
  'multi.mixed-questionnaires': (p: { first: string; other: string; file: string }) =>
    t`les fichiers de réponses mélangent des questionnaires : ${p.first} et ${p.other} (${p.file}) ; un diagnostic porte sur un seul questionnaire et une seule version`,
  'upgrade.no-path': (p: { id: string; found: string; expected: string }) =>
    t`ces réponses sont pour la version ${p.found} de ${q(p.id)} ; la version chargée est ${p.expected} et cocon ne sait pas les y reprendre (aucune règle « previous » de ${p.found} à ${p.expected})`,
  'upgrade.old-id': (p: { id: string; version: string }) =>
    t`${q(p.id)} n'est pas une question de la version ${p.version} ; règle de reprise à corriger`,
  'upgrade.scored-on': (p: { file: string; from: string; to: string; questions: string[] }) =>
    t`${p.file} : réponses à la version ${p.from}, reprises dans la version ${p.to}` +
    (p.questions.length ? t` ; à répondre maintenant (${p.questions.length}) : ${p.questions.join(', ')}` : t` ; rien de nouveau à répondre`),
  'upgrade.not-carried': (p: { file: string; questions: string[] }) =>
    t`${p.file} : réponses non reprises (question supprimée, réponse sans équivalent ou désormais sans objet) : ${p.questions.join(', ')}`,
  'upgrade.up-to-date': (p: { file: string; version: string }) => t`${p.file} répond déjà à la version ${p.version} : rien à reprendre`,
  'migrate.out-or-in-place': () => t`--out et --in-place s'excluent : choisissez l'un ou l'autre`,
  'upgrade.resume-with': (p: { command: string }) => t`pour répondre aux nouvelles questions : ${p.command}`,
  'multi.no-answers-files': (p: { dir: string }) => t`aucun fichier de réponses (.yaml, .yml, .json) dans ${p.dir}`,
  'questionnaire.not-found': (p: { ref: string; available: string[] }) =>
    t`questionnaire ${q(p.ref)} introuvable : ce n'est ni un fichier, ni un questionnaire fourni (${p.available.join(', ')}) ; indiquez-le avec --questionnaire CHEMIN`,

  // CLI
  'cli.usage': (p: { detail: string }) => t`usage : ${p.detail}`,
  'cli.bad-format': (p: { value: string; allowed: string[] }) =>
    t`format ${q(p.value)} inconnu ; formats possibles : ${p.allowed.join(', ')}`,
  'cli.bad-lang': (p: { value: string; allowed: readonly string[] }) => t`langue ${q(p.value)} inconnue ; langues possibles : ${p.allowed.join(', ')}`,
  'cli.bad-number': (p: { option: string; value: string }) => t`${p.option} attend un nombre de 0 à 100 ; reçu ${q(p.value)}`,
  'cli.bad-min-level': (p: { value: string }) =>
    t`--min-level attend DIMENSION=NIVEAU (ou overall=NIVEAU) ; reçu ${q(p.value)}`,
  'cli.min-level-unknown-dimension': (p: { id: string; allowed: string[] }) =>
    t`--min-level : dimension inconnue ${q(p.id)} ; possibles : overall, ${p.allowed.join(', ')}`,
  'cli.min-level-unknown-level': (p: { id: string; allowed: string[] }) =>
    t`--min-level : niveau inconnu ${q(p.id)} ; possibles : ${p.allowed.join(', ')}`,
  'cli.bad-extension': (p: { file: string; extension: string; allowed: string[] }) =>
    t`cocon n'écrit pas de fichier ${q(p.extension)} (${p.file}) ; extensions possibles : ${p.allowed.join(', ')}, ou indiquez --format`,
  'diagnostic.newer-version': (p: { found: number; supported: number }) =>
    t`diagnostic de version ${p.found}, écrit par un cocon plus récent ; cette version de cocon lit jusqu'à la version ${p.supported} : mettez cocon à jour`,
  'cli.bad-gate-on': (p: { value: string }) => t`--gate-on attend pessimistic, point ou optimistic ; reçu ${q(p.value)}`,
  'diagnostic.no-embedded': () =>
    t`cette page HTML ne contient pas de diagnostic cocon (bloc de données « cocon-diagnostic » introuvable) ; donnez un rapport HTML écrit par cocon ou un diagnostic JSON`,
  'pdf.needs-out': () => t`un PDF ne s'écrit pas dans le terminal : indiquez le fichier avec --out rapport.pdf`,
  'pdf.no-browser': (p: { tried: string; system: string; command: string }) =>
    t`aucun Chromium ni Chrome trouvé pour imprimer le PDF (cherché : ${p.tried}). Installez-en un (${p.system} : ${p.command}) ou indiquez-le avec CHROME_PATH=/chemin/vers/chrome ; ou bien écrivez le rapport en HTML (--format html) et imprimez-le en PDF depuis votre navigateur (Fichier › Imprimer › Enregistrer au format PDF)`,
  'pdf.no-driver': () =>
    t`l'impression en PDF a besoin du paquet npm playwright-core, dépendance facultative de cocon absente de cette installation (npm --omit=optional) : installez-le à côté de cocon (npm install playwright-core, ou npm install --global playwright-core pour un cocon global), ou écrivez le rapport en HTML (--format html) et imprimez-le depuis votre navigateur`,
  'pdf.failed': (p: { browser: string; reason: string }) =>
    t`l'impression en PDF avec ${p.browser} a échoué (${p.reason}) ; écrivez le rapport en HTML (--format html) et imprimez-le depuis votre navigateur`,
  'cli.write-failed': (p: { file: string; reason: string }) => t`écriture impossible de ${p.file} (${p.reason})`,
  'cli.file-exists': (p: { file: string }) => t`${p.file} existe déjà ; choisissez un autre nom ou utilisez --force`,
  'cli.wrote': (p: { file: string }) => t`écrit : ${p.file}`,
  'benchmark.no-diagnostic': (p: { dir: string }) => t`aucun diagnostic JSON dans ${p.dir}`,
  'benchmark.not-diagnostic': () => t`ce fichier n'est pas un diagnostic : benchmark lit les diagnostics JSON écrits par cocon score (par exemple ceux de score --each)`,
  'benchmark.other-questionnaire': (p: { found: string; expected: string }) => t`diagnostic du questionnaire ${p.found}, les précédents de ${p.expected} : les territoires se comparent sur un même questionnaire`,
  'benchmark.unknown-attribute': (p: { value: string; allowed: string[] }) => t`attribut inconnu « ${p.value} » ; attributs déclarés : ${p.allowed.length > 0 ? p.allowed.join(', ') : '(aucun)'}`,
  'benchmark.unknown-territory': (p: { name: string }) => t`aucun diagnostic du territoire « ${p.name} » parmi ceux lus`,
  'benchmark.bad-min-group': (p: { value: string }) => t`--min-group attend un nombre entier d'au moins 2 ; reçu « ${p.value} »`,
  'benchmark.replaced': (p: { count: number }) => t`${p.count} ${plural(p.count, { one: 'territoire lu plusieurs fois : seul son diagnostic le plus récent compte', other: 'territoires lus plusieurs fois : seul le diagnostic le plus récent de chacun compte' })}`,
  'benchmark.attributes-column': (p: { file: string }) => t`${p.file} doit avoir une colonne « territory » (le nom du territoire, tel que dans ses diagnostics), puis une colonne par attribut`,
  'help.benchmark': () => t`situer des territoires parmi leurs pairs : centiles par dimension, par groupe d'un attribut déclaré, sans jamais nommer un autre territoire`,
  'help.ex.benchmark.1': () => t`les percentiles du réseau par tranche de population (après score --each)`,
  'help.ex.benchmark.2': () => t`situer un territoire parmi ses pairs`,
  'help.opt.territory': () => t`le territoire à situer (son nom, tel que dans son diagnostic)`,
  'help.opt.by': () => t`grouper selon cet attribut : une question de contexte (contexte-population…) ou une colonne de --attributes`,
  'help.opt.attributes': () => t`fichier CSV d'attributs : une colonne territory, puis une colonne par attribut`,
  'help.opt.mine': () => t`un diagnostic du territoire à situer parmi les autres (au lieu de --territory)`,
  'benchmark.mine-and-territory': () => t`--mine et --territory désignent tous deux le territoire à situer : n'en donner qu'un`,
  'benchmark.mine-stands': (p: { territory: string }) => t`le diagnostic de --mine tient lieu de celui de « ${p.territory} » lu parmi les autres`,
  'help.opt.min-group': () => t`aucun chiffre pour un groupe de moins de K territoires (5 par défaut, au moins 2)`,
  'each.out-dir-alone': () => t`--out-dir va avec --each (un diagnostic par territoire) ; pour un seul rapport, utilisez --out FICHIER`,
  'each.needs-out-dir': () => t`--each écrit un diagnostic par territoire : dites dans quel dossier avec --out-dir DOSSIER`,
  'each.not-with': (p: { option: string }) => t`--each ne se combine pas avec ${p.option} (chaque territoire a son propre fichier dans --out-dir)`,
  'each.out-dir-is-input': (p: { dir: string }) => t`--out-dir ${p.dir} est dans le dossier des territoires : ses diagnostics seraient relus comme des territoires ou des réponses ; choisissez un dossier à part`,
  'each.no-territory': (p: { dir: string }) => t`aucun territoire dans ${p.dir} : ni sous-dossier de fichiers de réponses, ni fichier de réponses (.yaml, .yml, .json)`,
  'each.needs-one-folder': () => t`--each attend un seul dossier, dont chaque sous-dossier (ou fichier de réponses) est un territoire`,
  'each.invalid': (p: { source: string }) => t`${p.source} : territoire non noté (voir les erreurs ci-dessus)`,
  'each.gate': (p: { source: string; detail: string }) => t`${p.source} : ${p.detail}`,
  'each.other-questionnaire': (p: { source: string; found: string; expected: string }) =>
    t`${p.source} répond au questionnaire ${p.found}, les territoires précédents à ${p.expected} : un résumé de réseau compare un seul questionnaire`,
  'each.done': (p: { scored: number; invalid: number; dir: string }) =>
    t`${p.scored} ${plural(p.scored, { one: 'territoire noté', other: 'territoires notés' })}${p.invalid > 0 ? t`, ${p.invalid} ${plural(p.invalid, { one: 'en erreur', other: 'en erreur' })}` : ''} ; résumé : ${p.dir}/summary.csv et ${p.dir}/summary.jsonl`,
  'help.opt.each': () => t`chaque sous-dossier (ou fichier de réponses) du DOSSIER est un territoire : un diagnostic chacun dans --out-dir, et un résumé summary.csv / summary.jsonl`,
  'help.opt.out-dir': () => t`avec --each : le dossier des diagnostics et du résumé`,
  'help.opt.jobs': () => t`avec --each : combien de territoires noter en même temps (par défaut, à partir de 200 territoires, un par processeur, quatre au plus ; 1 : un à la fois)`,
  'each.jobs-alone': () => t`--jobs va avec --each (plusieurs territoires notés en même temps)`,
  'each.bad-jobs': (p: { value: string }) => t`--jobs attend un nombre entier de 1 à 64, pas « ${p.value} »`,
  'cli.out-is-input': (p: { out: string; input: string }) =>
    t`--out ${p.out} désigne un fichier lu par cette commande (${p.input}) : le rapport le remplacerait ; choisissez un autre fichier`,
  'write.is-directory': (p: { file: string }) => t`${p.file} est un dossier ; indiquez un nom de fichier`,
  'write.not-regular': (p: { file: string; kind: 'device' | 'fifo' | 'socket' }) =>
    t`impossible d'écrire ${p.file} : c'est ${{ device: 'un périphérique', fifo: 'un tube nommé (FIFO)', socket: 'une socket' }[p.kind]}, pas un fichier ordinaire ; cocon n'écrit que des fichiers et ne remplace jamais autre chose`,
  'write.no-folder': (p: { file: string; folder: string }) => t`impossible d'écrire ${p.file} : le dossier ${p.folder} n'existe pas`,
  'write.folder-read-only': (p: { file: string; folder: string }) =>
    t`impossible d'écrire ${p.file} : le dossier ${p.folder} est en lecture seule pour vous`,
  'write.file-read-only': (p: { file: string }) => t`impossible d'écrire ${p.file} : le fichier est en lecture seule`,
  'cli.valid': (p: { file: string; kind: string }) => t`${p.file} : ${kinds[p.kind] ?? p.kind} valide`,
  'cli.errors-found': (p: { count: number; files: number }) =>
    t`${p.count} ${plural(p.count, { one: 'erreur', other: 'erreurs' })} dans ${p.files} ${plural(p.files, { one: 'fichier', other: 'fichiers' })}`,
  'cli.invalid-diagnostic': (p: { detail: string }) =>
    t`le diagnostic produit ne respecte pas son schéma (${p.detail}) ; il n'a pas été écrit`,
  'report.answers-file': (p: { command: string }) =>
    t`c'est un fichier de réponses, pas un diagnostic JSON : pour le noter, lancez ${p.command}`,
  'report.questionnaire-file': () =>
    t`c'est un questionnaire, pas un diagnostic JSON : cocon report relit un diagnostic écrit par cocon score --format json`,
  'cli.unexpected': (p: { detail: string }) =>
    t`erreur inattendue : ${p.detail}. C'est un défaut de cocon : merci de le signaler avec la commande lancée.`,

  // Gates
  'gate.score': (p: { score: number | null; threshold: number }) => t`score global ${score(p.score)} < seuil --fail-under ${p.threshold}`,
  'gate.coverage': (p: { coverage: number; threshold: number }) =>
    t`couverture ${percent(p.coverage)} < seuil --min-coverage ${percent(p.threshold)}`,
  'gate.insufficient': (p: { scope: string; coverage: number; minimum: number; option: string }) =>
    t`${p.scope} : données insuffisantes (couverture ${percent(p.coverage)} < minimum ${percent(p.minimum)}), ${p.option} ne peut pas être vérifié`,
  'gate.estimate': (p: { estimate: string }) => t`(estimation ${p.estimate})`,
  'gate.level': (p: { scope: string; level: string; required: string }) =>
    t`${p.scope} : niveau ${p.level}, en dessous du niveau exigé ${p.required}`,

  'gate.regression': (p: { scope: string; points: number; threshold: number }) => t`${p.scope} : recul de ${p.points} points au-delà de l'incertitude (seuil --fail-on-regression ${p.threshold})`,
  'help.compare': () => t`Comparer des diagnostics (ou des réponses) d'un territoire à des dates différentes`,
  'help.ex.compare.1': () => t`ce qui a changé entre deux dates`,
  'help.ex.compare.2': () => t`la même comparaison en page HTML, avec la tendance`,
  'help.opt.fail-on-regression': () => t`code de sortie 1 si une dimension recule de plus de N points au-delà de l'incertitude`,
  'compare.other-questionnaire': (p: { file: string; id: string; expected: string }) => t`${p.file} porte sur le questionnaire ${q(p.id)}, pas sur ${q(p.expected)} : rien n'y serait comparable`,
  // Command-line help and usage errors
  'cli.bad-target': (p: { value: string }) => t`--target attend DIMENSION=NIVEAU ou DIMENSION=SCORE (0 à 100), ou overall=… ; reçu ${q(p.value)}`,
  'target.unknown-dimension': (p: { id: string; allowed: string[] }) => t`cible sur une dimension inconnue ${q(p.id)} ; possibles : overall, ${p.allowed.join(', ')}`,
  'target.unknown-level': (p: { id: string; allowed: string[] }) => t`cible sur un niveau inconnu ${q(p.id)} ; possibles : ${p.allowed.join(', ')}`,
  'help.opt.targets': () => t`fichier YAML des cibles du territoire (schemas/targets.schema.json)`,
  'help.opt.target': () => t`cible DIMENSION=NIVEAU ou DIMENSION=SCORE (ou overall=…) : part atteinte et feuille de route ; répétable`,
  'compare.needs-two': (p: { count: number }) => t`compare attend au moins deux diagnostics ou réponses (ANCIEN NOUVEAU, ou --history DOSSIER) ; reçu ${p.count}`,
  'help.opt.compare-history': () => t`dossier d'historique (un diagnostic JSON par date, écrit par score --history) : ses diagnostics d'abord, du plus ancien au plus récent`,
  'help.opt.score-history': () => t`classer aussi le diagnostic JSON dans ce dossier, sous le nom DATE.json (une date, un fichier)`,
  'help.program': () => t`Autodiagnostic de la maturité de co-construction d'un territoire (référentiel Le RAMEAU).`,
  'help.score': () => t`Noter un ou plusieurs fichiers de réponses (ou un dossier) et produire le diagnostic`,
  'help.ex.score.1': () => t`le diagnostic en Markdown (un résumé en couleur dans un terminal)`,
  'help.ex.score.2': () => t`un dossier : un territoire, plusieurs répondants ; une page HTML autonome`,
  'help.ex.score.3': () => t`pour la CI : code de sortie 1 si un seuil n'est pas atteint`,
  'help.ex.score.4': () => t`un réseau : un diagnostic par territoire et un tableau de synthèse`,
  'help.report': () => t`Produire à nouveau le rapport d'un diagnostic enregistré (JSON, ou rapport HTML de cocon), dans un autre format`,
  'help.ex.report.1': () => t`le rapport d'un diagnostic enregistré, dans une autre langue`,
  'help.ex.report.2': () => t`le diagnostic qu'un rapport HTML embarque`,
  'help.validate': () => t`Vérifier des questionnaires et des fichiers de réponses`,
  'help.ex.validate.1': () => t`vérifier des réponses et un questionnaire, toutes les erreurs d'un coup`,
  'help.ex.validate.2': () => t`les erreurs en annotations GitHub Actions`,
  'help.init': () => t`Écrire un modèle de fichier de réponses à remplir à la main`,
  'help.ex.init.1': () => t`un modèle de réponses, chaque question en commentaire`,
  'help.ex.init.2': () => t`le modèle d'un autre questionnaire, sur la sortie standard`,
  'help.list': () => t`Lister les questionnaires fournis`,
  'help.ex.list.1': () => t`les questionnaires fournis, avec leur version`,
  'help.run': () => t`Répondre au questionnaire de façon interactive dans le terminal`,
  'help.ex.run.1': () => t`répondre dans le terminal ; les réponses sont enregistrées après chacune`,
  'help.ex.run.2': () => t`reprendre une session interrompue`,
  'help.form': () => t`Écrire le questionnaire en un fichier HTML autonome, à remplir dans un navigateur sans rien installer`,
  'help.ex.form.1': () => t`une page à envoyer aux partenaires, à remplir dans un navigateur`,
  'help.ex.form.2': () => t`un autre questionnaire, en anglais d'abord`,
  'help.export': () => t`Écrire les réponses (une ligne par répondant) et leurs scores pour un tableur (CSV ou XLSX)`,
  'help.ex.export.1': () => t`une ligne par répondant, pour un tableur français`,
  'help.ex.export.2': () => t`le même tableau en classeur XLSX`,
  'help.opt.form-out': () => t`écrire la page dans ce fichier (sinon sur la sortie standard)`,
  'help.opt.export-format': () => t`format du tableau : csv (par défaut) ou xlsx`,
  'help.opt.export-out': () => t`écrire le tableau dans ce fichier (obligatoire pour xlsx)`,
  'help.opt.separator': () => t`séparateur des colonnes du CSV : « ; » (par défaut, celui des tableurs français), « , », « | » ou une tabulation (« tab »)`,
  'help.opt.export-attribute': () => t`nommer les répondants (rôle, nom, fichier) ; sans cette option, seul leur type d'acteur apparaît`,
  'help.opt.export-per-respondent': () => t`écrire une ligne par répondant (ses réponses, commentaires et scores) : des données par répondant, réservées à l'animateur`,
  'help.migrate': () => t`Reprendre un fichier de réponses dans la version actuelle de son questionnaire`,
  'help.ex.migrate.1': () => t`reprendre des réponses à la version actuelle du questionnaire, à côté de l'original`,
  'help.ex.migrate.2': () => t`dans le fichier de son choix`,
  'help.opt.migrate-out': () => t`fichier à écrire (défaut : NOM-VERSION.yaml à côté de l'original)`,
  'help.opt.in-place': () => t`remplacer le fichier d'origine (écriture atomique)`,
  'help.opt.questionnaire': () => t`questionnaire : chemin d'un fichier ou identifiant d'un questionnaire fourni`,
  'help.opt.format': (p: { formats: string }) => t`format du rapport (${p.formats})`,
  'help.opt.out': () => t`écrire le rapport dans ce fichier (écriture atomique)`,
  'help.opt.validate-format': () => t`format des erreurs : text (fichier:ligne:colonne : message, par défaut) ou github (annotations GitHub Actions)`,
  'help.opt.fail-under': () => t`code de sortie 1 si le score global est inférieur à N`,
  'help.opt.min-level': () => t`code de sortie 1 si la dimension (ou overall) n'atteint pas ce niveau ; répétable`,
  'help.opt.min-coverage': () => t`code de sortie 1 si la couverture globale est inférieure à PCT %`,
  'help.opt.min-group-size': () => t`seuil de confidentialité : aucun chiffre pour un groupe de moins de K répondants (défaut 3, au moins 2)`,
  'help.opt.attribute': () => t`nommer les répondants (nom et rôle) dans le rapport ; par défaut, seulement leur type d'acteur`,
  'cli.bad-group-size': (p: { value: string }) => t`--min-group-size attend un nombre entier d'au moins 2 ; reçu ${q(p.value)}`,
  'help.opt.gate-on': () => t`seuils vérifiés sur l'estimation ponctuelle (point, par défaut), pessimiste (toutes les réponses inconnues au pire) ou optimiste (au mieux)`,
  'help.opt.lang': (p: { langs: readonly string[] }) => t`langue des messages et du rapport (${p.langs.join(', ')} ; défaut : LANG, sinon fr)`,
  'help.opt.force': () => t`remplacer le fichier s'il existe`,
  'help.opt.answers': () => t`fichier où les réponses sont enregistrées après chaque réponse`,
  'help.opt.resume': () => t`reprendre le fichier de réponses existant sans demander`,
  'help.title.usage': () => t`Utilisation :`,
  'help.title.arguments': () => t`Arguments :`,
  'help.title.options': () => t`Options :`,
  'help.title.commands': () => t`Commandes :`,
  'help.title.examples': () => t`Exemples :`,
  'help.opt.version': () => t`afficher la version`,
  'help.opt.help': () => t`afficher l'aide`,
  'usage.unknown-option': (p: { token: string }) => t`option inconnue ${q(p.token)} (voir cocon --help)`,
  'usage.unknown-command': (p: { token: string; commands: readonly string[] }) => t`commande inconnue ${q(p.token)} ; commandes : ${p.commands.join(', ')}`,
  'form.assets-missing': (p: { file: string }) => t`la page du formulaire est introuvable (${p.file}) : cocon est incomplet, réinstallez-le (ou lancez npm run build)`,
  'export.bad-separator': (p: { value: string }) => t`--separator attend « ; », « , », « | » ou une tabulation (« \\t » ou « tab ») ; reçu ${q(p.value)}`,
  'export.per-respondent-needed': () => t`cocon export écrit une ligne par répondant (ses réponses, ses commentaires, ses propres scores) : ce sont des données par répondant, qui laissent lire les réponses d'un groupe sous le seuil de confidentialité ; ajoutez --per-respondent pour les écrire quand même (ou --attribute pour nommer aussi les répondants), et gardez le fichier pour vous. Pour des chiffres à partager : cocon score`,
  'export.per-respondent-note': () => t`ce tableau contient des données par répondant : réservé à l'animateur, à ne pas diffuser`,
  'export.xlsx-needs-out': () => t`un classeur XLSX ne s'écrit pas dans le terminal : indiquez --out FICHIER.xlsx`,
  'usage.missing-argument': (p: { token: string }) => t`argument manquant : ${p.token}`,
  'usage.option-missing-argument': (p: { token: string }) => t`l'option ${p.token} attend une valeur`,
  'usage.excess-arguments': () => t`trop d'arguments (voir cocon --help)`,
  'usage.other': (p: { detail: string }) => p.detail,
  'list.questions': (p: { count: number }) => t`${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}`,
};
