// How long the bundled questionnaire takes to read, per path through its conditions: the words a
// respondent reads by default (question, its short help, its options) at READING_WPM, plus a fixed
// SECONDS_PER_QUESTION to find the fact and choose. Paths: every combination of the answers to the
// questions other questions depend on, each option equally likely. Shortest and longest are the
// extremes, typical the median. The figures are printed, must stay under the typical limit, and
// are the ones the README and the questionnaire's description give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibility } from '../src/questions/conditions.js';
import { localize, type Lang, type Text } from '../src/core/text.js';
import type { Condition, Question, Questionnaire, Response } from '../src/core/model.js';
import { kindOf } from '../src/questions/index.js';
import { questionnaireFrom, ROOT } from './helpers.js';

/** Silent reading of instructions in one's own language (a common planning figure). */
export const READING_WPM = 200;
/** Locating the fact (a document, a count, a date) and choosing, per question shown. */
export const SECONDS_PER_QUESTION = 15;
const TYPICAL_LIMIT_MINUTES = 25;

const bundled = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const previous = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale@1.0.0.yaml'));

function words(text: Text | undefined, lang: Lang): number {
  return localize(text, lang).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What a respondent reads by default for one question. */
function wordsOf(question: Question, lang: Lang): number {
  return words(question.text, lang) + words(question.summary ?? question.help, lang) + question.options.reduce((s, o) => s + words(o.label, lang), 0);
}

function minutes(questions: readonly Question[], lang: Lang): number {
  const read = questions.reduce((s, q) => s + wordsOf(q, lang), 0);
  return read / READING_WPM + (questions.length * SECONDS_PER_QUESTION) / 60;
}

/** The questions some other question's condition looks at. */
function gates(questionnaire: Questionnaire): Question[] {
  const ids = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c && c.all) c.all.forEach(walk);
    else if ('any' in c && c.any) c.any.forEach(walk);
    else if ('not' in c && c.not) walk(c.not);
    else if ('question' in c && c.question) ids.add(c.question);
  };
  questionnaire.questions.forEach((q) => q.when && walk(q.when));
  return questionnaire.questions.filter((q) => ids.has(q.id));
}

/** Every path's shown questions, one per combination of the gates' answers ("don't know" included). */
function paths(questionnaire: Questionnaire): Question[][] {
  const choices = gates(questionnaire).map((q) => [...kindOf(q).values(q).map((v): Response => ({ kind: 'value', value: q.type === 'multiple' ? [String(v)] : v })), { kind: 'unknown' } as Response].map((r) => [q.id, r] as const));
  let combinations: (readonly [string, Response])[][] = [[]];
  for (const options of choices) combinations = combinations.flatMap((c) => options.map((o) => [...c, o]));
  return combinations.map((c) => {
    const visible = visibility(questionnaire.questions, new Map(c));
    return questionnaire.questions.filter((q) => visible.get(q.id));
  });
}

export function readingLoad(questionnaire: Questionnaire, lang: Lang): { shortest: number; typical: number; longest: number; questions: [number, number] } {
  const all = paths(questionnaire);
  const times = all.map((p) => minutes(p, lang)).sort((a, b) => a - b);
  const counts = all.map((p) => p.length);
  return { shortest: times[0]!, typical: times[Math.floor((times.length - 1) / 2)]!, longest: times.at(-1)!, questions: [Math.min(...counts), Math.max(...counts)] };
}

const round = (m: number) => Math.round(m);

describe('reading load of the bundled questionnaire', () => {
  const fr = readingLoad(bundled, 'fr');
  const en = readingLoad(bundled, 'en');
  const old = readingLoad(previous, 'fr');

  it('prints the figures per path and keeps the typical path under 25 minutes', () => {
    const line = (name: string, r: typeof fr) =>
      `${name}: shortest ${r.shortest.toFixed(1)} min, typical ${r.typical.toFixed(1)} min, longest ${r.longest.toFixed(1)} min (${r.questions[0]}–${r.questions[1]} questions)`;
    console.log([`reading load at ${READING_WPM} words/min + ${SECONDS_PER_QUESTION} s per question`, line('2.0.0 fr', fr), line('2.0.0 en', en), line('1.0.0 fr', old)].join('\n'));
    expect(fr.typical).toBeLessThanOrEqual(TYPICAL_LIMIT_MINUTES);
    expect(en.typical).toBeLessThanOrEqual(TYPICAL_LIMIT_MINUTES);
    expect(fr.shortest).toBeLessThan(fr.typical);
  });

  it('is shorter to read than 1.0.0 on its typical path', () => {
    expect(fr.typical).toBeLessThan(old.typical);
  });

  it('gives the same figures, in whole minutes, in the README and in the description', () => {
    const figures = [fr.shortest, fr.typical, fr.longest].map(round);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const description = bundled.description as { fr: string; en: string };
    expect(readme).toContain(`${figures[0]} / ${figures[1]} / ${figures[2]} min`);
    expect(description.fr).toContain(`environ ${figures[1]} minutes (de ${figures[0]} à ${figures[2]} selon les réponses)`);
    expect(description.en).toContain(`about ${figures[1]} minutes (${figures[0]} to ${figures[2]} depending on the answers)`);
  });
});
