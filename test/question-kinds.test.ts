// Every question kind passes the same contract: one kind per type of the schema, answers that
// survive being written and read back, scores within [0, 1], words in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, isScored, kindOf } from '../src/questions/index.js';
import { localize } from '../src/core/text.js';
import { LANGS } from '../src/i18n/languages.js';
import type { Question } from '../src/core/model.js';
import { FIXTURES, ROOT, questionnaireFrom } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/questionnaire.schema.json'), 'utf8')) as { $defs: Record<string, { properties?: { type?: { enum?: string[] } } }> };
const schemaTypes = Object.values(schema.$defs).flatMap((d) => d.properties?.type?.enum ?? []);
const mini = questionnaireFrom(join(FIXTURES, 'mini.yaml'));
const bundled = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const questions: Question[] = [...mini.questions, ...bundled.questions];
const words = { single: 'S', multiple: 'M', scale: (p: { min: number; max: number }) => `${p.min}-${p.max}`, yesno: 'Y', text: 'T' };

describe('question kinds', () => {
  it('there is exactly one kind per question type of the schema', () => {
    expect(schemaTypes.length).toBeGreaterThan(0);
    expect(Object.keys(KINDS).sort()).toEqual([...new Set(schemaTypes)].sort());
  });

  it('the fixtures cover every type', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(Object.keys(KINDS)));
  });

  describe.each(questions.map((q) => [`${q.type} ${q.id}`, q] as const))('%s', (_, question) => {
    const kind = kindOf(question);

    it('round-trips every example value through write and read', () => {
      const examples = kind.examples(question);
      expect(examples.length).toBeGreaterThan(0);
      for (const value of examples) expect(kind.read(question, kind.write(question, value))).toEqual({ value });
    });

    it('scores within [0, 1] and reaches 1, or is not scored at all', () => {
      const scores = kind.examples(question).map((v) => kind.score(question, v));
      if (!kind.scored) return void expect(scores.every((s) => s === null)).toBe(true);
      // A general question (no dimension) is never scored: its options carry no score.
      if (!isScored(question)) return;
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
      // The examples include a best answer: a full score is reachable.
      expect(Math.max(...scores.map((s) => s ?? 0))).toBe(1);
    });

    it('refuses a value of the wrong shape with a message', () => {
      const wrong = kind.scored ? { nested: true } : 42;
      expect(kind.read(question, wrong as never)).toHaveProperty('problem');
    });

    it('has words in every language: labels of the options, answer descriptions, template hint', () => {
      for (const lang of LANGS) {
        for (const option of kind.options(question)) expect(localize(option.label, lang).trim()).not.toBe('');
        for (const value of kind.examples(question).filter((v) => !Array.isArray(v) || v.length > 0)) {
          expect(kind.describe(question, value, lang).trim()).not.toBe('');
        }
      }
      expect(kind.templateHint(question, words, (t) => localize(t, 'fr')).length).toBeGreaterThan(0);
    });

    it('offers a form widget whose every choice is an answer the kind reads back, labelled in every language', () => {
      const widget = kind.widget(question);
      if (widget.control === 'text') {
        for (const value of kind.examples(question)) expect(kind.read(question, String(value))).toEqual({ value });
        expect(widget.maxLength).toBeGreaterThan(0);
        return;
      }
      expect(widget.choices.length).toBeGreaterThan(0);
      const values = widget.choices.map((c) => c.value);
      expect(new Set(values).size).toBe(values.length);
      for (const choice of widget.choices) {
        const answer = widget.control === 'many' ? [String(choice.value)] : choice.value;
        expect(kind.read(question, kind.write(question, answer as never))).toEqual({ value: answer });
        for (const lang of LANGS) expect(localize(choice.label, lang).trim()).not.toBe('');
      }
      // Every value the kind accepts can be given through the widget.
      expect(new Set(values)).toEqual(new Set(kind.values(question)));
    });

    it('stores an answer as keys of its options or as text', () => {
      const keys = new Set(kind.options(question).map((o) => o.id));
      for (const value of kind.examples(question)) {
        const stored = kind.store(question, value);
        if ('text' in stored) expect(stored.text).toBe(String(value));
        else for (const key of stored.choice) expect(keys.has(key)).toBe(true);
      }
    });
  });
});
