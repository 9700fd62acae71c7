// How a list of options fits the terminal it is shown on. Inquirer pages a list taller than its
// `pageSize` without a word, and wraps a long option under its pointer: on a narrow terminal
// « Je ne sais pas », « Non concerné » and « ← Revenir » would sit out of sight below.
import { wrap } from '../../core/wrap.js';
import type { Choice } from '../../questions/prompt-adapter.js';

export interface Screen {
  columns: number;
  rows: number;
}

export interface Laid<C> {
  /** The choices to show, a long name wrapped with its later lines indented under its first. */
  choices: (C & { short: string })[];
  /** Where the pinned choices end and the others begin, when they had to be moved first. */
  separatorAt?: number;
  pageSize: number;
}

/** Lines a prompt takes besides its options: the message, a blank line, the key help, an error, one spare. */
const CHROME_LINES = 4;
const MIN_PAGE = 5;

/**
 * Every option in one page when the terminal is tall enough; otherwise a page as tall as the
 * terminal allows, with the pinned choices (the answers that are not options: don't know, not
 * applicable, back) moved first so they stay in sight. `indent` is the width of what precedes a
 * name on its first line (pointer, box, space).
 */
export function layoutChoices<C extends Choice<unknown> & { pinned?: boolean }>(choices: readonly C[], message: string, screen: Screen, indent: number): Laid<C> {
  const columns = Math.max(20, screen.columns);
  const laid = choices.map((choice) => {
    const lines = wrap(choice.name, columns - indent - 1);
    return { ...choice, name: lines.join(`\n${' '.repeat(indent)}`), short: choice.name, lines: lines.length };
  });
  const available = Math.max(MIN_PAGE, screen.rows - wrap(`? ${message}`, columns - 1).length - CHROME_LINES);
  const total = laid.reduce((sum, choice) => sum + choice.lines, 0);
  const strip = ({ lines: _lines, ...choice }: (typeof laid)[number]) => choice as C & { short: string };
  if (total <= available) return { choices: laid.map(strip), pageSize: Math.max(1, total) };
  const pinned = laid.filter((c) => c.pinned);
  if (pinned.length === 0) return { choices: laid.map(strip), pageSize: available };
  return { choices: [...pinned, ...laid.filter((c) => !c.pinned)].map(strip), separatorAt: pinned.length, pageSize: available };
}
