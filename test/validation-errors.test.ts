// One fixture per error message, with the exact `file:line:col: message` a person sees.
import { describe, expect, it } from 'vitest';
import { runMain } from './memory-io.js';
import { fr, frPattern } from './french.js';

const DIR = 'test/fixtures/errors';
const PETIT = `${DIR}/petit.yaml`;

const cases: [fixture: string, expected: string[]][] = [
  // Reading and parsing
  ['h-empty.yaml', ['1:1: le fichier est vide']],
  ['h-binary.yaml', ['2:10: le fichier contient des données binaires, pas du texte YAML ou JSON']],
  ['h-not-utf8.yaml', ["1:1: le fichier n'est pas encodé en UTF-8"]],
  ['h-too-deep.yaml', ['1:68: imbrication trop profonde (plus de 64 niveaux)']],
  ['h-alias-bomb.yaml', ["1:1: trop d'alias YAML (*ancre) : fichier refusé"]],
  ['h-multiple-documents.yaml', ['2:1: le fichier contient plusieurs documents YAML ; un seul est attendu']],
  ['h-unknown-kind.yaml', ['1:1: type de fichier inconnu : ni un questionnaire (clés « levels », « dimensions », « questions »), ni des réponses (clés « questionnaire », « respondent », « answers »), ni un diagnostic']],
  ['q-yaml-syntax.yaml', ['26:1: syntaxe YAML invalide : Sequence item without - indicator']],
  ['q-duplicate-key.yaml', ['26:5: clé en double « weight »']],
  ['q-forbidden-key.yaml', ['26:5: clé interdite « __proto__ »']],
  ['a-json-syntax.json', ['5:1: JSON invalide : Flow map must end with a }']],
  ['h-empty-key.yaml', ['8:3: clé vide : une clé doit être un texte, par exemple un identifiant']],
  ['h-collection-key.yaml', ['8:5: une clé doit être un texte, pas une liste ni une table']],
  ['h-quote-deep.yaml', ['3:74: imbrication trop profonde (plus de 64 niveaux)']],
  // Questionnaire schema
  ['q-required.yaml', ['20:5: champ obligatoire manquant : « help »']],
  ['q-unknown-field.yaml', ['25:5: champ inconnu « wieght » (champs possibles : id, dimension, type, text, help, summary, options, scale, maxScore, weight, tags, allowNotApplicable, advice, adviceClaims, whoKnows, when)']],
  ['q-type.yaml', ['25:13: attendu : un nombre ; trouvé : un texte']],
  ['q-enum.yaml', ['22:11: valeur « radio » invalide ; valeurs possibles : « single », « multiple », « scale », « yesno », « text »']],
  ['q-identifier.yaml', [
    '20:9: identifiant « Question 1 » invalide : lettres minuscules, chiffres, « - », « _ » ou « . », 64 caractères au plus',
    '38:15: identifiant « Question 1 » invalide : lettres minuscules, chiffres, « - », « _ » ou « . », 64 caractères au plus',
  ]],
  ['q-version.yaml', ['2:10: version « 1.0 » invalide : attendu une version sémantique comme 1.0.0']],
  ['q-not-allowed.yaml', ["26:5: le champ « scale » n'est pas permis ici"]],
  ['q-min-items.yaml', ['28:7: attendu au moins 2 éléments ; trouvé 1']],
  ['q-minimum.yaml', ['25:13: attendu un nombre > 0 ; trouvé -1']],
  ['q-weight-too-large.yaml', ['25:13: attendu un nombre ≤ 1000 ; trouvé 1e+308']],
  ['q-score-too-large.yaml', ['29:80: attendu un nombre ≤ 1000 ; trouvé 1e+300']],
  ['q-condition-shape.yaml', ['36:11: condition invalide : attendu { question, in | notIn | minScore | maxScore } ou { all: [...] } ou { any: [...] }']],
  // Questionnaire rules
  ['q-duplicate-id.yaml', ['30:9: identifiant en double : question « q1 »', '38:15: question inconnue « q2 » ; vouliez-vous dire « q1 » ?']],
  // A planted text whose condition lets it be shown where its words are false, caught by the proof of claims.
  ['q-claim-unproven.yaml', [
    "26:29: le conseil « confier » peut être affiché alors que ce qu'il présuppose (presumes) n'est pas établi par les réponses, par exemple : q1 = personne (3 combinaisons de réponses examinées, toutes)",
    "44:29: le conseil de la question « q2 » peut être affiché alors que les réponses contredisent ce qu'il affirme (states), par exemple : q2 = false (3 combinaisons de réponses examinées, toutes)",
  ]],
  ['q-claim-dimension.yaml', ["30:36: un texte ne déclare que des faits sur les réponses (des conditions sur des questions), pas sur le score ou le niveau d'une dimension"]],
  ['q-unknown-dimension.yaml', ['31:16: dimension inconnue « dialog » ; dimensions définies : « dialogue »']],
  ['q-unknown-impact.yaml', ['26:12: impact inconnu « confianse » ; impacts définis : « confiance »']],
  ['q-levels-order.yaml', ['14:10: les niveaux doivent être rangés par minimum croissant : « haut » a un minimum de 0, pas plus que le niveau précédent (0)']],
  ['q-first-level-zero.yaml', ["11:10: le premier niveau doit avoir un minimum de 0 (trouvé 10) : sinon un score faible n'aurait aucun niveau"]],
  ['q-condition-later.yaml', ["26:23: la condition porte sur « q2 », qui n'est pas une question précédente"]],
  ['q-condition-value.yaml', ["36:32: la valeur « catalyst » n'est pas une réponse possible à « q1 » ; réponses possibles : personne, catalyseur"]],
  ['q-requirement-first-level.yaml', ['37:12: une exigence sur le premier niveau « bas » le rendrait inatteignable']],
  ['q-requirement-unknown-level.yaml', ['37:12: niveau inconnu « tres-haut » ; niveaux définis : « bas », « haut »']],
  ['q-requirement-unknown-question.yaml', ['38:15: question inconnue « q11 » ; vouliez-vous dire « q1 » ?']],
  ['q-foundation-unknown-question.yaml', ['39:15: question inconnue « q11 » ; vouliez-vous dire « q1 » ?', '41:15: identifiant en double : fondation « q1 »']],
  ['q-missing-language.yaml', ['4:8: texte sans version anglaise alors que le questionnaire déclare cette langue']],
  ['q-reserved-option.yaml', ['28:15: « ne-sait-pas » est réservé aux réponses « je ne sais pas » / « non concerné »']],
  ['q-max-score-too-high.yaml', ['23:15: maxScore (5) dépasse la somme des scores des options (2) : la note maximale serait inatteignable']],
  ['q-scale-order.yaml', ['35:12: échelle invalide : min (5) doit être inférieur à max (1)']],
  ['q-best-score-zero.yaml', [
    '28:7: au moins une option doit avoir un score supérieur à 0',
    "39:15: exigence inatteignable : aucune réponse à « q1 » n'atteint le score 1",
  ]],
  // Answers
  ['a-required.yaml', ['3:3: champ obligatoire manquant : « role »']],
  ['a-actor-type.yaml', ['4:14: valeur « mairie » invalide ; valeurs possibles : « collectivite », « association », « entreprise », « academique », « citoyen », « autre »']],
  ['a-date.yaml', ['6:9: date « 14/03/2026 » invalide : attendu AAAA-MM-JJ, par exemple 2026-03-14']],
  ['a-calendar-date.yaml', ['6:9: date « 2026-13-45 » invalide : attendu AAAA-MM-JJ, par exemple 2026-03-14']],
  // Blank is not a name (issue 21, item 7): before, "   " was accepted and became an empty territory.
  ['a-blank-names.yaml', [
    "3:14: rien que des espaces : un nom est attendu (un territoire, un rôle ou un nom n'est jamais vide)",
    "5:9: rien que des espaces : un nom est attendu (un territoire, un rôle ou un nom n'est jamais vide)",
    "6:9: rien que des espaces : un nom est attendu (un territoire, un rôle ou un nom n'est jamais vide)",
  ]],
  ['a-escape-in-value.yaml', ['4:14: valeur « mai␛]0;pwned␇␛[2J rie » invalide ; valeurs possibles : « collectivite », « association », « entreprise », « academique », « citoyen », « autre »']],
  ['a-several-errors.yaml', [
    '4:14: valeur « mairie » invalide ; valeurs possibles : « collectivite », « association », « entreprise », « academique », « citoyen », « autre »',
    '6:9: date « 2026-02-30 » invalide : attendu AAAA-MM-JJ, par exemple 2026-03-14',
    "8:7: « catalyst » n'est pas une option de cette question ; options possibles : personne, catalyseur",
    '9:7: attendu un nombre entier de 1 à 5',
    '10:3: question inconnue « q3 » ; vouliez-vous dire « q1 » ?',
  ]],
  ['a-unknown-field.yaml', ['8:28: champ inconnu « commentaire » (champs possibles : value, comment, evidence)']],
  ['a-not-an-option.yaml', ["8:7: « catalyst » n'est pas une option de cette question ; options possibles : personne, catalyseur"]],
  ['a-expected-option.yaml', ['8:7: attendu une option parmi : personne, catalyseur']],
  ['a-expected-scale.yaml', ['9:7: attendu un nombre entier de 1 à 5']],
  ['a-not-applicable-refused.yaml', ["9:7: « non-concerne » n'est pas permis pour cette question"]],
  ['a-unknown-question.yaml', ['9:3: question inconnue « q22 » ; vouliez-vous dire « q2 » ?']],
  ['a-version-mismatch.yaml', ['1:38: ces réponses sont pour la version 2.0.0 de « petit » ; la version chargée est 1.0.0']],
  ['a-questionnaire-not-found.yaml', ['1:22: ces réponses sont pour le questionnaire « inconnu », pas pour « petit »']],
];

