// The file `cocon run` saves is the YAML a person writes by hand: serialise, read back as
// `cocon score` reads it, and get the very same answers (and so the very same diagnostic).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerSet, Respondent, Response } from '../src/core/model.js';
import { loadAnswers } from '../src/load/answers.js';
import { parseSource } from '../src/load/source.js';
import { diagnose } from '../src/score/diagnose.js';
import { answersToYaml } from '../src/template/answers-yaml.js';
import { FIXTURES, questionnaireFrom } from './helpers.js';

const mini = questionnaireFrom(join(FIXTURES, 'mini.yaml'));
const RESPONDENT: Respondent = { territory: 'Val de Brume', actorType: 'collectivite', role: 'Chargée de mission', name: 'Anne', date: '2026-03-14' };

function roundTrip(responses: Map<string, Response>, respondent: Respondent = RESPONDENT): { text: string; set: AnswerSet } {
  const text = answersToYaml({ questionnaire: { id: mini.id, version: mini.version }, respondent, responses }, mini, '../schemas/answers.schema.json');
  const parsed = parseSource('saved.yaml', Buffer.from(text, 'utf8'));
  if (!parsed.ok) throw new Error(`not YAML any more:\n${text}\n${JSON.stringify(parsed.problems)}`);
  return { text, set: loadAnswers(parsed.source, mini) };
}

/** Responses in questionnaire order, as the file holds them. */
const ordered = (responses: Map<string, Response>) => mini.questions.filter((q) => responses.has(q.id)).map((q) => [q.id, responses.get(q.id)]);

// Strings YAML would read as something else if written bare.
const TRICKY = [
  'oui', 'no', 'true', 'False', 'null', '~', '', ' ', '1.2.0', '42', '0x1F', '1e3', '.inf', '2026-03-14', '12:30:00',
  '- item', '# pas un commentaire', 'clé: valeur', "l'apostrophe", '"guillemets"', '« chevrons »', 'a #b', '[liste]', '{objet}',
  '*alias', '&ancre', '!tag', '%directive', '@arobase', '`accent grave`', '|', '>', '?', ':', ',', 'ne-sait-pas ?',
  '  indentation et fin  ', 'deux\nlignes', 'fin de ligne\n', '\ttabulation', 'é ‘’ — 🙂 中文', '\u0007cloche', 'x'.repeat(10_000),
  '---', '...', '<<', 'Yes', 'ON', 'off',
];

describe('answersToYaml', () => {
  it('writes the schema line, the questionnaire, the respondent and the answers in questionnaire order', () => {
    const responses = new Map<string, Response>([
      ['b3', { kind: 'value', value: 'Libre.' }],
      ['a2', { kind: 'value', value: ['collectivites', 'citoyens'] }],
      ['a1', { kind: 'value', value: 'catalyseur' }],
      ['b1', { kind: 'value', value: 4 }],
      ['a3', { kind: 'value', value: false }],
      ['b2', { kind: 'not-applicable' }],
    ]);
    const { text, set } = roundTrip(responses);
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../schemas/answers.schema.json',
        'questionnaire:',
        '  id: mini',
        '  version: 1.2.0',
        'respondent:',
        '  territory: Val de Brume',
        '  actorType: collectivite',
        '  role: Chargée de mission',
        '  name: Anne',
        '  date: 2026-03-14',
        'answers:',
        '  a1: catalyseur',
        '  a2:',
        '    - collectivites',
        '    - citoyens',
        '  a3: false',
        '  b1: 4',
        '  b2: non-concerne',
        '  b3: Libre.',
        '',
      ].join('\n'),
    );
    expect([...set.responses]).toEqual(ordered(responses));
    expect(set.respondent).toEqual(RESPONDENT);
    expect(set.questionnaire).toEqual({ id: 'mini', version: '1.2.0' });
  });

  it('round-trips markers, comments and evidence', () => {
    const responses = new Map<string, Response>([
      ['a1', { kind: 'unknown', comment: 'À vérifier avec le maire' }],
      ['a2', { kind: 'value', value: [], comment: 'Personne pour l’instant' }],
      ['a3', { kind: 'value', value: true, evidence: 'Délibération du 3 mai' }],
      ['b1', { kind: 'unknown' }],
      ['b2', { kind: 'not-applicable', comment: 'Pas d’expérimentation', evidence: 'Rapport annuel' }],
      ['b3', { kind: 'value', value: 'Texte', comment: 'Et un commentaire', evidence: 'https://example.org/a?b=c#d' }],
    ]);
    const { text, set } = roundTrip(responses);
    expect(text).toContain('  b1: ne-sait-pas\n');
    expect(text).toContain('  a1:\n    value: ne-sait-pas\n    comment: À vérifier avec le maire\n');
    expect([...set.responses]).toEqual(ordered(responses));
  });

  it('round-trips every string YAML could misread, in free text, comments, evidence and the respondent', () => {
    for (const tricky of TRICKY) {
      const responses = new Map<string, Response>([
        ['a1', { kind: 'value', value: 'parfois', ...(tricky.trim() ? { comment: tricky } : {}) }],
        ['b1', { kind: 'unknown', ...(tricky.trim() ? { evidence: tricky } : {}) }],
        ...(tricky && !['ne-sait-pas', 'non-concerne'].includes(tricky) ? [['b3', { kind: 'value', value: tricky }] as [string, Response]] : []),
      ]);
      const respondent: Respondent = {
        territory: tricky.trim() && tricky.length <= 200 ? tricky.trim() : 'T',
        actorType: 'autre',
        role: tricky.trim() && tricky.length <= 200 ? tricky : 'R',
        ...(tricky.trim() && tricky.length <= 200 ? { name: tricky } : {}),
      };
      const { text, set } = roundTrip(responses, respondent);
      expect([...set.responses], text).toEqual(ordered(responses));
      expect(set.respondent, text).toEqual(respondent);
    }
  });

  it('round-trips random text', () => {
    // A fixed-seed generator: the same strings on every run, so a failure can be replayed.
    let seed = 20260314;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = [...' \t\n:#-?*&!|>\'"%@`{}[],.~0123456789aeiouyéè—«»🙂\\\r/'];
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(random() * 40);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      if (!text || text === 'ne-sait-pas' || text === 'non-concerne') continue;
      const responses = new Map<string, Response>([['b3', { kind: 'value', value: text, comment: text }]]);
      const { text: yaml, set } = roundTrip(responses);
      expect([...set.responses], yaml).toEqual(ordered(responses));
    }
  });

  it('gives the same diagnostic once saved and read back', () => {
    const responses = new Map<string, Response>([
      ['a1', { kind: 'value', value: 'parfois' }],
      ['a2', { kind: 'value', value: ['associations'] }],
      ['a3', { kind: 'unknown' }],
      ['b1', { kind: 'value', value: 2 }],
      ['b2', { kind: 'value', value: 'toujours', comment: 'Chaque année' }],
    ]);
    const original: AnswerSet = { questionnaire: { id: mini.id, version: mini.version }, respondent: RESPONDENT, responses, file: 'saved.yaml' };
    const { set } = roundTrip(responses);
    expect(diagnose(mini, [set])).toEqual(diagnose(mini, [original]));
  });
});
