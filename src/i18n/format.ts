// Numbers, scores, percentages and plurals in a language of the table (see number-text.ts).
import type { Lang } from '../core/text.js';
import { LANGUAGES } from './languages.js';
import * as numberText from './number-text.js';

export type { PluralForms } from './number-text.js';

/** What Intl writes for `value`, before typography: the reference smallWhole is tested against. */
export const intlNumber = (value: number, lang: Lang, style: 'number' | 'score') => numberText.intlNumber(value, LANGUAGES[lang].settings, style);
/** Any number a sentence quotes: 2.5 in English, 2,5 in French; at most three decimals. */
export const formatNumber = (value: number, lang: Lang) => numberText.formatNumber(value, LANGUAGES[lang].settings);
/** A score on 0–100, with at most one decimal: 62.5 in English, 62,5 in French. */
export const formatScore = (value: number, lang: Lang) => numberText.formatScore(value, LANGUAGES[lang].settings);
/** A percentage given on 0–100 (coverage): "80%" in English, "80 %" (narrow no-break space) in French. */
export const formatPercent = (value: number, lang: Lang) => numberText.formatPercent(value, LANGUAGES[lang].settings);
/** The form for `count`: French says "0 réponse, 1 réponse, 2 réponses"; English "0 answers, 1 answer". */
export const pluralForm = (count: number, forms: numberText.PluralForms, lang: Lang) => numberText.pluralForm(count, forms, LANGUAGES[lang].settings);
