// Pins the shape of the bundled questionnaire, and checks that its scale makes sense end to end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnose, type Diagnostic } from '../src/score/diagnose.js';
import { gatherOutcomes } from '../src/score/outcomes.js';
import { factBase, judge, type Profile } from '../src/score/profile-conditions.js';
import { evaluate } from '../src/questions/claims.js';
import { consolidate } from '../src/score/consensus.js';
import { visibility } from '../src/questions/conditions.js';
import { round1 } from '../src/core/compare.js';
import type { AnswerSet, AnswerValue, Question, Response } from '../src/core/model.js';
import { localize, type Text } from '../src/core/text.js';
import { isScored, kindOf } from '../src/questions/index.js';
import { answersFrom, questionnaireFrom, ROOT } from './helpers.js';

const questionnaire = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));

/** Every Text a person reads anywhere in the questionnaire, with where it is. */
function allTexts(): [where: string, text: Text | undefined][] {
  const q = questionnaire;
  const texts: [string, Text | undefined][] = [['title', q.title], ['description', q.description], ['methodology', q.methodology]];
  for (const i of q.impacts) texts.push([`impact ${i.id}`, i.label], [`impact ${i.id} description`, i.description]);
  for (const l of q.levels) texts.push([`level ${l.id}`, l.label], [`level ${l.id} description`, l.description]);
  for (const d of q.dimensions) {
    texts.push([`dimension ${d.id}`, d.label], [`dimension ${d.id} description`, d.description]);
    for (const [k, v] of Object.entries(d.levels)) texts.push([`dimension ${d.id} level ${k}`, v]);
    for (const a of d.advice) texts.push([`dimension ${d.id} advice ${a.id}`, a.text], ...(a.source ? [[`dimension ${d.id} advice ${a.id} source`, a.source] as [string, Text]] : []));
  }
  for (const x of q.questions) {
    texts.push([`${x.id} text`, x.text], [`${x.id} help`, x.help]);
    if (isScored(x)) texts.push([`${x.id} advice`, x.advice], [`${x.id} summary`, x.summary]);
    for (const o of x.options) texts.push([`${x.id} option ${o.id}`, o.label]);
  }
  for (const r of q.requirements) texts.push([`requirement ${r.level} ${r.question}`, r.reason]);
  for (const p of q.patterns) texts.push([`pattern ${p.id}`, p.text], [`pattern ${p.id} source`, p.source]);
  return texts;
}

