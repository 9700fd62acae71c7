// Free text: kept and shown in reports, never scored.
import { msg } from '../i18n/messages.js';
import { MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type Response } from '../core/model.js';
import { BACK, HELP, TEXT_MAX, fits, text as localText, withNotes, words } from './ask-kit.js';
import type { QuestionKind } from './kind.js';

export const text: QuestionKind = {
  scored: false,
  oneChoice: false,
  fullScore: () => 1,
  check: () => undefined,
  values: () => [],
  read: (_, written) => (typeof written === 'string' ? { value: written } : { problem: msg('answers.expected-text') }),
  write: (_, value) => String(value),
  score: () => null,
  options: () => [],
  store: (_, value) => ({ text: String(value) }),
  describe: (_, value) => String(value),
  templateHint: (_, words) => [words.text],
  async ask(question, kit) {
    const w = words(kit);
    const { current, canGoBack } = kit;
    // The markers a hand-written file would hold mean the same here; typed otherwise they could not be saved.
    const previous = current?.kind === 'value' ? String(current.value) : current?.kind === 'unknown' ? '?' : current?.kind === 'not-applicable' ? MARKER_NOT_APPLICABLE : '';
    kit.print(w.textHint({ back: canGoBack, notApplicable: question.allowNotApplicable, help: kit.offerHelp === true }));
    const within = fits(TEXT_MAX, kit.lang);
    const typed = (await kit.prompts.input({
      message: localText(kit, question.text),
      default: previous,
      validate: (value) => (value.trim() === MARKER_NOT_APPLICABLE && !question.allowNotApplicable ? w.reserved({ word: MARKER_NOT_APPLICABLE }) : within(value)),
    })).trim();
    if (typed === '<' && canGoBack) return BACK;
    if (typed === '??' && kit.offerHelp) return HELP;
    const response: Response | undefined =
      typed === '?' || typed === MARKER_UNKNOWN ? { kind: 'unknown' } : typed === MARKER_NOT_APPLICABLE ? { kind: 'not-applicable' } : typed ? { kind: 'value', value: typed } : undefined;
    return response && withNotes(response, false, kit);
  },
  widget: () => ({ control: 'text', maxLength: TEXT_MAX }),
  examples: () => ['Un texte', 'A text with "quotes" and: colons'],
};
