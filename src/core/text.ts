export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A string a person reads: plain, or one string per language. */
export type Text = string | { fr?: string; en?: string };

/** The text in `lang`, falling back to the other language so nothing is ever blank. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.fr ?? text.en ?? '';
}

export function isLang(value: string | undefined): value is Lang {
  return value === 'fr' || value === 'en';
}

/** The language from the usual locale variables (LC_ALL wins over LANG); French otherwise. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }
  return 'fr';
}
