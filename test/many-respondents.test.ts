// A diagnostic over many respondents: what it lists one by one, what it counts, and reports that
// read the same either way; per-respondent warnings summed up; duplicates told exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnostic } from '../src/score/diagnose.js';
import { LISTED_RESPONDENTS } from '../src/score/question-result.js';
import { LISTED_PER_RESPONDENT } from '../src/render/warnings.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';
import { FIXTURES, ROOT, answersFrom, questionnaireFrom } from './helpers.js';
import { fr } from './french.js';
import type { AnswerSet } from '../src/core/model.js';

const bundled = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const twelve = join(ROOT, 'examples/douze-mondes-coteaux-de-vernelle');
const files = readdirSync(twelve).filter((f) => f.endsWith('.yaml')).sort();
const texts = files.map((f) => readFileSync(join(twelve, f), 'utf8'));

/** The twelve example respondents, `copies` times over, each copy a different person. */
function respondents(copies: number): AnswerSet[] {
  return Array.from({ length: copies }, (_, copy) =>
    texts.map((text, i) => answersFrom(`${copy}-${files[i]}`, bundled, text.replace(/^(\s+role: )(.*)$/m, `$1$2 ${copy}`))),
  ).flat();
}

const allQuestions = (d: Diagnostic) => [...d.dimensions.flatMap((x) => x.questions), ...(d.context ?? [])];

