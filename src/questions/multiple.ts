// Several options may be ticked; their scores add up, capped at maxScore.
import { msg } from '../i18n/messages.js';
import { localize } from '../core/text.js';
import { words as catalogue } from '../i18n/catalogues.js';
import type { Response } from '../core/model.js';
import { BACK, NOT_APPLICABLE, UNKNOWN, markerChoices, responseFor, text, withNotes, words, WITH_COMMENT, type Special } from './ask-kit.js';
import { checkOptions, optionIds } from './options.js';
import type { QuestionKind } from './kind.js';

export const multiple: QuestionKind = {
  scored: true,
  fullScore: (raw) => raw.maxScore ?? (raw.options ?? []).reduce((sum, o) => sum + o.score, 0),
  check(raw, problem) {
    checkOptions(raw, problem);
    const sum = (raw.options ?? []).reduce((s, o) => s + o.score, 0);
    if (raw.maxScore !== undefined && raw.maxScore > sum) problem(['maxScore'], msg('rule.max-score-too-high', { maxScore: raw.maxScore, sum }));
  },
  values: optionIds,
  read(question, written) {
    const allowed = optionIds(question);
    if (!Array.isArray(written)) return { problem: msg('answers.expected-list', { allowed }) };
    const wrong = written.findIndex((v) => !allowed.includes(v));
    if (wrong !== -1) return { problem: msg('answers.not-an-option', { value: written[wrong]!, allowed }), index: wrong };
    // Stored in the questionnaire's order, so the same choice always reads and scores the same.
    return { value: allowed.filter((id) => written.includes(id)) };
  },
  write: (_, value) => value as string[],
  score(question, value) {
    if (question.fullScore <= 0) return 0;
    const chosen = Array.isArray(value) ? value : [];
    const sum = question.options.filter((o) => chosen.includes(o.id)).reduce((s, o) => s + o.score, 0);
    return Math.min(sum, question.fullScore) / question.fullScore;
  },
  options: (question) => question.options.map(({ id, label }) => ({ id, label })),
  store: (question, value) => ({ choice: optionIds(question).filter((id) => [value].flat().includes(id)) }),
  describe: (question, value, lang) => question.options.filter((o) => [value].flat().includes(o.id)).map((o) => localize(o.label, lang)).join(catalogue(lang).report.separator),
  templateHint: (question, words, t) => [words.multiple, ...question.options.map((o) => `  ${o.id}: ${t(o.label)}`)],
  async ask(question, kit) {
    const w = words(kit);
    const { current } = kit;
    kit.print(w.checkboxHint);
    const chosen = current?.kind === 'value' && Array.isArray(current.value) ? current.value : [];
    const picked = await kit.prompts.checkbox<string | Special>({
      message: text(kit, question.text),
      choices: [
        ...question.options.map((o) => ({ value: o.id as string | Special, name: text(kit, o.label), checked: chosen.includes(o.id) })),
        ...markerChoices(question, kit, true).map((e) => ({ ...e, checked: (e.value === UNKNOWN && current?.kind === 'unknown') || (e.value === NOT_APPLICABLE && current?.kind === 'not-applicable') })),
      ],
      // "Back" alone; "don't know" or "not applicable" without answers (a comment may go with them).
      validate: (values) => {
        const markers = values.filter((v) => v === UNKNOWN || v === NOT_APPLICABLE).length;
        if (values.includes(BACK) && values.length > 1) return w.checkboxBackAlone;
        if (markers > 1 || (markers === 1 && values.some((v) => typeof v === 'string'))) return w.checkboxMarkerAlone;
        return true;
      },
    });
    const specials = picked.filter((p): p is Special => typeof p === 'symbol');
    if (specials.includes(BACK)) return BACK;
    // A marker ticked with options wins: "not applicable", then "don't know".
    const marker = ([NOT_APPLICABLE, UNKNOWN] as Special[]).find((s) => specials.includes(s));
    const response: Response = marker ? responseFor(marker) : responseFor(picked.filter((p): p is string => typeof p === 'string'));
    return withNotes(response, specials.includes(WITH_COMMENT), kit);
  },
  widget: (question) => ({ control: 'many', choices: question.options.map((o) => ({ value: o.id, label: o.label })) }),
  examples: (question) => [[], optionIds(question).slice(0, 1), optionIds(question)],
};
