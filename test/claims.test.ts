// Claims: what every text of the bundled questionnaire presumes and states, proved against its
// show-condition by enumeration (the checker of `cocon validate`), then tried on random answer
// sets, one respondent and several, consolidated as the diagnostic consolidates them.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, claimsHold, type Fact, type FactBase, type Truth } from '../src/questions/claims.js';
import { isVisible, visibility } from '../src/questions/conditions.js';
import { MARKER_UNKNOWN, type AnswerSet, type AnswerValue, type Condition, type Response } from '../src/core/model.js';
import { claimTexts, proveClaims } from '../src/load/claims-proof.js';
import { kindOf } from '../src/questions/index.js';
import { consolidate, type ColumnView } from '../src/score/consensus.js';
import { diagnose } from '../src/score/diagnose.js';
import type { ItemStatus } from '../src/score/aggregate.js';
import { gatherOutcomes } from '../src/score/outcomes.js';
import { questionnaireFrom, ROOT } from './helpers.js';

const questionnaire = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const texts = claimTexts(questionnaire);
const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));

/** A small deterministic generator (mulberry32): each fast-check run draws a seed, the rest follows. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One respondent's answers, as a file could give them: the questions they are shown, some unknown, some left out. */
function randomResponses(random: () => number): Map<string, Response> {
  const responses = new Map<string, Response>();
  const visible = new Map<string, boolean>();
  for (const q of questionnaire.questions) {
    // Conditions only look back: visibility is known question by question.
    const shown = isVisible(q, (id) => responses.get(id), (id) => byId.get(id), (id) => visible.get(id) ?? false);
    visible.set(q.id, shown);
    if (!kindOf(q).scored || !shown) continue;
    const r = random();
    if (r < 0.15) responses.set(q.id, { kind: 'unknown' });
    else if (r < 0.2) continue;
    else if (r < 0.25 && q.allowNotApplicable) responses.set(q.id, { kind: 'not-applicable' });
    else {
      const values = kindOf(q).values(q);
      if (kindOf(q).oneChoice) responses.set(q.id, { kind: 'value', value: values[Math.floor(random() * values.length)]! as AnswerValue });
      else {
        const ticked = (values as string[]).filter(() => random() < 0.5);
        responses.set(q.id, { kind: 'value', value: random() < 0.2 ? [...ticked, MARKER_UNKNOWN] : ticked });
      }
    }
  }
  return responses;
}

/** Respondents' answers as columns, the way consolidation reads them (status and value per respondent). */
function columnsOf(sets: readonly Map<string, Response>[]): (id: string) => ColumnView {
  const visible = sets.map((responses) => visibility(questionnaire.questions, responses));
  return (id) => ({
    status: (i): ItemStatus => {
      if (!visible[i]!.get(id)) return 'hidden';
      const r = sets[i]!.get(id);
      return r === undefined ? 'unanswered' : r.kind === 'value' ? 'answered' : r.kind;
    },
    value: (i) => {
      const r = sets[i]!.get(id);
      return visible[i]!.get(id) && r?.kind === 'value' ? r.value : undefined;
    },
  });
}

function baseOf(facts: ReadonlyMap<string, Fact>, dimensionTruth: (c: Condition) => boolean): FactBase {
  return { fact: (id) => facts.get(id) ?? { kind: 'unknown' }, question: (id) => byId.get(id), dimension: dimensionTruth };
}

