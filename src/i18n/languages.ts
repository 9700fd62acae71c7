// What cocon needs to know about each language besides its words: the locale Intl formats
// numbers and plurals with, and the typography applied to catalogue text.
import type { Lang } from '../core/text.js';
import { englishTypography, frenchTypography } from './typography.js';

export interface LanguageSettings {
  /** BCP 47 locale for Intl.NumberFormat and Intl.PluralRules. */
  locale: string;
  typography: (text: string) => string;
  /**
   * Whole numbers from 0 to 999 are written as JavaScript writes them (Latin digits, no sign, no
   * grouping), so a sentence that only counts needs no Intl.NumberFormat: its first use costs
   * 10–20 ms, a tenth of a command's start-up. test/i18n.test.ts checks it against Intl.
   */
  latinDigits: boolean;
}

export const LANGUAGES: Record<Lang, LanguageSettings> = {
  fr: { locale: 'fr-FR', typography: frenchTypography, latinDigits: true },
  en: { locale: 'en-GB', typography: englishTypography, latinDigits: true },
};
