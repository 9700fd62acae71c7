// Texts in several languages. The ground names no language: the codes are those of the table of
// languages, src/i18n/languages.ts, which registers them here (declaration merging).

/** The languages cocon speaks, by code; filled in by src/i18n/languages.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KnownLanguages {}
export type Lang = keyof KnownLanguages & string;

/** A string a person reads: plain, or one string per language. */
export type Text = string | Partial<Record<Lang, string>>;

/** The text in `lang`, falling back to another language it has so nothing is ever blank. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  if (text[lang] !== undefined) return text[lang];
  for (const other of Object.values(text)) if (other !== undefined) return other;
  return '';
}
