// Scoring math against values computed by hand from test/fixtures/mini.yaml.
// a1 single (w2; options 0/1/4), a2 multiple (w1; four options of 1, maxScore 3),
// a3 yes/no (w1; only when a1 ≠ personne), b1 scale 1..5 (w3), b2 single (w1; 0/1/2; n/a allowed), b3 text.
// Dimensions: alpha (weight 2: a1, a2, a3), beta (weight 1: b1, b2). Levels: debut 0, milieu 40, haut 75.
// Requirements: haut needs a1 ≥ 1 (alpha); milieu needs b2 ≥ 0.5 (beta).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { diagnose } from '../src/score/diagnose.js';
import { round1, summarize } from '../src/score/aggregate.js';
import { FIXTURES, answersFrom, questionnaireFrom } from './helpers.js';

const questionnaire = questionnaireFrom(join(FIXTURES, 'mini.yaml'));
const answers = (body: string, respondent = 'territory: T\n  actorType: citoyen\n  role: R') =>
  answersFrom('inline.yaml', questionnaire, `questionnaire: { id: mini, version: 1.2.0 }\nrespondent:\n  ${respondent}\nanswers:\n${body}`);
const dimension = (d: ReturnType<typeof diagnose>, id: string) => d.dimensions.find((x) => x.id === id)!;

