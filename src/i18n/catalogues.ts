// Every language's catalogue, by language. The type of the French catalogue is the contract:
// another language must provide every key with the same parameters, or the build fails.
import type { Lang, Text } from '../core/text.js';
import { LANGS, LANGUAGES, type Catalogue } from './languages.js';

export type { Catalogue };

/** The words of one language, by domain: words(lang).report.summary, words(lang).run.welcome({...}). */
export function words(lang: Lang): Catalogue {
  return LANGUAGES[lang].catalogue;
}

/** One catalogue entry in every language, as the `Text` a diagnostic stores ({ fr: 'Oui', en: 'Yes' }). */
export function textOf(pick: (catalogue: Catalogue) => string): Text {
  return Object.fromEntries(LANGS.map((lang) => [lang, pick(LANGUAGES[lang].catalogue)]));
}

/** The labels of a yes/no answer, stored in the diagnostic in every language. */
export const YES: Text = textOf((c) => c.report.yes);
export const NO: Text = textOf((c) => c.report.no);
