// A language is added here, in src/i18n/ (catalogue and settings) and in the schemas' text maps.
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
/** The language when nothing says otherwise (no --lang, no locale variable naming a known one). */
export const DEFAULT_LANG: Lang = 'fr';

/** A string a person reads: plain, or one string per language. */
export type Text = string | Partial<Record<Lang, string>>;

/** The text in `lang`, falling back to the other language so nothing is ever blank. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  if (text[lang] !== undefined) return text[lang];
  for (const other of LANGS) if (text[other] !== undefined) return text[other];
  return '';
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly (string | undefined)[]).includes(value);
}

/** The language from the usual locale variables (LC_ALL wins over LANG); French otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return LANGS.find((lang) => value.toLowerCase().startsWith(lang)) ?? DEFAULT_LANG;
  }
  return DEFAULT_LANG;
}