describe('the bundled questionnaire', () => {
  it('is version 2.0.0, in French and English', () => {
    expect(questionnaire.id).toBe('coconstruction-territoriale');
    expect(questionnaire.version).toBe('2.0.0');
    expect(questionnaire.languages).toEqual(['fr', 'en']);
  });

  it('has the three forms of co-construction, with 8 to 12 scored questions each', () => {
    expect(questionnaire.dimensions.map((d) => d.id)).toEqual(['dialogue', 'partenariats', 'experimentations']);
    for (const d of questionnaire.dimensions) {
      const count = questionnaire.questions.filter((q) => q.dimension === d.id && q.type !== 'text').length;
      expect(count, d.id).toBeGreaterThanOrEqual(8);
      expect(count, d.id).toBeLessThanOrEqual(12);
    }
  });

  it('has four or five levels, each described and with "what next" in every dimension', () => {
    expect(questionnaire.levels.length).toBeGreaterThanOrEqual(4);
    expect(questionnaire.levels.length).toBeLessThanOrEqual(5);
    for (const d of questionnaire.dimensions) {
      for (const level of questionnaire.levels) {
        expect(d.levels[level.id], `${d.id} levels.${level.id}`).toBeDefined();
      }
      expect(d.advice.length, `${d.id} advice`).toBeGreaterThan(0);
    }
  });

  it('says that its levels are its own, not Le RAMEAU\'s', () => {
    const methodology = questionnaire.methodology as { fr: string; en: string };
    expect(methodology.fr).toMatch(/RAMEAU/);
    expect(methodology.en).toMatch(/RAMEAU/);
  });

  it('has every readable string in both languages, non-empty', () => {
    const missing = allTexts().filter(([, text]) => text === undefined || typeof text === 'string' || !text.fr?.trim() || !text.en?.trim());
    expect(missing.map(([where]) => where)).toEqual([]);
  });

  // A translation cut short shows as a text much shorter than the other, or one that stops
  // without the other's final punctuation.
  it('says the same in French and English: comparable lengths, the same end of sentence, nothing cut short', () => {
    const ending = (s: string) => /[.?!:…»"')]$/.exec(s.trim())?.[0].replace(/[»"')]/, 'quote') ?? 'none';
    const mismatched = allTexts().flatMap(([where, text]) => {
      if (text === undefined || typeof text === 'string') return [];
      const { fr, en } = text as { fr: string; en: string };
      const ratio = en.length / fr.length;
      const problems = [];
      if (fr.length > 20 && (ratio < 0.6 || ratio > 1.4)) problems.push(`${where}: en/fr length ${ratio.toFixed(2)}`);
      if (ending(fr) !== ending(en)) problems.push(`${where}: ends "${ending(fr)}" in French, "${ending(en)}" in English`);
      if (/…$/.test(fr.trim()) !== /…$/.test(en.trim())) problems.push(`${where}: ellipsis in one language only`);
      return problems;
    });
    expect(mismatched).toEqual([]);
  });

  it('gives every scored question help, tags for impacts, advice, and options that each have a score', () => {
    const impacts = questionnaire.impacts.map((i) => i.id);
    expect(impacts).toEqual(['performance', 'confiance', 'innovation']);
    for (const q of questionnaire.questions.filter(isScored)) {
      expect(q.tags.length, q.id).toBeGreaterThan(0);
      expect(q.tags.every((t) => impacts.includes(t)), q.id).toBe(true);
      expect(q.advice, q.id).toBeDefined();
      if (q.type === 'single' || q.type === 'multiple') {
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(q.type === 'single' ? 4 : 3);
        expect(q.options.every((o) => Number.isFinite(o.score)), q.id).toBe(true);
      }
    }
  });

  it('has a few conditional questions and level requirements', () => {
    expect(questionnaire.questions.filter((q) => q.when).length).toBeGreaterThanOrEqual(2);
    expect(questionnaire.requirements.length).toBeGreaterThanOrEqual(2);
  });

  it('shows a short help of one sentence, at most 25 words, under every scored question; the full help stays', () => {
    const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
    for (const q of questionnaire.questions.filter(isScored)) {
      const summary = q.summary as { fr: string; en: string };
      const help = q.help as { fr: string; en: string };
      for (const lang of ['fr', 'en'] as const) {
        expect(count(summary[lang]), `${q.id} ${lang}`).toBeLessThanOrEqual(25);
        expect(count(help[lang]), `${q.id} ${lang}`).toBeGreaterThan(count(summary[lang]));
      }
    }
  });

  it('asks the context and the free comment outside the dimensions, unscored', () => {
    const general = questionnaire.questions.filter((q) => q.dimension === undefined).map((q) => q.id);
    expect(general).toEqual(['contexte-population', 'contexte-anciennete', 'contexte-finalites', 'commentaire']);
  });

  it('hides what no longer applies: the follow-ups of "no meeting", "no partnership", "no experimentation" and "no catalyser"', () => {
    const shown = (answers: Record<string, string>) => {
      const visible = visibility(questionnaire.questions, new Map(Object.entries(answers).map(([id, value]) => [id, { kind: 'value', value } as Response])));
      return questionnaire.questions.filter((q) => visible.get(q.id)).map((q) => q.id);
    };
    const none = shown({ 'contexte-anciennete': 'aucune', 'dialogue-rencontres': 'aucune', 'dialogue-catalyseur': 'aucun', 'partenariats-nombre': 'aucun', 'experimentations-origine': 'aucune' });
    for (const moot of ['dialogue-mondes', 'dialogue-suites', 'dialogue-financement', 'dialogue-effets', 'partenariats-categories', 'partenariats-objectifs', 'partenariats-pilotage', 'partenariats-evaluation', 'partenariats-objets', 'partenariats-valorisation', 'partenariats-effets', 'experimentations-besoins', 'experimentations-coconception', 'experimentations-pilotage', 'experimentations-mondes', 'experimentations-evaluation', 'experimentations-capitalisation', 'experimentations-essaimage', 'experimentations-financement', 'experimentations-effets']) {
      expect(none, moot).not.toContain(moot);
    }
    expect(none.length).toBe(17);
  });

  it('offers "non concerné" where a territory can legitimately be outside the question, and says when in the help', () => {
    const allowed = questionnaire.questions.filter((q) => q.allowNotApplicable);
    expect(allowed.map((q) => q.id)).toEqual(['dialogue-agents', 'partenariats-elus', 'experimentations-essaimage']);
    for (const q of allowed) expect(localize(q.summary, 'fr'), q.id).toMatch(/Non concerné si/);
  });

  it('asks about the observed effects on each impact, tagged with that impact alone, behind the age of the approach or the gate they need', () => {
    for (const [id, impact] of [['dialogue-effets', 'confiance'], ['partenariats-effets', 'performance'], ['experimentations-effets', 'innovation']] as const) {
      const q = questionnaire.questions.find((x) => x.id === id)!;
      expect(q.tags, id).toEqual([impact]);
      expect(q.when, id).toBeDefined();
    }
  });

  it('the best answer everywhere reaches the top level; the worst, the bottom one', () => {
    const top = questionnaire.levels.at(-1)!.id;
    const bottom = questionnaire.levels[0]!.id;
    const best = diagnose(questionnaire, [answerEverything('best')]);
    expect(best.overall.score).toBe(100);
    expect(best.overall.level).toBe(top);
    expect(best.dimensions.map((d) => d.level)).toEqual(questionnaire.dimensions.map(() => top));
    const worst = diagnose(questionnaire, [answerEverything('worst')]);
    expect(worst.overall.score).toBe(0);
    expect(worst.overall.level).toBe(bottom);
    expect(worst.dimensions.map((d) => d.level)).toEqual(questionnaire.dimensions.map(() => bottom));
  });
});

function answerEverything(which: 'best' | 'worst'): AnswerSet {
  const responses = new Map<string, Response>();
  for (const q of questionnaire.questions) {
    // Conditions only look back, so visibility of q is settled by the answers given so far.
    if (!visibility(questionnaire.questions, responses).get(q.id)) continue;
    const value = pick(q, which);
    if (value !== undefined) responses.set(q.id, { kind: 'value', value });
  }
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondent: { territory: 'Test', actorType: 'autre', role: 'test' },
    responses,
    file: `${which}.yaml`,
  };
}