describe('scoring one respondent', () => {
  it('alice: weighted means, levels and impacts', () => {
    const d = diagnose(questionnaire, [answersFrom(join(FIXTURES, 'answers/alice.yaml'), questionnaire)]);
    // alpha = 100·(2·1/4 + 1·2/3 + 1·1) / 4 = 54.1666…
    expect(dimension(d, 'alpha').score).toBe(54.2);
    expect(dimension(d, 'alpha').level).toBe('milieu');
    // beta = 100·(3·3/4 + 1·1/2) / 4 = 68.75
    expect(dimension(d, 'beta').score).toBe(68.8);
    expect(dimension(d, 'beta').level).toBe('milieu');
    // overall = (2·54.1666 + 1·68.75) / 3 = 59.0277…
    expect(d.overall.score).toBe(59);
    expect(d.overall.level).toBe('milieu');
    expect(d.overall.coverage).toBe(100);
    // performance: a1 (2, 1/4), a3 (1, 1), b1 (3, 3/4) → 3.75/6; confiance: a1, a2 (1, 2/3), b2 (1, 1/2) → 1.6666/4
    expect(d.impacts.map((i) => [i.id, i.score])).toEqual([['performance', 62.5], ['confiance', 41.7]]);
  });

  it('"je ne sais pas" lowers coverage, not the score, and opens a range', () => {
    const d = diagnose(questionnaire, [answers('  a1: catalyseur\n  a2: ne-sait-pas\n  a3: true\n  b1: 5\n  b2: toujours')]);
    const alpha = dimension(d, 'alpha');
    // answered: a1 (2, 1), a3 (1, 1) → 100; unknown: a2 (weight 1) → coverage 3/4
    expect(alpha.score).toBe(100);
    expect(alpha.coverage).toBe(75);
    // range: worst 300/4 = 75, best 400/4 = 100
    expect(alpha.range).toEqual({ low: 75, high: 100 });
    expect(alpha.counts).toEqual({ answered: 2, unknown: 1, notApplicable: 0, unanswered: 0 });
  });

  it('a multiple choice answered in part scores what is ticked; its range reaches what the unticked options could add', () => {
    const d = diagnose(questionnaire, [answers('  a1: catalyseur\n  a2: [collectivites, ne-sait-pas]\n  a3: true\n  b1: 5\n  b2: toujours')]);
    const alpha = dimension(d, 'alpha');
    // a1 (2, 1), a2 (1, 1/3 known; at best min(1 + 3, 3)/3 = 1), a3 (1, 1) → 100·(2 + 1/3 + 1)/4 = 83.33…
    expect(alpha.score).toBe(83.3);
    // answered, so coverage stays whole; the range opens only above: 100·(2 + 1 + 1)/4 = 100
    expect(alpha.coverage).toBe(100);
    expect(alpha.range).toEqual({ low: 83.3, high: 100 });
    const a2 = alpha.questions.find((q) => q.id === 'a2')!;
    expect(a2.score).toBe(33.3);
    expect(a2.responses[0]).toMatchObject({ status: 'answered', choice: ['collectivites', 'ne-sait-pas'] });
    expect(a2.options?.map((o) => o.id)).toEqual(['collectivites', 'ne-sait-pas']);
  });

  it('"non concerné" leaves the applicable weight entirely', () => {
    const d = diagnose(questionnaire, [answers('  a1: catalyseur\n  a2: [collectivites]\n  a3: true\n  b1: 3\n  b2: non-concerne')]);
    const beta = dimension(d, 'beta');
    // only b1 counts: (3-1)/4 = 0.5
    expect(beta.score).toBe(50);
    expect(beta.coverage).toBe(100);
    expect(beta.range).toEqual({ low: 50, high: 50 });
    // the milieu requirement on b2 is waived, so milieu (≥ 40) holds
    expect(beta.requirements[0]!.status).toBe('waived');
    expect(beta.level).toBe('milieu');
  });

  it('a hidden conditional question is not applicable, and an answer to it is ignored with a warning', () => {
    const d = diagnose(questionnaire, [answers('  a1: personne\n  a2: [collectivites, associations, entreprises, citoyens]\n  a3: true\n  b1: 1\n  b2: jamais')]);
    const alpha = dimension(d, 'alpha');
    // a1 (2, 0), a2 (1, min(4,3)/3 = 1); a3 hidden → 100·1/3
    expect(alpha.score).toBe(33.3);
    expect(alpha.counts.notApplicable).toBe(1);
    expect(d.warnings).toContainEqual({ code: 'answer-ignored', question: 'a3', respondent: 0 });
  });

  it('requirements cap the level even when the score is high enough', () => {
    // alpha: a1 parfois (2, 1/4), a2 all (1, 1), a3 true (1, 1) → 100·2.5/4 = 62.5 → milieu
    // beta: b1 5 (3, 1), b2 jamais (1, 0) → 75, but milieu needs b2 ≥ 0.5 → debut
    const d = diagnose(questionnaire, [answers('  a1: parfois\n  a2: [collectivites, associations, entreprises]\n  a3: true\n  b1: 5\n  b2: jamais')]);
    expect(dimension(d, 'alpha').score).toBe(62.5);
    expect(dimension(d, 'beta').score).toBe(75);
    expect(dimension(d, 'beta').level).toBe('debut');
    expect(dimension(d, 'beta').requirements[0]!.status).toBe('unmet');
  });

  it('reaches the top level only when its requirement holds', () => {
    const d = diagnose(questionnaire, [answers('  a1: catalyseur\n  a2: [collectivites, associations, entreprises]\n  a3: true\n  b1: 5\n  b2: toujours')]);
    expect(dimension(d, 'alpha').level).toBe('haut');
    expect(d.overall.score).toBe(100);
    expect(d.overall.level).toBe('haut');
    expect(d.recommendations.filter((r) => r.kind === 'question')).toEqual([]);
  });

  it('nothing answered: null scores, no level, a warning per dimension', () => {
    const d = diagnose(questionnaire, [answers('  a1: ne-sait-pas')]);
    expect(d.overall.score).toBeNull();
    expect(d.overall.level).toBeNull();
    expect(d.overall.coverage).toBe(0);
    expect(d.warnings.filter((w) => w.code === 'no-score').map((w) => w.dimension)).toEqual(['alpha', 'beta']);
    // a1 unknown; a2 unanswered; a3 visible (notIn holds when a1 is unknown) and unanswered
    expect(d.warnings).toContainEqual({ code: 'unanswered', respondent: 0, value: 4 });
    expect(dimension(d, 'alpha').range).toEqual({ low: 0, high: 100 });
  });

  it('recommendations: the advice of the level reached (1.0 form), then questions by overall points gained', () => {
    const d = diagnose(questionnaire, [answersFrom(join(FIXTURES, 'answers/alice.yaml'), questionnaire)]);
    // gain = 100 · (dimension weight / 3) · w · (1 − s) / applicable weight of the dimension (all answered: 4)
    // a1: 100·(2/3)·2·0.75/4 = 25; b1: 100·(1/3)·3·0.25/4 = 6.25; a2: 100·(2/3)·1·(1/3)/4 = 5.56; b2 (4.17) carries no advice of its own: left out
    expect(d.recommendations.map((r) => (r.kind === 'question' ? [r.question, r.gain] : r.kind === 'advice' ? [r.id, r.dimension] : [r.kind]))).toEqual([
      ['alpha-next-milieu', 'alpha'],
      ['beta-next-milieu', 'beta'],
      ['a1', 25],
      ['b1', 6.3],
      ['a2', 5.6],
    ]);
  });
});

