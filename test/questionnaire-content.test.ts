// Pins the shape of the bundled questionnaire, and checks that its scale makes sense end to end.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { visibility } from '../src/core/conditions.js';
import type { AnswerSet, AnswerValue, Question, Response } from '../src/core/model.js';
import type { Text } from '../src/core/text.js';
import { questionnaireFrom, ROOT } from './helpers.js';

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
    if (x.type !== 'text') texts.push([`${x.id} advice`, x.advice]);
    for (const o of x.options) texts.push([`${x.id} option ${o.id}`, o.label]);
  }
  for (const r of q.requirements) texts.push([`requirement ${r.level} ${r.question}`, r.reason]);
  return texts;
}

describe('the bundled questionnaire', () => {
  it('is version 1.0.0, in French and English', () => {
    expect(questionnaire.id).toBe('coconstruction-territoriale');
    expect(questionnaire.version).toBe('1.0.0');
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

  it('gives every scored question help, tags for impacts, advice, and options that each have a score', () => {
    const impacts = questionnaire.impacts.map((i) => i.id);
    expect(impacts).toEqual(['performance', 'confiance', 'innovation']);
    for (const q of questionnaire.questions.filter((x) => x.type !== 'text')) {
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
