// One option among several, each with its own score.
import { msg } from '../i18n/messages.js';
import { localize } from '../core/text.js';
import { askBySelect, text } from './ask-kit.js';
import { checkOptions, optionIds } from './options.js';
import type { QuestionKind } from './kind.js';

export const single: QuestionKind = {
  scored: true,
  oneChoice: true,
  fullScore: (raw) => Math.max(0, ...(raw.options ?? []).map((o) => o.score ?? 0)),
  check: checkOptions,
  values: optionIds,
  read(question, written) {
    const allowed = optionIds(question);
    if (typeof written !== 'string') return { problem: msg('answers.expected-option', { allowed }) };
    return allowed.includes(written) ? { value: written } : { problem: msg('answers.not-an-option', { value: written, allowed }) };
  },
  write: (_, value) => value as string,
  score(question, value) {
    if (question.fullScore <= 0) return 0;
    const option = question.options.find((o) => o.id === value);
    return option ? option.score / question.fullScore : 0;
  },
  worstScore: (question) => (question.fullScore <= 0 ? 0 : question.options.reduce((m, o) => Math.min(m, o.score), question.fullScore) / question.fullScore),
  options: (question) => question.options.map(({ id, label }) => ({ id, label })),
  store: (_, value) => ({ choice: [String(value)] }),
  describe: (question, value, lang) => localize(question.options.find((o) => o.id === value)?.label, lang),
  templateHint: (question, words, t) => [words.single, ...question.options.map((o) => `  ${o.id}: ${t(o.label)}`)],
  ask: (question, kit) => askBySelect(question, kit, text(kit, question.text), question.options.map((o) => ({ value: o.id, name: text(kit, o.label) }))),
  widget: (question) => ({ control: 'one', choices: question.options.map((o) => ({ value: o.id, label: o.label })), inline: false }),
  examples: optionIds,
};
