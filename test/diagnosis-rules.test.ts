// The rules that keep a diagnostic from contradicting its answers, against values computed by
// hand on test/fixtures/profile.yaml: d1 = q1 (w 0.1), q2 (0.2), q3 (0.3), yes = 1 / no = 0;
// d2 = m1 (multiple 0.7/0.1/0.2, cap 1), m2 (yes/no, only when m1 ≥ 0.8), r1 (yes/no), r2 (w 2,
// 0/1/2). Levels debut 0, milieu 50, haut 80; haut in d1 needs q3 = yes; minCoverage 50.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { summarize } from '../src/score/aggregate.js';
import { visibility } from '../src/questions/conditions.js';
import { evaluateGates, parseGates } from '../src/score/gates.js';
import { say } from '../src/i18n/messages.js';
import { FIXTURES, answersFrom, questionnaireFrom } from './helpers.js';
import { fr } from './french.js';

const questionnaire = questionnaireFrom(join(FIXTURES, 'profile.yaml'));
const answers = (body: Record<string, string>, respondent = 'territory: T\n  actorType: citoyen\n  role: R', file = 'inline.yaml') =>
  answersFrom(file, questionnaire, `questionnaire: { id: profil, version: 1.0.0 }\nrespondent:\n  ${respondent}\nanswers:\n${Object.entries(body).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
const ALL_D2 = { m1: '[a, b, c]', m2: 'true', r1: 'true', r2: 'oui' };
const dim = (d: ReturnType<typeof diagnose>, id: string) => d.dimensions.find((x) => x.id === id)!;
const gates = (d: ReturnType<typeof diagnose>, options: Parameters<typeof parseGates>[0]) => evaluateGates(d, parseGates(options), 'fr').map((m) => say(m, 'fr'));

describe('one comparison rule: values compared as shown', () => {
  it('a dimension whose exact score is 50 (0.3 / (0.1 + 0.2 + 0.3)) reaches the level at 50, and --fail-under 50 agrees', () => {
    // In floating point 100 · 0.3 / 0.6000000000000001 = 49.99999999999999.
    expect(summarize([{ weight: 0.1, status: 'answered', score: 0 }, { weight: 0.2, status: 'answered', score: 0 }, { weight: 0.3, status: 'answered', score: 1 }]).score).toBeLessThan(50);
    const d = diagnose(questionnaire, [answers({ q1: 'non', q2: 'non', q3: 'oui', ...ALL_D2 })]);
    expect(dim(d, 'd1').score).toBe(50);
    expect(dim(d, 'd1').level).toBe('milieu');
    expect(gates({ ...d, overall: { ...d.overall, score: dim(d, 'd1').score } }, { failUnder: '50' })).toEqual([]);
  });

  it('ticked options worth 0.7 + 0.1 meet a condition at 0.8', () => {
    const set = answers({ m1: '[a, b]' });
    expect(0.7 + 0.1).toBeLessThan(0.8);
    expect(visibility(questionnaire.questions, set.responses).get('m2')).toBe(true);
    expect(visibility(questionnaire.questions, answers({ m1: '[a]' }).responses).get('m2')).toBe(false);
  });

  it('a range exactly 20 points wide is flagged; 19.9 is not', () => {
    // d2 applicable weight 5 (m1 1, m2 1, r1 1, r2 2); r1 unknown → range width 100 · 1 / 5 = 20.
    const wide = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a, b, c]', m2: 'true', r1: 'ne-sait-pas', r2: 'oui' })]);
    expect(dim(wide, 'd2').range).toEqual({ low: 80, high: 100 });
    expect(wide.warnings).toContainEqual({ code: 'wide-range', dimension: 'd2', low: 80, high: 100 });
    const narrow = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a]', r1: 'true', r2: 'oui' })]);
    expect(narrow.warnings.filter((w) => w.code === 'wide-range')).toEqual([]);
  });
});

describe('levels with their certainty', () => {
  it('established when every unknown at its worst or best gives the same level', () => {
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', ...ALL_D2 })]);
    expect(dim(d, 'd1').certainty).toEqual({ status: 'established', low: 'haut', high: 'haut', deciding: [] });
  });

  it('an unknown required answer no longer blocks silently: the level is to confirm, and says which question decides', () => {
    // d1: q1, q2 yes; q3 unknown → score 100 over weight 0.3, coverage 50 %; as answered: haut (the
    // unknown requirement does not block); worst: 30 / 0.6 = 50 and q3 = 0 → milieu; best: 100 → haut.
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'ne-sait-pas', ...ALL_D2 })]);
    const d1 = dim(d, 'd1');
    expect([d1.score, d1.coverage, d1.level]).toEqual([100, 50, 'haut']);
    expect(d1.certainty).toEqual({ status: 'to-confirm', low: 'milieu', high: 'haut', deciding: ['q3'] });
    expect(d1.requirements[0]!.status).toBe('unknown');
  });

  it('under the minimum coverage there is no level, only the range, and level gates fail saying why', () => {
    // d2: only r1 answered; m2 hidden (m1 not answered) → weight 1 of 4 applicable → coverage 25 % < 50 %.
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', r1: 'true' })]);
    const d2 = dim(d, 'd2');
    expect([d2.score, d2.coverage, d2.level]).toEqual([100, 25, null]);
    expect(d2.certainty).toEqual({ status: 'insufficient-data', low: 'debut', high: 'haut', deciding: [] });
    expect(d.warnings).toContainEqual({ code: 'insufficient-data', dimension: 'd2', value: 25 });
    expect(gates(d, { minLevel: ['d2=debut'] })).toEqual([fr('Expériences : données insuffisantes (couverture 25 % < minimum 50 %), --min-level ne peut pas être vérifié')]);
  });

  it('two answered questions out of seven give no overall level and fail --fail-under 100', () => {
    const d = diagnose(questionnaire, [answers({ q3: 'oui', r1: 'true' })]);
    expect(d.overall.score).toBe(100);
    expect(d.overall.level).toBeNull();
    expect(d.overall.certainty?.status).toBe('insufficient-data');
    expect(gates(d, { failUnder: '100', minLevel: ['overall=debut'] })).toHaveLength(2);
  });

  it('--gate-on pessimistic and optimistic gate on the ends of the range', () => {
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'ne-sait-pas', ...ALL_D2 })]);
    expect(gates(d, { minLevel: ['d1=haut'] })).toEqual([]);
    expect(gates(d, { minLevel: ['d1=haut'], gateOn: 'pessimistic' })).toEqual([fr('Fondations : niveau Milieu, en dessous du niveau exigé Haut')]);
    expect(gates(d, { minLevel: ['d1=haut'], gateOn: 'optimistic' })).toEqual([]);
  });
});

describe('the overall level', () => {
  it('is no higher than the weighted median of the dimensions', () => {
    // d1 = 100 (haut), d2 = (1 + 1 + 1 + 2·0.5)/5 = 80 … use r2 partly: d2 = 100·4/5 = 80 → haut. Make d2 milieu:
    // m1 [a] 0.7, m2 hidden, r1 yes, r2 partly 0.5 → (0.7 + 1 + 1)/4 = 67.5 → milieu. Overall (100 + 67.5)/2 = 83.75 → haut by score,
    // but the lower weighted median of (haut, milieu) with equal weights is milieu.
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a]', r1: 'true', r2: 'partiel' })]);
    expect([dim(d, 'd1').level, dim(d, 'd2').score, dim(d, 'd2').level]).toEqual(['haut', 67.5, 'milieu']);
    expect(d.overall.score).toBe(83.8);
    expect(d.overall.level).toBe('milieu');
  });
});

describe('recommendations that follow from the answers', () => {
  it('foundations first: advice waiting on q1 and q2 comes after theirs, whatever its gain', () => {
    const d = diagnose(questionnaire, [answers({ q1: 'non', q2: 'non', q3: 'non', ...ALL_D2 })]);
    // gains over d1's applicable weight 0.6, overall weight 1/2: q1 100·0.1/0.6/2 = 8.3, q2 16.7, q3 25.
    expect(d.recommendations.map((r) => (r.kind === 'advice' ? [r.id, r.gain] : r.kind === 'question' ? [r.question, r.gain] : [r.question]))).toEqual([
      ['diagnostic', 16.7],
      ['catalyseur', 8.3],
      ['strategie', 25],
    ]);
  });

  it('advice is never given for what the answers say is done', () => {
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'non', q3: 'non', ...ALL_D2 })]);
    expect(d.recommendations.map((r) => (r.kind === 'advice' ? r.id : r.question))).not.toContain('catalyseur');
  });

  it('a gain is counted over the applicable weight, so it cannot explode at low coverage', () => {
    // d2: r1 = no answered, m1 and r2 unknown (m2 hidden): applicable 1 + 1 + 2 = 4 → r1 gain 100·1/4 = 25 in d2, 12.5 overall.
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: 'ne-sait-pas', r1: 'false', r2: 'ne-sait-pas' })]);
    expect(d.recommendations.find((r) => r.kind === 'question' && r.question === 'r1')).toMatchObject({ gain: 12.5 });
  });

  it('a pattern across dimensions says what triggered it', () => {
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a]', r1: 'false', r2: 'oui' })]);
    expect(d.patterns).toEqual([{
      id: 'dialogue-sans-experience',
      text: { fr: 'Transformer un défi en première expérience.', en: 'Turn a challenge into a first experiment.' },
      triggers: [{ dimension: 'd1', score: 100, level: 'haut' }, { question: 'r1', score: 0 }],
    }]);
    expect(d.recommendations.map((r) => (r.kind === 'advice' ? r.id : r.question))[0]).toBe('premiere-experience');
  });

  it('with several respondents, an answer condition holds when at least half of those who answered say so', () => {
    const no = (name: string) => answers({ q1: 'non', q2: 'oui', q3: 'oui', ...ALL_D2 }, `territory: T\n  actorType: citoyen\n  role: ${name}`);
    const yes = (name: string) => answers({ q1: 'oui', q2: 'oui', q3: 'oui', ...ALL_D2 }, `territory: T\n  actorType: citoyen\n  role: ${name}`);
    const ids = (d: ReturnType<typeof diagnose>) => d.recommendations.map((r) => (r.kind === 'advice' ? r.id : r.question));
    expect(ids(diagnose(questionnaire, [no('a'), yes('b'), yes('c')]))).not.toContain('catalyseur');
    expect(ids(diagnose(questionnaire, [no('a'), no('b'), yes('c')]))).toContain('catalyseur');
  });
});

describe('what to check before the workshop', () => {
  it('lists unknown answers, the one that can move a level first, with who may know', () => {
    // d2: r2 (w 2) unknown, r1 unknown: r2 at worst/best moves d2 between (0.7+0.1+0.2 → 1, m2 1, r1 ?) …
    const d = diagnose(questionnaire, [answers({ q1: 'oui', q2: 'oui', q3: 'oui', m1: '[a, b, c]', m2: 'true', r1: 'ne-sait-pas', r2: 'ne-sait-pas' })]);
    // As answered d2 = 100 over m1, m2 (coverage 40 % < 50: no level). r2 alone: worst (1+1+0)/4 = 50, best 100 → 50 pts;
    // r1 alone: worst (1+1+0)/3 = 66.7, best 100 → 33.3 pts; with r2 settled coverage is 80 %: milieu or haut.
    expect(d.checkBefore).toEqual([
      { question: 'r2', dimension: 'd2', respondents: [0], swing: 50, levels: { low: 'milieu', high: 'haut' }, whoKnows: ['entreprise'] },
      { question: 'r1', dimension: 'd2', respondents: [0], swing: 33.3, levels: { low: 'milieu', high: 'haut' } },
    ]);
  });
});

describe('the same answers given twice', () => {
  it('count once, with a warning naming the copy', () => {
    const a = answers({ q1: 'oui', q2: 'oui', q3: 'oui', ...ALL_D2 }, undefined, 'a.yaml');
    const b = answers({ q1: 'oui', q2: 'oui', q3: 'oui', ...ALL_D2 }, undefined, 'copie-de-a.yaml');
    const d = diagnose(questionnaire, [a, b]);
    expect(d.respondents).toHaveLength(1);
    expect(d.warnings).toContainEqual({ code: 'duplicate-answers', respondent: 0, names: ['copie-de-a.yaml'] });
  });
});
