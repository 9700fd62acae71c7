// How catalogues are written. Each language file gets a phrasebook for its language:
//   t`texte : ${value}`   typography on the literal text only; a number is formatted through
//                         Intl; any other value (a file name, a questionnaire text) is left as is.
//   plural(n, forms)      the form Intl.PluralRules picks for n, typeset.
//   typeset({...})        a domain's plain strings typeset once, at load; its functions use t.
//   score(n), percent(n)  a score (0–100, one decimal at most) or a percentage, through Intl;
//                         a dash for a missing score.
import { formatNumber, formatPercent, formatScore, pluralForm, type PluralForms } from './number-text.js';
import type { LanguageSettings } from './settings.js';

export type Value = string | number;

export interface Phrasebook {
  t(literals: TemplateStringsArray, ...values: Value[]): string;
  plural(count: number, forms: PluralForms): string;
  typeset<T>(domain: T): T;
  score(value: number | null): string;
  percent(value: number): string;
}

/** What a report shows where there is no score. */
export const NO_VALUE = '—';

export function phrasebook(language: LanguageSettings): Phrasebook {
  const { typography } = language;
  const typeset = <T>(value: T): T => {
    if (typeof value === 'string') return typography(value) as T;
    if (Array.isArray(value)) return value.map(typeset) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v)])) as T;
    }
    return value;
  };
  return {
    t(literals, ...values) {
      let out = typography(literals[0]!);
      values.forEach((value, i) => {
        out += (typeof value === 'number' ? formatNumber(value, language) : value) + typography(literals[i + 1]!);
      });
      return out;
    },
    plural: (count, forms) => typography(pluralForm(count, forms, language)),
    typeset,
    score: (value) => (value === null ? NO_VALUE : formatScore(value, language)),
    percent: (value) => formatPercent(value, language),
  };
}
