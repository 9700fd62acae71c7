// An integer on a scale from min to max; its score is its position on the scale.
import { msg } from '../i18n/messages.js';
import { askBySelect, text, words } from './ask-kit.js';
import type { QuestionKind } from './kind.js';
import type { Question } from '../core/model.js';

// A scale longer than this is refused by the schema long before; the cap keeps lists finite.
const MAX_STEPS = 1000;

function steps(question: Question): number[] {
  const values: number[] = [];
  if (!question.scale) return values;
  for (let v = question.scale.min; v <= question.scale.max && values.length < MAX_STEPS; v++) values.push(v);
  return values;
}

export const scale: QuestionKind = {
  scored: true,
  oneChoice: true,
  fullScore: (raw) => (raw.scale ? raw.scale.max - raw.scale.min : 1),
  check(raw, problem) {
    if (raw.scale && raw.scale.min >= raw.scale.max) problem(['scale'], msg('rule.scale-order', { min: raw.scale.min, max: raw.scale.max }));
  },
  values: steps,
  read(question, written) {
    const scaleOf = question.scale!;
    return typeof written === 'number' && steps(question).includes(written)
      ? { value: written }
      : { problem: msg('answers.expected-scale', { min: scaleOf.min, max: scaleOf.max }) };
  },
  write: (_, value) => value as number,
  score: (question, value) => (question.fullScore <= 0 ? 0 : typeof value === 'number' && question.scale ? (value - question.scale.min) / question.fullScore : 0),
  options: (question) => steps(question).map((v) => ({ id: String(v), label: String(v) })),
  store: (_, value) => ({ choice: [String(value)] }),
  describe: (_, value) => String(value),
  templateHint: (question, words) => (question.scale ? [words.scale({ min: question.scale.min, max: question.scale.max })] : []),
  ask(question, kit) {
    const w = words(kit);
    const s = question.scale!;
    const hint = w.scaleHint({ min: s.min, max: s.max, minLabel: text(kit, s.minLabel), maxLabel: text(kit, s.maxLabel) });
    return askBySelect(question, kit, `${text(kit, question.text)} (${hint})`, steps(question).map((v) => ({ value: v, name: String(v) })));
  },
  widget(question) {
    const values = steps(question);
    // A short scale reads best as a row, like a paper form; a long one wraps as a list.
    return { control: 'one', choices: values.map((v) => ({ value: v, label: String(v) })), inline: values.length <= 11, ends: { min: question.scale?.minLabel, max: question.scale?.maxLabel } };
  },
  examples: (question) => steps(question),
};
