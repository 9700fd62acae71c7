// A comparison as plain text for a terminal or a .txt file: aligned columns, no colour needed.
import type { Comparison } from '../compare/contract.js';
import { wrap } from '../core/wrap.js';
import { words } from '../i18n/catalogues.js';
import type { Renderer } from './renderer.js';
import { comparisonView } from './comparison-sections.js';
import { inert, plainTable } from './plain-table.js';
import { targetsText, targetsView } from './targets.js';
import { pushAll } from '../core/arrays.js';

export const renderComparisonText: Renderer<Comparison> = (comparison, { lang, width }) => {
  const view = comparisonView(comparison, lang);
  const columns = Math.max(60, width);
  const out: string[] = [inert(view.title), ...wrap(words(lang).report.labelled({ label: view.snapshotsLabel, value: view.snapshots.map(inert).join(' → ') }), columns), ''];
  for (const note of view.notes) pushAll(out, wrap(inert(note), columns)).push('');
  for (const section of view.sections) {
    out.push(inert(section.title));
    // Long texts (questions) read better as a line each, their figures indented below.
    if (section.table?.long) {
      for (const [text, label, from, to, delta] of section.table.rows.map((row) => row.map(inert))) {
        pushAll(out, wrap(text!, columns - 2).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`))).push(`  ${label} · ${from} → ${to} (${delta})`);
      }
    }
    else if (section.table) pushAll(out, plainTable(section.table.head.map(inert), section.table.rows.map((row) => row.map(inert)), section.table.right));
    if (section.items) for (const item of section.items) pushAll(out, wrap(`• ${inert(item)}`, columns));
    if (section.paragraphs) for (const p of section.paragraphs) pushAll(out, wrap(inert(p), columns));
    out.push('');
    if (section === view.sections[0] && comparison.targets && comparison.targets.length > 0) {
      pushAll(out, targetsText(targetsView(comparison.targets, comparison.levels, lang), inert, plainTable, (text) => wrap(text, columns)));
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
};
