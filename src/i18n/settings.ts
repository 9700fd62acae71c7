// What cocon needs to know about a language besides its words: the locale Intl formats numbers
// and plurals with, and the typography applied to catalogue text. Each catalogue folder has its
// own (`<lang>/settings.ts`).

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