function pick(q: Question, which: 'best' | 'worst'): AnswerValue | undefined {
  const sorted = [...q.options].sort((a, b) => a.score - b.score);
  switch (q.type) {
    case 'single':
      return (which === 'best' ? sorted.at(-1) : sorted[0])!.id;
    case 'multiple':
      return which === 'best' ? q.options.map((o) => o.id) : [];
    case 'scale':
      return which === 'best' ? q.scale!.max : q.scale!.min;
    case 'yesno':
      return which === 'best';
    case 'text':
      return undefined;
  }
}

// ───────────────────────── Advice, patterns and what they say ─────────────────────────

const FOUNDATIONS = ['dialogue-catalyseur', 'dialogue-diagnostic'];
const adviceItems = questionnaire.dimensions.flatMap((d) => d.advice.map((a) => ({ ...a, dimension: d.id })));
const byId = new Map(adviceItems.map((a) => [a.id, a]));

/** An advice recommendation's item id; a question recommendation's question id. */
function idOf(r: Diagnostic['recommendations'][number]): string {
  return r.kind === 'advice' ? r.id : r.question;
}

function example(file: string): AnswerSet {
  return answersFrom(join(ROOT, 'examples', file), questionnaire);
}

/** The profile conditions are judged on, built from a diagnostic as the engine builds it. */
function profileOf(sets: AnswerSet[]): Profile {
  const d = diagnose(questionnaire, sets);
  const outcomes = gatherOutcomes(questionnaire, sets);
  return {
    levels: questionnaire.levels,
    question: (id) => outcomes.byQuestion.get(id),
    dimension: (id) => (id === 'overall' ? d.overall : d.dimensions.find((x) => x.id === id)),
    facts: consolidate(questionnaire, (id) => outcomes.byQuestion.get(id)?.respondents, sets.map((_, i) => i)),
  };
}

