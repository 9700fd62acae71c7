// Several options may be ticked; their scores add up, capped at maxScore. A respondent who knows
// only part of the answer ticks what they know and adds "ne-sait-pas" to the list: the options
// left unticked are then unknown, not absent. Such an answer scores what is ticked; its range
// reaches what the unticked options could add.
import { msg } from '../i18n/messages.js';
import { localize, type Text } from '../core/text.js';
import { textOf, words as catalogue } from '../i18n/catalogues.js';
import { MARKER_UNKNOWN, type AnswerValue, type Question, type Response } from '../core/model.js';
import { BACK, HELP, NOT_APPLICABLE, UNKNOWN, markerChoices, responseFor, text, withNotes, words, WITH_COMMENT, type Special } from './ask-kit.js';
import { checkOptions, optionIds } from './options.js';
import type { QuestionKind } from './kind.js';

/** The ticked options, and whether the others are unknown. */
function parts(value: AnswerValue): { ticked: string[]; restUnknown: boolean } {
  const list = Array.isArray(value) ? value : [];
  return { ticked: list.filter((v) => v !== MARKER_UNKNOWN), restUnknown: list.includes(MARKER_UNKNOWN) };
}

function sumOf(question: Question, ids: readonly string[]): number {
  return question.options.filter((o) => ids.includes(o.id)).reduce((s, o) => s + o.score, 0);
}

/** The keys in the order a diagnostic stores them: once per question, not once per respondent. */
const storedOrders = new WeakMap<Question, string[]>();
function storedOrder(question: Question): string[] {
  let order = storedOrders.get(question);
  if (!order) storedOrders.set(question, (order = [...optionIds(question), MARKER_UNKNOWN]));
  return order;
}

/** The label of "the others: don't know", in every language (the diagnostic stores labels once, as texts). */
const REST_UNKNOWN: Text = textOf((c) => c.run.restUnknown);

export const multiple: QuestionKind = {
  scored: true,
  oneChoice: false,
  fullScore: (raw) => raw.maxScore ?? (raw.options ?? []).reduce((sum, o) => sum + (o.score ?? 0), 0),
  check(raw, problem) {
    checkOptions(raw, problem);
    const sum = (raw.options ?? []).reduce((s, o) => s + (o.score ?? 0), 0);
    if (raw.maxScore !== undefined && raw.maxScore > sum) problem(['maxScore'], msg('rule.max-score-too-high', { maxScore: raw.maxScore, sum }));
  },
  values: optionIds,
  read(question, written) {
    const allowed = optionIds(question);
    if (!Array.isArray(written)) return { problem: msg('answers.expected-list', { allowed }) };
    const wrong = written.findIndex((v) => v !== MARKER_UNKNOWN && !allowed.includes(v));
    if (wrong !== -1) return { problem: msg('answers.not-an-option', { value: written[wrong]!, allowed }), index: wrong };
    // Stored in the questionnaire's order, the marker last, so the same choice always reads and scores the same.
    return { value: [...allowed.filter((id) => written.includes(id)), ...(written.includes(MARKER_UNKNOWN) ? [MARKER_UNKNOWN] : [])] };
  },
  write: (_, value) => value as string[],
  score(question, value) {
    if (question.fullScore <= 0) return 0;
    return Math.min(sumOf(question, parts(value).ticked), question.fullScore) / question.fullScore;
  },
  range(question, value) {
    const low = multiple.score(question, value) ?? 0;
    const { ticked, restUnknown } = parts(value);
    if (!restUnknown || question.fullScore <= 0) return { low, high: low };
    const unticked = optionIds(question).filter((id) => !ticked.includes(id));
    return { low, high: Math.min(sumOf(question, ticked) + sumOf(question, unticked), question.fullScore) / question.fullScore };
  },
  options: (question) => [...question.options.map(({ id, label }) => ({ id, label })), { id: MARKER_UNKNOWN, label: REST_UNKNOWN }],
  store: (question, value) => {
    const ticked = Array.isArray(value) ? value : [value];
    return { choice: storedOrder(question).filter((id) => ticked.includes(id)) };
  },
  describe(question, value, lang) {
    const { ticked, restUnknown } = parts(value);
    const labels = question.options.filter((o) => ticked.includes(o.id)).map((o) => localize(o.label, lang));
    return [...labels, ...(restUnknown ? [localize(REST_UNKNOWN, lang)] : [])].join(catalogue(lang).report.separator);
  },
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
        ...markerChoices(question, kit, true).map((e) => ({
          ...e,
          checked: (e.value === UNKNOWN && (current?.kind === 'unknown' || chosen.includes(MARKER_UNKNOWN))) || (e.value === NOT_APPLICABLE && current?.kind === 'not-applicable'),
        })),
      ],
      // "Back" and "help" alone; "not applicable" without answers (a comment may go with it);
      // "don't know" alone means unknown, with options "and I don't know about the others".
      validate: (values) => {
        if ((values.includes(BACK) || values.includes(HELP)) && values.length > 1) return w.checkboxBackAlone;
        if (values.includes(NOT_APPLICABLE) && values.some((v) => v !== NOT_APPLICABLE && v !== WITH_COMMENT)) return w.checkboxMarkerAlone;
        return true;
      },
    });
    const specials = picked.filter((p): p is Special => typeof p === 'symbol');
    if (specials.includes(BACK)) return BACK;
    if (specials.includes(HELP)) return HELP;
    const ticked = picked.filter((p): p is string => typeof p === 'string');
    const response: Response = specials.includes(NOT_APPLICABLE)
      ? responseFor(NOT_APPLICABLE)
      : specials.includes(UNKNOWN)
        ? ticked.length > 0 ? responseFor([...ticked, MARKER_UNKNOWN]) : responseFor(UNKNOWN)
        : responseFor(ticked);
    return withNotes(response, specials.includes(WITH_COMMENT), kit);
  },
  widget: (question) => ({ control: 'many', choices: question.options.map((o) => ({ value: o.id, label: o.label })) }),
  examples: (question) => [[], optionIds(question).slice(0, 1), optionIds(question), [...optionIds(question).slice(0, 1), MARKER_UNKNOWN]],
};
