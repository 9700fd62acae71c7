// What a spreadsheet cell may hold, and the guard against formula injection: a text from a file
// that starts like a formula is written with a leading apostrophe, so the spreadsheet shows it
// and never runs it. « Starts » looks past what a spreadsheet skips or a reader does not see
// before the `=`: whitespace of any kind (space, tab, no-break and ideographic spaces, line
// ends), invisible format characters (U+200B zero-width space, U+FEFF, U+2060, bidirectional
// marks, soft hyphen: Unicode category Cf) and control characters. The full-width forms
// (＝ ＋ － ＠) are formula starts too for spreadsheets that fold them. A text starting with a tab
// or a line end is guarded as well, whatever follows.
export type Cell = string | number | null;

export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

const FORMULA_START = /^(?:[\s\p{Cf}\p{Cc}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/u;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The separators `--separator` takes: the ones spreadsheets offer when they open a CSV. */
export const CSV_SEPARATORS = [';', ',', '\t', '|'] as const;
