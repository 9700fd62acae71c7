// A comparison as plain text for a terminal or a .txt file: aligned columns, no colour needed.
import type { Comparison } from '../compare/contract.js';
import { wrap } from '../core/wrap.js';
import { words } from '../i18n/catalogues.js';
import type { Renderer } from './renderer.js';
import { comparisonView, type Table } from './comparison-sections.js';

/** Text from files made inert for a terminal: no control characters (escape sequences), one line. */
function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

function layout(table: Table): string[] {
  const cells = [table.head, ...table.rows].map((row) => row.map(inert));
  const widths = table.head.map((_, i) => Math.max(...cells.map((row) => [...row[i]!].length)));
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - [...text].length);
    return table.right.includes(i) ? gap + text : text + gap;
  };
  const lines = cells.map((row) => row.map(pad).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((n) => '─'.repeat(n)).join('  '));
  return lines;
}

export const renderComparisonText: Renderer<Comparison> = (comparison, { lang, width }) => {
  const view = comparisonView(comparison, lang);
  const columns = Math.max(60, width);
  const out: string[] = [inert(view.title), ...wrap(words(lang).report.labelled({ label: view.snapshotsLabel, value: view.snapshots.map(inert).join(' → ') }), columns), ''];
  for (const note of view.notes) out.push(...wrap(inert(note), columns), '');
  for (const section of view.sections) {
    out.push(inert(section.title));
    if (section.table) out.push(...layout(section.table));
    if (section.items) for (const item of section.items) out.push(...wrap(`• ${inert(item)}`, columns));
    if (section.paragraphs) for (const p of section.paragraphs) out.push(...wrap(inert(p), columns));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
