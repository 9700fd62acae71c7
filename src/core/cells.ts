// What a spreadsheet cell may hold, and the guard against formula injection: a text from a file
// that starts like a formula (=, +, -, @, or a tab or carriage return that some spreadsheets skip
// before one) is written with a leading apostrophe, so the spreadsheet shows it and never runs it.
export type Cell = string | number | null;

export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
