// Groups of respondents, divergence and the privacy floor, against values computed by hand on
// test/fixtures/profile.yaml (d1: q1 w0.1, q2 w0.2, q3 w0.3, yes 1 / no 0; d2: m1, m2, r1, r2).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { FIXTURES, answersFrom, questionnaireFrom } from './helpers.js';
import { runMain } from './memory-io.js';
import { fr } from './french.js';

const questionnaire = questionnaireFrom(join(FIXTURES, 'profile.yaml'));
let serial = 0;
const respondent = (actorType: string, body: Record<string, string>, name = '') =>
  answersFrom(`r${++serial}.yaml`, questionnaire, `questionnaire: { id: profil, version: 1.0.0 }\nrespondent:\n  territory: T\n  actorType: ${actorType}\n  role: Rôle ${serial}\n${name ? `  name: ${name}\n` : ''}answers:\n${Object.entries(body).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
const yes = { q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a, b, c]', m2: 'true', r1: 'true', r2: 'oui' };
const no = { q1: 'non', q2: 'non', q3: 'non', m1: '[a]', r1: 'false', r2: 'non' };

describe('groups of respondents', () => {
  it('gives each actor type its scores, and the spread between them per dimension and question', () => {
    // Collectivités answer yes everywhere (d1 100, d2 100); associations no (d1 0; d2: m1 0.7, r1 0, r2 0 over 4 → 17.5;
    // overall (0 + 17.5) / 2 = 8.75 → 8.8).
    const sets = [respondent('collectivite', yes), respondent('collectivite', yes), respondent('association', no), respondent('association', no)];
    const d = diagnose(questionnaire, sets, { minGroupSize: 2 });
    expect(d.groups).toEqual({
      by: 'actorType',
      minSize: 2,
      list: [
        { id: 'collectivite', respondents: 2, overall: 100, dimensions: [{ id: 'd1', score: 100 }, { id: 'd2', score: 100 }] },
        { id: 'association', respondents: 2, overall: 8.8, dimensions: [{ id: 'd1', score: 0 }, { id: 'd2', score: 17.5 }] },
      ],
      pooled: [],
      omitted: 0,
    });
    expect(d.divergence!.dimensions).toEqual([{ dimension: 'd1', spread: 100, label: 'divergence' }, { dimension: 'd2', spread: 82.5, label: 'divergence' }]);
    // q1..q3, r1, r2 spread 100; m1 30 (1 vs 0.7); m2 only collectivités answered (hidden for associations): no spread.
    expect(d.divergence!.questions.map((q) => [q.question, q.spread, q.label])).toEqual([
      ['q1', 100, 'divergence'], ['q2', 100, 'divergence'], ['q3', 100, 'divergence'], ['r1', 100, 'divergence'], ['r2', 100, 'divergence'], ['m1', 30, 'divergence'],
    ]);
    expect(d.divergence!.questions.find((q) => q.question === 'm1')!.groups).toEqual([
      { id: 'collectivite', score: 100, distribution: [{ key: 'a', count: 2 }, { key: 'b', count: 2 }, { key: 'c', count: 2 }], unknown: 0, notApplicable: 0 },
      { id: 'association', score: 70, distribution: [{ key: 'a', count: 2 }], unknown: 0, notApplicable: 0 },
    ]);
  });

  it('pools groups under the privacy floor as "autres", and shows nothing of a pool still too small', () => {
    const three = [respondent('collectivite', yes), respondent('collectivite', yes), respondent('collectivite', yes)];
    const pooled = diagnose(questionnaire, [...three, respondent('entreprise', no), respondent('citoyen', no), respondent('academique', no)]);
    expect(pooled.groups!.list.map((g) => [g.id, g.respondents])).toEqual([['collectivite', 3], ['autres', 3]]);
    expect(pooled.groups!.pooled).toEqual(['academique', 'citoyen', 'entreprise']);
    // The pooled respondents' own actor types appear nowhere.
    expect(pooled.respondents.slice(3)).toEqual([{ territory: 'T', group: 'autres' }, { territory: 'T', group: 'autres' }, { territory: 'T', group: 'autres' }]);
    // One group beside a remainder under the floor: the territory minus that group would be the
    // remainder, so no group is shown at all.
    const small = diagnose(questionnaire, [...three, respondent('entreprise', no), respondent('citoyen', no)]);
    expect(small.groups!.list).toEqual([]);
    expect(small.groups!.omitted).toBe(2);
    expect(small.divergence).toBeUndefined();
    expect(JSON.stringify(small)).not.toMatch(/entreprise|citoyen/);
  });

  it('complementary suppression: the smallest group shown joins a remainder under the floor, so groups cover everyone', () => {
    // 3 + 3 + 2 at the floor of 3 (the issue's eight-respondent territory): the two companies
    // alone would be the territory's tallies minus the other two groups'.
    const sets = [
      respondent('collectivite', yes), respondent('collectivite', yes), respondent('collectivite', yes),
      respondent('association', no), respondent('association', no), respondent('association', yes),
      respondent('entreprise', no), respondent('entreprise', no),
    ];
    const d = diagnose(questionnaire, sets);
    expect(d.groups!.list.map((g) => [g.id, g.respondents])).toEqual([['collectivite', 3], ['autres', 5]]);
    // The companies' type is not named: only their number.
    expect(d.groups!.pooled).toEqual(['association']);
    expect(d.groups!.unnamed).toBe(2);
    expect(JSON.stringify(d)).not.toMatch(/entreprise/);
    expect(d.groups!.omitted).toBe(0);
    expect(d.groups!.list.reduce((n, g) => n + g.respondents, 0)).toBe(sets.length);
  });

  it('when worlds disagree on what decides an advice, the action is to settle it in the workshop, whatever the privacy floor', () => {
    // q1 "non" for three collectivités, "oui" for both associations: the consolidated answer
    // (the majority of known answers) is "non", but the associations' world says there is a
    // catalyst, so "name a catalyst" would contradict it: settle q1 first.
    const withQ1 = (value: string) => ({ ...yes, q1: value });
    const sets = [
      respondent('collectivite', withQ1('non')), respondent('collectivite', withQ1('non')), respondent('collectivite', withQ1('non')),
      respondent('association', withQ1('oui')), respondent('association', withQ1('oui')),
    ];
    const actions = (minGroupSize: number) => diagnose(questionnaire, sets, { minGroupSize }).recommendations;
    const decided = (minGroupSize: number) => actions(minGroupSize).map((r) => [r.kind, r.kind === 'advice' ? r.id : r.question]);
    expect(decided(2)).toContainEqual(['settle', 'q1']);
    expect(decided(2)).not.toContainEqual(['advice', 'catalyseur']);
    // The floor changes what is shown (which views are named), never what is advised.
    expect(decided(3)).toEqual(decided(2));
    expect(decided(6)).toEqual(decided(2));
    const settle = (minGroupSize: number) => actions(minGroupSize).find((r) => r.kind === 'settle' && r.question === 'q1');
    expect(settle(2)).toMatchObject({ views: [{ group: 'collectivite', status: 'answered', choice: ['non'] }, { group: 'association', status: 'answered', choice: ['oui'] }] });
    // With a floor of 3 the associations form no group, and the collectivités' view alone would give
    // theirs by subtraction (complementary suppression, docs/referential.md): no view is named.
    expect(settle(3)).toMatchObject({ views: [] });
    // With a floor of 6 nobody forms a group: no view is named, the action stays.
    expect(settle(6)).toMatchObject({ views: [] });
  });

  it('decides on the consolidated answer, never by requiring every group: an outvoted respondent of the same world does not veto', () => {
    const withQ1 = (value: string) => ({ ...yes, q1: value });
    const sets = [respondent('collectivite', withQ1('non')), respondent('collectivite', withQ1('non')), respondent('collectivite', withQ1('oui'))];
    const ids = diagnose(questionnaire, sets).recommendations.map((r) => (r.kind === 'advice' ? r.id : r.question));
    expect(ids).toContain('catalyseur');
    // Two against two: the answers split evenly, so nothing is advised on q1 but to settle it.
    const split = diagnose(questionnaire, [...sets, respondent('collectivite', withQ1('oui'))]).recommendations;
    expect(split.map((r) => [r.kind, r.kind === 'advice' ? r.id : r.question])).toContainEqual(['settle', 'q1']);
    expect(split.some((r) => r.kind === 'advice' && r.id === 'catalyseur')).toBe(false);
  });

  it('names no respondent unless asked', () => {
    const sets = [respondent('collectivite', yes, 'Alice Martin'), respondent('association', no, 'Bob')];
    expect(JSON.stringify(diagnose(questionnaire, sets))).not.toMatch(/Alice|Bob|Rôle/);
    expect(JSON.stringify(diagnose(questionnaire, sets, { attribute: true }))).toMatch(/Alice Martin/);
  });

  it('one respondent makes no group', () => {
    const d = diagnose(questionnaire, [respondent('collectivite', yes)]);
    expect(d.groups).toBeUndefined();
    expect(d.respondents).toEqual([{ territory: 'T', group: 'collectivite', actorType: 'collectivite' }]);
  });

  it('--min-group-size is at least 2', async () => {
    const result = await runMain(['score', join(FIXTURES, 'answers/alice.yaml'), '-q', join(FIXTURES, 'mini.yaml'), '--min-group-size', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(fr('usage : --min-group-size attend un nombre entier d\'au moins 2 ; reçu « 1 »\n'));
  });
});