describe('several respondents', () => {
  it('means per question, then dimensions; min and max per respondent', () => {
    const alice = answersFrom(join(FIXTURES, 'answers/alice.yaml'), questionnaire);
    const bob = answersFrom(join(FIXTURES, 'answers/bob.yaml'), questionnaire);
    const d = diagnose(questionnaire, [alice, bob]);
    const alpha = dimension(d, 'alpha');
    // a1: mean(1/4, 1) = 0.625; a2: alice only 2/3; a3: mean(1, 0) = 0.5
    // alpha = 100·(2·0.625 + 0.6667 + 0.5)/4 = 60.4166…
    expect(alpha.score).toBe(60.4);
    // alice alpha 54.17; bob alpha: a1 (2,1), a3 (1,0), a2 unknown → 100·2/3 = 66.67
    // mean coverage per respondent: alice 100 %, bob (2 + 1) / 4 = 75 % (a2 unknown) → 87.5
    // The lowest and highest are single respondents' scores: only in a per-respondent diagnostic.
    expect(alpha.respondents).toEqual({ count: 2, meanCoverage: 87.5 });
    expect(dimension(diagnose(questionnaire, [alice, bob], { perRespondent: true }), 'alpha').respondents).toEqual({ count: 2, min: 54.2, max: 66.7, meanCoverage: 87.5 });
    // b1: mean(3/4, 1/4) = 0.5; b2: alice 1/2 (bob n/a) → beta = 100·(1.5 + 0.5)/4 = 50
    expect(dimension(d, 'beta').score).toBe(50);
    // alice beta 68.75; bob beta: b1 only → 25
    // coverage: alice 100 %, bob 100 % (b2 not applicable leaves his applicable weight)
    expect(dimension(diagnose(questionnaire, [alice, bob], { attribute: true }), 'beta').respondents).toEqual({ count: 2, min: 25, max: 68.8, meanCoverage: 100 });
    expect(dimension(d, 'beta').respondents).toEqual({ count: 2, meanCoverage: 100 });
    // One respondent per actor type: both under the privacy floor, pooled, their types not shown.
    expect(d.respondents.map((r) => [r.group, r.actorType])).toEqual([['autres', undefined], ['autres', undefined]]);
    expect(d.date).toBe('2026-03-20');
  });

  it('a partial answer beside a "je ne sais pas": the range runs from what is known to everything', () => {
    const one = answers('  a1: catalyseur\n  a2: [collectivites, associations, ne-sait-pas]\n  a3: true', 'territory: T\n  actorType: citoyen\n  role: R1');
    const two = answers('  a1: catalyseur\n  a2: ne-sait-pas\n  a3: true', 'territory: T\n  actorType: association\n  role: R2');
    const alpha = dimension(diagnose(questionnaire, [one, two]), 'alpha');
    // a2: score 2/3 (the one who answered); low (2/3 + 0)/2 = 1/3; high (1 + 1)/2 = 1
    // alpha = 100·(2 + 2/3 + 1)/4 = 91.67; low 100·(2 + 1/3 + 1)/4 = 83.33; high 100
    expect(alpha.score).toBe(91.7);
    expect(alpha.range).toEqual({ low: 83.3, high: 100 });
  });

  it('warns when respondents name different territories', () => {
    const one = answers('  a1: parfois', 'territory: Nord\n  actorType: citoyen\n  role: R');
    const two = answers('  a1: parfois', 'territory: Sud\n  actorType: citoyen\n  role: R');
    const d = diagnose(questionnaire, [one, two]);
    expect(d.warnings).toContainEqual({ code: 'territories-differ', names: ['Nord', 'Sud'] });
  });
});

describe('aggregate helpers', () => {
  it('rounds half up at one decimal, whatever binary floating point does', () => {
    expect(round1(0.15)).toBe(0.2);
    expect(round1(68.75)).toBe(68.8);
    expect(round1(54.1666)).toBe(54.2);
  });

  it('summarize keeps unknowns out of the score but in the range', () => {
    expect(summarize([
      { weight: 1, status: 'answered', score: 1 },
      { weight: 1, status: 'unknown', score: null },
      { weight: 5, status: 'not-applicable', score: null },
    ])).toEqual({ score: 100, coverage: 50, range: { low: 50, high: 100 }, answeredWeight: 1, unknownWeight: 1, applicableWeight: 2 });
  });
});
