// Yes or no; yes is the full answer.
import { msg } from '../i18n/messages.js';
import { localize } from '../core/text.js';
import { NO, YES, words as catalogue } from '../i18n/catalogues.js';
import { LANGS } from '../i18n/languages.js';
import { askBySelect, text, words } from './ask-kit.js';
import type { QuestionKind } from './kind.js';

// What a person may write by hand instead of true / false.
const WRITTEN_YES = new Set(LANGS.flatMap((lang) => catalogue(lang).template.writtenYes));
const WRITTEN_NO = new Set(LANGS.flatMap((lang) => catalogue(lang).template.writtenNo));

export const yesno: QuestionKind = {
  scored: true,
  oneChoice: true,
  fullScore: () => 1,
  check: () => undefined,
  values: () => [true, false],
  read(_, written) {
    if (typeof written === 'boolean') return { value: written };
    if (typeof written === 'string' && WRITTEN_YES.has(written.toLowerCase())) return { value: true };
    if (typeof written === 'string' && WRITTEN_NO.has(written.toLowerCase())) return { value: false };
    return { problem: msg('answers.expected-yesno') };
  },
  write: (_, value) => value === true,
  score: (_, value) => (value === true ? 1 : 0),
  options: () => [{ id: 'true', label: YES }, { id: 'false', label: NO }],
  store: (_, value) => ({ choice: [String(value === true)] }),
  describe: (_, value, lang) => localize(value === true ? YES : NO, lang),
  templateHint: (_, words) => [words.yesno],
  ask(question, kit) {
    const w = words(kit);
    return askBySelect(question, kit, text(kit, question.text), [{ value: true, name: w.yes }, { value: false, name: w.no }]);
  },
  widget: () => ({ control: 'one', choices: [{ value: true, label: YES }, { value: false, label: NO }], inline: true }),
  examples: () => [true, false],
};