describe('cocon validate: one fixture per message', () => {
  it.each(cases)('%s', async (fixture, expected) => {
    const file = `${DIR}/${fixture}`;
    const result = await runMain(['validate', file, '--questionnaire', PETIT]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(expected.map((e) => `${file}:${fr(e)}`));
    expect(lines.at(-1)).toBe(fr(`${expected.length} ${expected.length === 1 ? 'erreur' : 'erreurs'} dans 1 fichier`));
  });

  it('reports every error of every file in one run', async () => {
    const files = ['q-type.yaml', 'q-enum.yaml', 'a-date.yaml'].map((f) => `${DIR}/${f}`);
    const result = await runMain(['validate', ...files, '--questionnaire', PETIT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('3 erreurs dans 3 fichiers');
  });

  it('speaks English with --lang en', async () => {
    const result = await runMain(['validate', `${DIR}/a-not-an-option.yaml`, '--questionnaire', PETIT, '--lang', 'en']);
    expect(result.stderr).toContain('8:7: "catalyst" is not an option of this question; possible options: personne, catalyseur');
  });

  it('accepts valid files and says so on stderr only', async () => {
    const result = await runMain(['validate', PETIT, `${DIR}/a-valid.yaml`]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: fr(`${PETIT} : questionnaire valide\n${DIR}/a-valid.yaml : réponses valide\n`),
    });
  });

  it('without --questionnaire, an unknown questionnaire id is located in the answers file', async () => {
    const result = await runMain(['validate', `${DIR}/a-questionnaire-not-found.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(frPattern(/^test\/fixtures\/errors\/a-questionnaire-not-found\.yaml:1:22: questionnaire « inconnu » introuvable/));
  });

  it('one hostile file never stops the others from being checked', async () => {
    const result = await runMain(['validate', `${DIR}/h-too-deep.yaml`, `${DIR}/h-too-deep.yaml`, `${DIR}/h-alias-bomb.yaml`, PETIT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fr(`${PETIT} : questionnaire valide`));
    expect(result.stderr).toContain('3 erreurs dans 2 fichiers');
  });
});