describe('a diagnostic over many respondents', () => {
  // Per-respondent diagnostics (--attribute): a shareable one lists no answer by respondent.
  const small = diagnose(bundled, respondents(1), { perRespondent: true });
  const large = diagnose(bundled, respondents(10), { perRespondent: true });

  it(`lists every answer up to ${LISTED_RESPONDENTS} respondents`, () => {
    expect(small.responsesListed).toBeUndefined();
    for (const q of allQuestions(small)) expect(q.responses).toHaveLength(12);
    // Shareable: only the notes, with no respondent index nor answer.
    const shareable = diagnose(bundled, respondents(1));
    expect(shareable.responsesListed).toBe('notes');
    for (const r of allQuestions(shareable).flatMap((q) => q.responses)) {
      expect(r.respondent).toBeUndefined();
      expect(r.choice).toBeUndefined();
      expect(r.comment !== undefined || r.evidence !== undefined || r.text !== undefined).toBe(true);
    }
  });

  it(`past ${LISTED_RESPONDENTS} respondents lists only the answers with a comment, evidence or free text`, () => {
    expect(large.respondents).toHaveLength(120);
    expect(large.responsesListed).toBe('noted');
    const listed = allQuestions(large).flatMap((q) => q.responses);
    expect(listed.length).toBeGreaterThan(0);
    for (const r of listed) expect(r.comment !== undefined || r.evidence !== undefined || r.text !== undefined).toBe(true);
    // The same notes as among twelve, ten times over.
    const notes = (d: Diagnostic) => allQuestions(d).reduce((n, q) => n + q.responses.filter((r) => r.comment || r.evidence || r.text !== undefined).length, 0);
    expect(notes(large)).toBe(10 * notes(small));
  });

  it('counts each answer in its tally: the tally among twelve matches their responses, and ten times the people give ten times the counts', () => {
    for (const q of allQuestions(small)) {
      const expected = new Map<string, number>();
      for (const r of q.responses) {
        if (r.status === 'hidden' || r.text !== undefined) continue;
        const keys = r.status === 'answered' ? (r.choice!.length ? r.choice!.map((c) => `answered/${c}`) : ['answered/']) : [`${r.status}/`];
        for (const key of keys) expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(new Map(q.tally!.map((t) => [`${t.status}/${t.choice ?? ''}`, t.count])), q.id).toEqual(expected);
    }
    const bigger = new Map(allQuestions(large).map((q) => [q.id, q.tally!]));
    for (const q of allQuestions(small)) expect(bigger.get(q.id), q.id).toEqual(q.tally!.map((t) => ({ ...t, count: 10 * t.count })));
  });

  it('scores the same as the twelve respondents it repeats', () => {
    expect(large.overall.score).toBe(small.overall.score);
    expect(large.dimensions.map((d) => d.score)).toEqual(small.dimensions.map((d) => d.score));
  });
});

describe('reports read the same from the tallies as from every response', () => {
  const examples = ['examples/douze-mondes-coteaux-de-vernelle', 'examples/cinq-mondes-val-d-ambrelle', 'examples/multi-respondents', 'examples/emergent-val-de-brume.yaml'];
  for (const example of examples) {
    it(example, () => {
      const path = join(ROOT, example);
      const names = example.endsWith('.yaml') ? [path] : readdirSync(path).filter((f) => f.endsWith('.yaml')).map((f) => join(path, f));
      const d = diagnose(bundled, names.map((f) => answersFrom(f, bundled)), { perRespondent: true });
      // A diagnostic as written before tallies existed: every answer listed, no tally.
      const untallied: Diagnostic = {
        ...d,
        dimensions: d.dimensions.map((x) => ({ ...x, questions: x.questions.map(({ tally: _t, ...q }) => q) })),
        ...(d.context ? { context: d.context.map(({ tally: _t, ...q }) => q) } : {}),
      };
      for (const lang of ['fr', 'en'] as const) {
        expect(renderMarkdown(d, { lang, color: false, width: 80 })).toBe(renderMarkdown(untallied, { lang, color: false, width: 80 }));
      }
    });
  }
});

describe('warnings about single respondents', () => {
  const profile = questionnaireFrom(join(FIXTURES, 'profile.yaml'));
  // Each leaves q3 unanswered and answers m2, which m1 = [a] hides.
  const person = (i: number) =>
    answersFrom(`p${i}.yaml`, profile, `questionnaire: { id: profil, version: 1.0.0 }\nrespondent:\n  territory: T\n  actorType: citoyen\n  role: R${i}\nanswers:\n  q1: oui\n  q2: oui\n  m1: [a]\n  m2: true\n  r1: true\n  r2: oui\n`);
  const md = (count: number) => renderMarkdown(diagnose(profile, Array.from({ length: count }, (_, i) => person(i))), { lang: 'fr', color: false, width: 80 });
  const attention = (text: string) => text.slice(text.indexOf('## Points d’attention')).split('\n## ')[0]!.split('\n').filter((l) => l.startsWith('- '));

  it(`are listed one by one up to ${LISTED_PER_RESPONDENT} of a kind`, () => {
    const lines = attention(md(LISTED_PER_RESPONDENT));
    expect(lines.filter((l) => l.includes('sans réponse, comptée comme inconnue'))).toHaveLength(10);
    expect(lines.filter((l) => l.includes('est ignorée'))).toHaveLength(10);
  });

  it('beyond, are summed up: one sentence for the unanswered questions, one per question for the ignored answers', () => {
    const lines = attention(md(LISTED_PER_RESPONDENT + 1));
    expect(lines).toContain(fr("- 11 répondants ont laissé des questions sans réponse : 11 en tout, jusqu'à 1 par personne, comptées comme inconnues."));
    expect(lines).toContain(fr("- « m2 — M2 » : 11 réponses ignorées, car la question ne s'appliquait pas compte tenu des réponses précédentes."));
    expect(lines.filter((l) => l.includes('Répondant'))).toEqual([]);
    const terminal = renderTerminal(diagnose(profile, Array.from({ length: 11 }, (_, i) => person(i))), { lang: 'en', color: false, width: 200 });
    expect(terminal).toContain('11 respondents left questions without an answer: 11 in all, up to 1 each, counted as unknown.');
  });
});

describe('the same answers given twice', () => {
  const profile = questionnaireFrom(join(FIXTURES, 'profile.yaml'));
  const set = (file: string, body: string) => answersFrom(file, profile, `questionnaire: { id: profil, version: 1.0.0 }\nrespondent:\n  territory: T\n  actorType: citoyen\n  role: R\nanswers:\n${body}`);

  it('are told whatever the order they are written in', () => {
    const d = diagnose(profile, [set('a.yaml', '  q1: oui\n  q2: non\n'), set('b.yaml', '  q2: non\n  q1: oui\n')]);
    expect(d.respondents).toHaveLength(1);
    expect(d.warnings).toContainEqual({ code: 'duplicate-answers', respondent: 0, names: ['b.yaml'] });
  });

  it('are not the same when only an answer to a hidden question differs', () => {
    const d = diagnose(profile, [set('a.yaml', '  m1: [a]\n  m2: true\n'), set('b.yaml', '  m1: [a]\n  m2: false\n')]);
    expect(d.respondents).toHaveLength(2);
  });
});
