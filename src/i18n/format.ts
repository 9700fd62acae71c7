// Numbers, scores, percentages and plurals, through Intl only: the one place where cocon turns a
// number into text. Formatters are made once per language and reused.
import type { Lang } from '../core/text.js';
import { LANGUAGES } from './languages.js';

type Formatters = { number: Intl.NumberFormat; score: Intl.NumberFormat; percent: Intl.NumberFormat; plural: Intl.PluralRules; typography: (text: string) => string };
const cache = new Map<Lang, Formatters>();
// Grouping from five digits on: 10 000 is grouped, a year-like 2026 is not. (An ES2023 option;
// Node 20 has it, TypeScript's ES2022 library does not know the value yet.)
const MIN2 = 'min2' as unknown as boolean;

function formatters(lang: Lang): Formatters {
  let f = cache.get(lang);
  if (!f) {
    const { locale, typography } = LANGUAGES[lang];
    f = {
      // ICU's spaces vary between versions (U+00A0 or U+202F before % in French): the language's
      // typography settles them, so output does not depend on the Node build.
      typography,
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: MIN2 }),
      score: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: MIN2 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, useGrouping: MIN2 }),
      plural: new Intl.PluralRules(locale),
    };
    cache.set(lang, f);
  }
  return f;
}

/** Any number a sentence quotes: 2.5 in English, 2,5 in French; at most three decimals. */
export function formatNumber(value: number, lang: Lang): string {
  const f = formatters(lang);
  return f.typography(f.number.format(value));
}

/** A score on 0–100, with at most one decimal: 62.5 in English, 62,5 in French. */
export function formatScore(value: number, lang: Lang): string {
  const f = formatters(lang);
  return f.typography(f.score.format(value));
}

/** A percentage given on 0–100 (coverage): "80%" in English, "80 %" (narrow no-break space) in French. */
export function formatPercent(value: number, lang: Lang): string {
  const f = formatters(lang);
  return f.typography(f.percent.format(value / 100));
}

/** The forms of a word by Intl plural category; `other` is the fallback for any category left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for `count`: French says "0 réponse, 1 réponse, 2 réponses"; English "0 answers, 1 answer". */
export function pluralForm(count: number, forms: PluralForms, lang: Lang): string {
  return forms[formatters(lang).plural.select(count)] ?? forms.other;
}
