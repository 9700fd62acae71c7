// Numbers, scores, percentages and plurals for one language's settings: the one place where cocon
// turns a number into text, through Intl (made once per locale and reused), but for small whole
// numbers (smallWhole). The phrasebooks use it directly; everything else, by language, through format.ts.
import type { LanguageSettings } from './settings.js';

// Grouping from five digits on: 10 000 is grouped, a year-like 2026 is not. (An ES2023 option;
// Node 20 has it, TypeScript's ES2022 library does not know the value yet.)
const MIN2 = 'min2' as unknown as boolean;

type NumberStyle = 'number' | 'score' | 'percent';
const OPTIONS: Record<NumberStyle, Intl.NumberFormatOptions> = {
  number: { maximumFractionDigits: 3, useGrouping: MIN2 },
  score: { maximumFractionDigits: 1, useGrouping: MIN2 },
  percent: { style: 'percent', maximumFractionDigits: 1, useGrouping: MIN2 },
};
// Made on first use, each: a command that never writes a number never starts ICU's number
// formatting, the costliest part of Intl to start.
const numberFormats: Record<string, Partial<Record<NumberStyle, Intl.NumberFormat>>> = {};
const pluralRules: Record<string, Intl.PluralRules> = {};

function numberFormat(language: LanguageSettings, style: NumberStyle): Intl.NumberFormat {
  return ((numberFormats[language.locale] ??= {})[style] ??= new Intl.NumberFormat(language.locale, OPTIONS[style]));
}

/** 0 to 999 as a language with Latin digits writes it, without Intl (see LanguageSettings.latinDigits). */
function smallWhole(value: number, language: LanguageSettings): string | undefined {
  return language.latinDigits && Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0) ? String(value) : undefined;
}

/** What Intl writes for `value`, before typography: the reference smallWhole is tested against. */
export function intlNumber(value: number, language: LanguageSettings, style: Exclude<NumberStyle, 'percent'>): string {
  return numberFormat(language, style).format(value);
}

/** Any number a sentence quotes: 2.5 in English, 2,5 in French; at most three decimals. */
export function formatNumber(value: number, language: LanguageSettings): string {
  return language.typography(smallWhole(value, language) ?? intlNumber(value, language, 'number'));
}

/** A score on 0–100, with at most one decimal: 62.5 in English, 62,5 in French. */
export function formatScore(value: number, language: LanguageSettings): string {
  return language.typography(smallWhole(value, language) ?? intlNumber(value, language, 'score'));
}

/** A percentage given on 0–100 (coverage): "80%" in English, "80 %" (narrow no-break space) in French. */
export function formatPercent(value: number, language: LanguageSettings): string {
  return language.typography(numberFormat(language, 'percent').format(value / 100));
}

/** The forms of a word by Intl plural category; `other` is the fallback for any category left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form for `count`: French says "0 réponse, 1 réponse, 2 réponses"; English "0 answers, 1 answer". */
export function pluralForm(count: number, forms: PluralForms, language: LanguageSettings): string {
  const rules = (pluralRules[language.locale] ??= new Intl.PluralRules(language.locale));
  return forms[rules.select(count)] ?? forms.other;
}
