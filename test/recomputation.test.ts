// The scoring points an independent re-computation found (issue 19, item 9), each against values
// computed by hand. `custom`: one dimension d (weight 1), levels bas 0 and haut 70, minCoverage 0;
// s1 single (w 1; options 1/2/3, so scores 1/3, 2/3, 1; advice), y1 yes/no (w 1; no advice),
// m1 multiple (w 1; two options of 1; advice).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { evaluateGates, parseGates } from '../src/score/gates.js';
import { say } from '../src/i18n/messages.js';
import { loadQuestionnaire } from '../src/load/questionnaire.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { ROOT, answersFrom, sourceOf } from './helpers.js';

const CUSTOM = `id: custom
version: 1.0.0
languages: [fr, en]
title: { fr: Sur mesure, en: Custom }
minCoverage: 0
levels:
  - { id: bas, label: { fr: Bas, en: Low }, min: 0 }
  - { id: haut, label: { fr: Haut, en: High }, min: 70 }
dimensions:
  - { id: d, label: { fr: D, en: D }, weight: 1 }
questions:
  - id: s1
    dimension: d
    type: single
    text: { fr: S1, en: S1 }
    help: { fr: H, en: H }
    advice: { fr: Conseil S1., en: Advice S1. }
    options:
      - { id: un, label: { fr: Un, en: One }, score: 1 }
      - { id: deux, label: { fr: Deux, en: Two }, score: 2 }
      - { id: trois, label: { fr: Trois, en: Three }, score: 3 }
  - { id: y1, dimension: d, type: yesno, text: { fr: Y1, en: Y1 }, help: { fr: H, en: H } }
  - id: m1
    dimension: d
    type: multiple
    text: { fr: M1, en: M1 }
    help: { fr: H, en: H }
    advice: { fr: Conseil M1., en: Advice M1. }
    options:
      - { id: a, label: { fr: A, en: A }, score: 1 }
      - { id: b, label: { fr: B, en: B }, score: 1 }
`;
const custom = loadQuestionnaire(sourceOf('custom.yaml', CUSTOM));
const customAnswers = (body: Record<string, string>, role = 'R') =>
  answersFrom('inline.yaml', custom, `questionnaire: { id: custom, version: 1.0.0 }\nrespondent: { territory: T, actorType: citoyen, role: ${role} }\nanswers:\n${Object.entries(body).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);

describe('an unknown answer ranges from the worst to the best option, not from 0 to 1', () => {
  it('a single choice whose lowest option scores 1 of 3: the range starts at 1/3, and the level is established', () => {
    // s1 unknown, y1 yes, m1 both: answered 100 over weight 2. Range: worst (1/3 + 1 + 1)/3 = 77.8 (not
    // (0 + 1 + 1)/3 = 66.7), best 100; both ends at haut (≥ 70), so the level is established (with 0 it was 66.7: bas, to confirm).
    const d = diagnose(custom, [customAnswers({ s1: 'ne-sait-pas', y1: 'true', m1: '[a, b]' })]);
    const dim = d.dimensions[0]!;
    expect(dim.range).toEqual({ low: 77.8, high: 100 });
    expect(dim.certainty).toEqual({ status: 'established', low: 'haut', high: 'haut', deciding: [] });
  });

  it('with several respondents, those who did not know count at the worst option', () => {
    // s1: one "un" (1/3), one unknown → low (1/3 + 1/3)/2 = 1/3, high (1/3 + 1)/2 = 2/3; y1, m1 known at 1.
    // Dimension range: worst (1/3 + 1 + 1)/3 = 77.8, best (2/3 + 1 + 1)/3 = 88.9.
    const d = diagnose(custom, [customAnswers({ s1: 'un', y1: 'true', m1: '[a, b]' }, 'A'), customAnswers({ s1: 'ne-sait-pas', y1: 'true', m1: '[a, b]' }, 'B')]);
    expect(d.dimensions[0]!.range).toEqual({ low: 77.8, high: 88.9 });
  });
});

describe('recommendations', () => {
  it('a question without its own advice is not recommended, however much it would gain', () => {
    // s1 "un" (1/3), y1 no (0), m1 [a] (1/2): gains over the applicable weight 3: s1 100·(2/3)/3 = 22.2,
    // y1 33.3 (no advice: left out), m1 16.7.
    const d = diagnose(custom, [customAnswers({ s1: 'un', y1: 'false', m1: '[a]' })]);
    expect(d.recommendations.map((r) => (r.kind === 'question' ? [r.question, r.gain] : [r.kind]))).toEqual([['s1', 22.2], ['m1', 16.7]]);
  });

  // big (yes/no, weight 999, answered yes) and small (single 0/1/2, weight w, answered "mi" = 1/2):
  // small's gain = 100 · w · 1/2 / (999 + w).
  const gainQuestionnaire = (w: number) => loadQuestionnaire(sourceOf('gain.yaml', `id: gain
version: 1.0.0
languages: [fr]
title: { fr: Gain }
levels: [{ id: bas, label: { fr: Bas }, min: 0 }, { id: haut, label: { fr: Haut }, min: 50 }]
dimensions: [{ id: d, label: { fr: D }, weight: 1 }]
questions:
  - { id: big, dimension: d, type: yesno, weight: 999, text: { fr: B }, help: { fr: H } }
  - id: small
    dimension: d
    type: single
    weight: ${w}
    text: { fr: S }
    help: { fr: H }
    advice: { fr: Conseil. }
    options: [{ id: rien, label: { fr: R }, score: 0 }, { id: mi, label: { fr: M }, score: 1 }, { id: tout, label: { fr: T }, score: 2 }]
`));
  const gainOf = (w: number) => {
    const q = gainQuestionnaire(w);
    const set = answersFrom('a.yaml', q, 'questionnaire: { id: gain, version: 1.0.0 }\nrespondent: { territory: T, actorType: citoyen, role: R }\nanswers:\n  big: true\n  small: mi\n');
    return diagnose(q, [set]).recommendations.map((r) => (r.kind === 'question' ? r.gain : r.kind));
  };

  it('a gain of exactly 0.05 points is kept (shown +0.1); a gain under 0.05 is dropped', () => {
    // w = 1: 100 · 0.5 / 1000 = 0.05 exactly; w = 0.9: 45 / 999.9 = 0.045.
    expect(gainOf(1)).toEqual([0.1]);
    expect(gainOf(0.9)).toEqual([]);
  });
});

describe('command-line thresholds are taken as typed', () => {
  const gates = (d: ReturnType<typeof diagnose>, options: Parameters<typeof parseGates>[0]) => evaluateGates(d, parseGates(options), 'fr').map((m) => say(m, 'fr'));
  // s1 "deux" (2/3), y1 yes, m1 [a] (1/2): 100 · (2/3 + 1 + 1/2) / 3 = 72.2.
  const d = diagnose(custom, [customAnswers({ s1: 'deux', y1: 'true', m1: '[a]' })]);

  it('--fail-under 72.24 fails a score shown as 72.2 ("below N"); 72.2 passes', () => {
    expect(d.overall.score).toBe(72.2);
    expect(gates(d, { failUnder: '72.2' })).toEqual([]);
    expect(gates(d, { failUnder: '72.24' })).toHaveLength(1);
  });

  it('--min-coverage 99.99 fails a coverage shown as 99.9 and passes 100', () => {
    expect(gates(d, { minCoverage: '99.99' })).toEqual([]);
    expect(gates({ ...d, overall: { ...d.overall, coverage: 99.9 } }, { minCoverage: '99.99' })).toHaveLength(1);
  });
});

describe('"[ne-sait-pas]" alone in a file', () => {
  it('is the answer "ne-sait-pas": unknown, not 0 and answered, as run and form record it', () => {
    // s1 "trois" (1), y1 yes (1), m1 unknown: score 100 over weight 2, coverage 2/3; m1 range 0–1 → 66.7–100.
    const alone = diagnose(custom, [customAnswers({ s1: 'trois', y1: 'true', m1: '[ne-sait-pas]' })]);
    const marker = diagnose(custom, [customAnswers({ s1: 'trois', y1: 'true', m1: 'ne-sait-pas' })]);
    const dim = alone.dimensions[0]!;
    expect([dim.score, dim.coverage, dim.range]).toEqual([100, 66.7, { low: 66.7, high: 100 }]);
    expect(dim.counts).toEqual({ answered: 2, unknown: 1, notApplicable: 0, unanswered: 0 });
    expect(alone.dimensions).toEqual(marker.dimensions);
  });
});

describe('exact ties go to questionnaire order, not to floating-point noise', () => {
  // p (yes/no, w 0.1, answered no) and q (single 0/2/3, w 0.3, answered "deux" = 2/3), in that order:
  // gains 100 · 0.1 · 1 / 0.4 = 25 and 100 · 0.3 · (1/3) / 0.4 = 25, which floating point makes
  // 25 and 25.000000000000004.
  const ties = loadQuestionnaire(sourceOf('ties.yaml', `id: ties
version: 1.0.0
languages: [fr]
title: { fr: Égalités }
levels: [{ id: bas, label: { fr: Bas }, min: 0 }, { id: haut, label: { fr: Haut }, min: 50 }]
minCoverage: 0
dimensions: [{ id: d, label: { fr: D }, weight: 1 }]
questions:
  - { id: p, dimension: d, type: yesno, weight: 0.1, text: { fr: P }, help: { fr: H }, advice: { fr: Conseil P. } }
  - id: q
    dimension: d
    type: single
    weight: 0.3
    text: { fr: Q }
    help: { fr: H }
    advice: { fr: Conseil Q. }
    options: [{ id: rien, label: { fr: R }, score: 0 }, { id: deux, label: { fr: D }, score: 2 }, { id: trois, label: { fr: T }, score: 3 }]
`));
  const set = (p: string, q: string) => answersFrom('a.yaml', ties, `questionnaire: { id: ties, version: 1.0.0 }\nrespondent: { territory: T, actorType: citoyen, role: R }\nanswers:\n  p: ${p}\n  q: ${q}\n`);

  it('recommendations: equal gains in questionnaire order', () => {
    expect(100 * 0.3 * (1 - 2 / 3) / (0.1 + 0.3)).toBeGreaterThan(100 * 0.1 / (0.1 + 0.3));
    const d = diagnose(ties, [set('false', 'deux')]);
    expect(d.recommendations.map((r) => (r.kind === 'question' ? [r.question, r.gain] : []))).toEqual([['p', 25], ['q', 25]]);
  });
});

describe('what to check before the workshop', () => {
  it('an answer known in part ("[a, ne-sait-pas]") lists its respondent among those who did not know', () => {
    // m1: A ticks a and does not know about b (1/2, at best 1), B ticks a only (1/2): m1 ranges from
    // 1/2 to (1 + 1/2)/2 = 3/4, so d's score swings by 100 · 1/4 / 3 = 8.3.
    const sets = [customAnswers({ s1: 'trois', y1: 'true', m1: '[a, ne-sait-pas]' }, 'A'), customAnswers({ s1: 'trois', y1: 'true', m1: '[a]' }, 'B')];
    // Shareable: how many did not know; per respondent (the facilitator's choice): who.
    expect(diagnose(custom, sets).checkBefore.map((c) => [c.question, c.unknown, c.swing])).toEqual([['m1', 1, 8.3]]);
    expect(diagnose(custom, sets, { perRespondent: true }).checkBefore.map((c) => [c.question, c.respondents, c.swing])).toEqual([['m1', [0], 8.3]]);
  });
});

describe('the five-world example in docs/referential.md', () => {
  it('quotes the spreads of the example report as it is generated', () => {
    const report = JSON.parse(readFileSync(join(ROOT, 'examples/reports/cinq-mondes-val-d-ambrelle.json'), 'utf8')) as Diagnostic;
    const docs = readFileSync(join(ROOT, 'docs/referential.md'), 'utf8').replace(/\s+/g, ' ');
    const [first, second] = report.divergence!.questions;
    const group = (q: typeof first, id: string) => q!.groups.find((g) => g.id === id)!.score!;
    const fr = (n: number) => String(n).replace('.', ',');
    expect([first!.question, first!.spread, second!.question, second!.spread]).toEqual(['dialogue-suites', 83.3, 'dialogue-financement', 66.7]);
    // The associations and the company are pooled in « Autres mondes » (complementary suppression).
    expect(docs).toContain(`${fr(group(first, 'collectivite'))} contre ${fr(group(first, 'autres'))}, écart ${fr(first!.spread)}`);
    expect(docs).toContain(`${group(first, 'collectivite')} against ${group(first, 'autres')}, spread ${first!.spread}`);
    expect(docs).toContain(`au projet pour les autres : ${fr(second!.spread)})`);
    expect(docs).toContain(`project by project for the others: ${second!.spread})`);
  });
});
