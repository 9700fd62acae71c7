// What cocon needs to know about each language besides its words: the locale Intl formats
// numbers and plurals with, and the typography applied to catalogue text.
import type { Lang } from '../core/text.js';
import { englishTypography, frenchTypography } from './typography.js';

export interface LanguageSettings {
  /** BCP 47 locale for Intl.NumberFormat and Intl.PluralRules. */
  locale: string;
  typography: (text: string) => string;
}

export const LANGUAGES: Record<Lang, LanguageSettings> = {
  fr: { locale: 'fr-FR', typography: frenchTypography },
  en: { locale: 'en-GB', typography: englishTypography },
};