describe('claims of the bundled questionnaire', () => {
  it('annotates every advice item, pattern and question advice with what it presumes', () => {
    const advice = questionnaire.dimensions.flatMap((d) => d.advice);
    expect(advice.filter((a) => !a.claims?.presumes).map((a) => a.id)).toEqual([]);
    expect(questionnaire.patterns.filter((p) => !p.claims?.presumes).map((p) => p.id)).toEqual([]);
    expect(questionnaire.questions.filter((q) => q.advice && !q.adviceClaims?.presumes).map((q) => q.id)).toEqual([]);
    expect(texts.length).toBe(advice.length + questionnaire.patterns.length + questionnaire.questions.filter((q) => q.advice).length);
  });

  it('proves, by enumerating every combination of the answers each text depends on, that its condition implies its claims', () => {
    const proof = proveClaims(questionnaire);
    expect(proof.unproven).toEqual([]);
    expect(proof.texts).toBe(texts.length);
    // Every combination enumerated, none drawn at random: the bundled texts depend on few questions.
    expect(proof.combinations).toBeGreaterThan(texts.length);
  });

  // 100,000 random answer sets in four parts of 25,000 (250 runs of 100 answer sets each): per
  // run, 20 territories of one respondent and 20 of two to six respondents from several worlds,
  // each consolidated into the territory's answer. Wherever a text's condition is known true,
  // what it presumes is known true and nothing it states is false; conditions on a dimension's
  // level take a random truth value, as any figures might.
  it.each([1, 2, 3, 4])('on 25,000 random answer sets (part %i of 4), single and multi-respondent, no text can be shown whose claims fail', (part) => {
    let answerSets = 0;
    let checked = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = generator(seed);
        // 20 territories of one respondent, then territories of two to six until 100 answer sets.
        const sizes: number[] = Array.from({ length: 20 }, () => 1);
        for (let remaining = 80; remaining > 0; ) {
          const size = remaining <= 6 ? remaining : Math.min(2 + Math.floor(random() * 5), remaining - 2);
          sizes.push(size);
          remaining -= size;
        }
        for (const count of sizes) {
          const sets = Array.from({ length: count }, () => randomResponses(random));
          const facts = consolidate(questionnaire, columnsOf(sets), sets.map((_, i) => i));
          const truths = new Map<string, boolean>();
          const base = baseOf(facts, (c) => {
            const key = JSON.stringify(c);
            if (!truths.has(key)) truths.set(key, random() < 0.5);
            return truths.get(key)!;
          });
          for (const text of texts) {
            const when: Truth = text.show === undefined ? true : evaluate(text.show, base);
            if (when !== true) continue;
            checked++;
            if (!claimsHold(text.claims, base)) return false;
          }
        }
        answerSets += sizes.reduce((a, b) => a + b, 0);
        return true;
      }),
      { numRuns: 250, seed: 20261206 + part },
    );
    expect(answerSets).toBe(25_000);
    expect(checked).toBeGreaterThan(25_000);
    // A few seconds on an idle machine; the runner's default limit is for a loaded one too small.
  }, 600_000);

  it('consolidates like one respondent when there is one, and by the majority of known answers when there are several', () => {
    const random = generator(7);
    for (let n = 0; n < 200; n++) {
      const one = randomResponses(random);
      const facts = consolidate(questionnaire, columnsOf([one]), [0]);
      const visible = visibility(questionnaire.questions, one);
      for (const q of questionnaire.questions.filter((x) => kindOf(x).scored)) {
        const r = one.get(q.id);
        // Every option ticked leaves nothing unknown: « ne-sait-pas » then says nothing more.
        const whole = (v: AnswerValue) => (Array.isArray(v) && v.filter((x) => x !== MARKER_UNKNOWN).length === kindOf(q).values(q).length ? v.filter((x) => x !== MARKER_UNKNOWN) : v);
        // Hidden for the respondent: absent where its condition is known false, else (its parent not known) not known.
        const hidden: Fact = q.when && evaluate(q.when, baseOf(facts, () => false)) === false ? { kind: 'absent' } : { kind: 'unknown' };
        const expected: Fact = !visible.get(q.id) ? hidden : r?.kind === 'value' ? { kind: 'value', value: whole(r.value) } : r?.kind === 'not-applicable' ? { kind: 'absent' } : { kind: 'unknown' };
        expect(facts.get(q.id)).toEqual(expected);
      }
    }
    const answer = (value: string): Map<string, Response> => new Map([['dialogue-catalyseur', { kind: 'value', value }]]);
    const fact = (sets: Map<string, Response>[]) => consolidate(questionnaire, columnsOf(sets), sets.map((_, i) => i)).get('dialogue-catalyseur');
    expect(fact([answer('aucun'), answer('aucun'), answer('ecrit')])).toEqual({ kind: 'value', value: 'aucun' });
    expect(fact([answer('aucun'), answer('ecrit')])).toEqual({ kind: 'unknown', disputed: true });
    const unknown = new Map<string, Response>([['dialogue-catalyseur', { kind: 'unknown' }]]);
    // Those who do not know do not outvote those who do.
    expect(fact([unknown, unknown, answer('ecrit')])).toEqual({ kind: 'value', value: 'ecrit' });
    expect(fact([unknown])).toEqual({ kind: 'unknown' });
  });

  // The whole pipeline on fewer territories: what the diagnostic shows (advice and patterns) has
  // its claims hold on the consolidated answer, worked out here from the answers files anew, and
  // the privacy floor changes nothing of what is advised.
  it('the diagnostic shows no advice or pattern whose claims fail, and --min-group-size changes only what is shown', () => {
    const advice = new Map(questionnaire.dimensions.flatMap((d) => d.advice).map((a) => [a.id, a]));
    const patterns = new Map(questionnaire.patterns.map((p) => [p.id, p]));
    const random = generator(2026);
    const types = ['collectivite', 'association', 'entreprise', 'citoyen'] as const;
    for (let n = 0; n < 150; n++) {
      const count = n % 3 === 0 ? 1 : 2 + Math.floor(random() * 7);
      const sets: AnswerSet[] = Array.from({ length: count }, (_, i) => ({
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        respondent: { territory: 'T', actorType: types[Math.floor(random() * types.length)]!, role: `r${i}` },
        responses: randomResponses(random),
        file: `r${i}.yaml`,
      }));
      const d = diagnose(questionnaire, sets);
      const outcomes = gatherOutcomes(questionnaire, sets);
      const facts = consolidate(questionnaire, (id) => outcomes.byQuestion.get(id)!.respondents, sets.map((_, i) => i));
      const base = baseOf(facts, () => true);
      for (const r of d.recommendations) {
        if (r.kind === 'advice') expect(claimsHold(advice.get(r.id)!.claims, base), `${n}: ${r.id}`).toBe(true);
        if (r.kind === 'question') expect(claimsHold(byId.get(r.question)!.adviceClaims, base), `${n}: ${r.question}`).toBe(true);
      }
      for (const p of d.patterns) expect(claimsHold(patterns.get(p.id)!.claims, base), `${n}: ${p.id}`).toBe(true);
      if (count > 1) {
        const decided = (minGroupSize: number) => diagnose(questionnaire, sets, { minGroupSize }).recommendations.map((r) => [r.kind, r.kind === 'advice' ? r.id : r.question, 'gain' in r ? r.gain : undefined]);
        expect(decided(2), `${n}`).toEqual(decided(3));
        expect(decided(9), `${n}`).toEqual(decided(3));
      }
    }
  }, 600_000);
});