/** Answered by someone and below its best answer on average, as the report shows it. */
function belowBest(profile: Profile, id: string): boolean {
  const o = profile.question(id);
  return o?.status === 'answered' && o.score !== null && round1(o.score * 100) < 100;
}

/** Known from the consolidated answer and below its best answer. */
function weak(profile: Profile, id: string): boolean {
  const fact = profile.facts.get(id);
  const q = profile.question(id)?.question;
  if (!q || !isScored(q) || fact?.kind !== 'value') return false;
  const score = kindOf(q).score(q, fact.value);
  // An answer partly unknown is weak only if even its best reading is.
  const high = kindOf(q).range?.(q, fact.value).high ?? score;
  return score !== null && high !== null && round1(high * 100) < 100;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(random: () => number, n: number): AnswerSet {
  const responses = new Map<string, Response>();
  for (const q of questionnaire.questions) {
    if (q.type === 'text' || !visibility(questionnaire.questions, responses).get(q.id)) continue;
    const r = random();
    if (r < 0.12) responses.set(q.id, { kind: 'unknown' });
    else if (r < 0.16) continue;
    else if (r < 0.2 && q.allowNotApplicable) responses.set(q.id, { kind: 'not-applicable' });
    else if (q.type === 'single') responses.set(q.id, { kind: 'value', value: q.options[Math.floor(random() * q.options.length)]!.id });
    else responses.set(q.id, { kind: 'value', value: q.options.filter(() => random() < 0.5).map((o) => o.id) });
  }
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondent: { territory: 'Test', actorType: 'autre', role: `respondent ${n}` },
    responses,
    file: `random-${n}.yaml`,
  };
}

