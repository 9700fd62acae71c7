// The table of languages cocon speaks: each one's settings (locale, typography) and catalogue,
// from its folder. Adding a language is its folder (a copy of en/, translated, typed against the
// reference catalogue) and one line here; the language codes everywhere else (--lang, LANG, the
// texts of questionnaires and diagnostics, the form's language switch) follow from this table.
import type { Lang } from '../core/text.js';
import type { LanguageSettings } from './settings.js';
import type { fr as reference } from './fr/index.js';
import { language as fr } from './fr/index.js';
import { language as en } from './en/index.js';

/** The reference catalogue's type: every other language provides every key with the same parameters, or the build fails. */
export type Catalogue = typeof reference;

export const LANGUAGES = {
  fr,
  en,
} satisfies Record<string, { settings: LanguageSettings; catalogue: Catalogue }>;

/** The language codes of the table (core knows them as Lang). */
declare module '../core/text.js' {
  interface KnownLanguages extends Record<keyof typeof LANGUAGES, true> {}
}

export const LANGS = Object.keys(LANGUAGES) as Lang[];
/** The language the others are typed against, and the one when nothing says otherwise. */
export const DEFAULT_LANG: Lang = 'fr';

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && Object.hasOwn(LANGUAGES, value);
}

/** The language from the usual locale variables (LC_ALL wins over LANG); the default otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return LANGS.find((lang) => value.toLowerCase().startsWith(lang)) ?? DEFAULT_LANG;
  }
  return DEFAULT_LANG;
}
