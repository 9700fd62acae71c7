// Plain-text tables and inert text for the text formats: columns aligned on visible characters,
// no control characters from files (they could move the cursor or change colours).
import { plainLine } from '../core/sanitize.js';
import { maxOf } from '../core/arrays.js';

/** Text from a file on one inert line: the one sanitiser of src/core/sanitize.ts. */
export const inert = plainLine;

/**
 * Header, a rule, then rows; the columns in `right` aligned right (numbers). When the table is
 * wider than `width`, the first column (labels, question texts) is cut short with "…".
 */
export function plainTable(head: string[], rows: string[][], right: number[], width = Infinity): string[] {
  let cells = [head, ...rows];
  const widths = head.map((_, i) => maxOf(cells.map((row) => [...row[i]!].length)));
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (total > width) {
    const first = Math.max(12, widths[0]! - (total - width));
    const clip = (text: string) => ([...text].length > first ? `${[...text].slice(0, first - 1).join('')}…` : text);
    cells = cells.map(([label, ...rest]) => [clip(label!), ...rest]);
    widths[0] = first;
  }
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - [...text].length);
    return right.includes(i) ? gap + text : text + gap;
  };
  const lines = cells.map((row) => row.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((n) => '─'.repeat(n)).join('  '));
  return lines;
}