describe('the bundled questionnaire: advice and patterns', () => {
  it('has no fixed per-level "next" paragraphs left: every dimension advises item by item', () => {
    const raw = parse(readFileSync(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'), 'utf8')) as { dimensions: Record<string, unknown>[] };
    for (const d of raw.dimensions) {
      expect(d['next'], String(d['id'])).toBeUndefined();
      expect((d['advice'] as unknown[]).length, String(d['id'])).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every advice item and pattern a text and a source in French and English', () => {
    const incomplete = (t: Text | undefined) => t === undefined || typeof t === 'string' || !t.fr?.trim() || !t.en?.trim();
    expect(adviceItems.filter((a) => incomplete(a.text) || incomplete(a.source)).map((a) => a.id)).toEqual([]);
    expect(questionnaire.patterns.filter((p) => incomplete(p.text) || incomplete(p.source)).map((p) => p.id)).toEqual([]);
    expect(questionnaire.patterns.length).toBeGreaterThanOrEqual(5);
  });

  it('gives every advice item a condition and the questions it moves', () => {
    expect(adviceItems.filter((a) => !a.when || a.questions.length === 0).map((a) => a.id)).toEqual([]);
  });

  it('puts the catalyser and the shared diagnostic first: every other advice item waits on them', () => {
    const foundations = adviceItems.filter((a) => a.questions.some((q) => FOUNDATIONS.includes(q)));
    expect(foundations.map((a) => a.id).sort()).toEqual(expect.arrayContaining(['dialogue-catalyseur-designer', 'dialogue-diagnostic-co-construire']));
    for (const a of foundations) expect(a.after, a.id).toEqual([]);
    for (const a of adviceItems.filter((x) => !foundations.includes(x))) {
      expect(a.after, a.id).toContain('dialogue-catalyseur');
    }
  });

  it('declares a minimum coverage and who is likely to know the answers', () => {
    expect(questionnaire.minCoverage).toBe(50);
    expect(questionnaire.questions.find((q) => q.id === 'dialogue-financement')!.whoKnows).toContain('collectivite');
    expect(questionnaire.questions.find((q) => q.id === 'partenariats-categories')!.whoKnows).toContain('entreprise');
    expect(questionnaire.questions.find((q) => q.id === 'experimentations-evaluation')!.whoKnows).toContain('academique');
  });

  // Over many random answers files (one to four respondents): every question whose consolidated
  // answer is known and below its best is moved by an advice item whose condition holds, so no question falls back on
  // its generic advice (written for its lowest answers); and no advice item is recommended unless
  // one of its questions is answered below its best (never advice on what is done or unknown),
  // apart from establishing a foundation nobody knows.
  it('covers every weak answer with an item whose condition holds, and never advises on what is done or unknown', () => {
    const random = generator(20260611);
    for (let run = 0; run < 300; run++) {
      const sets = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, n) => randomAnswers(random, n));
      const profile = profileOf(sets);
      const holding = adviceItems.filter((a) => !a.when || judge(a.when, profile).holds);
      // An item that waits on an unknown fact (neither shown nor ruled out) leaves its question to « À vérifier ».
      const open = adviceItems.filter((a) => a.when && evaluate(a.when, factBase(profile)) === undefined);
      const uncovered = questionnaire.questions.filter((q) => weak(profile, q.id) && ![...holding, ...open].some((a) => a.questions.includes(q.id))).map((q) => q.id);
      expect(uncovered, `run ${run}: ${JSON.stringify(uncovered.map((id) => profile.facts.get(id)))}`).toEqual([]);
      const diagnostic = diagnose(questionnaire, sets);
      expect(diagnostic.recommendations.filter((r) => r.kind === 'question'), `run ${run}`).toEqual([]);
      for (const r of diagnostic.recommendations) {
        // Establishing a foundation is the one action about an unknown answer: nobody gave it a value.
        if (r.kind === 'establish') {
          expect(['unknown', 'unanswered'], `run ${run}: establish ${r.question}`).toContain(profile.question(r.question)?.status);
          continue;
        }
        // To settle in the workshop: the worlds, or the known answers, disagree on that question.
        if (r.kind === 'settle') continue;
        const item = byId.get(idOf(r))!;
        expect(item.questions.some((q) => belowBest(profile, q)), `run ${run}: ${item.id}`).toBe(true);
      }
    }
  });

  it('tells a territory at the start to begin with the catalyser and the shared diagnostic, with no pattern', () => {
    const diagnostic = diagnose(questionnaire, [example('depart-haut-vallon.yaml')]);
    expect(diagnostic.recommendations.slice(0, 2).map(idOf).sort()).toEqual(['dialogue-catalyseur-designer', 'dialogue-diagnostic-co-construire']);
    expect(diagnostic.patterns).toEqual([]);
  });

  it('proposes a first experimentation to a territory whose dialogue is structured but which has none', () => {
    const diagnostic = diagnose(questionnaire, [example('dialogue-sans-experimentation-rives-de-l-orme.yaml')]);
    const match = diagnostic.patterns.find((p) => p.id === 'dialogue-sans-experimentation');
    expect(match).toBeDefined();
    expect(match!.triggers).toEqual(expect.arrayContaining([expect.objectContaining({ dimension: 'dialogue' }), expect.objectContaining({ question: 'experimentations-origine' })]));
    expect(diagnostic.recommendations.map(idOf)).toContain('experimentations-premiere');
  });

  it('never tells the advanced example to start what it says is done', () => {
    const diagnostic = diagnose(questionnaire, [example('avance-cote-des-tilleuls.yaml')]);
    const ids = diagnostic.recommendations.map(idOf);
    for (const starter of ['dialogue-catalyseur-designer', 'dialogue-diagnostic-co-construire', 'partenariats-premier', 'experimentations-premiere', 'experimentations-evaluation-prevoir', 'dialogue-citoyens-associer']) {
      expect(ids).not.toContain(starter);
    }
    expect(diagnostic.patterns).toEqual([]);
  });
});
