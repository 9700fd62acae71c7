// A comparison in Markdown: reads well on GitHub and in a CI job summary.
import type { Comparison } from '../compare/contract.js';
import { words } from '../i18n/catalogues.js';
import type { Renderer } from './renderer.js';
import { comparisonView } from './comparison-sections.js';
import { escapeMarkdown } from './escape-markdown.js';
import { targetsMarkdown, targetsView } from './targets.js';
import { pushAll } from '../core/arrays.js';

export const renderComparisonMarkdown: Renderer<Comparison> = (comparison, { lang }) => {
  const view = comparisonView(comparison, lang);
  const labelled = words(lang).report.labelled;
  const out: string[] = [`# ${escapeMarkdown(view.title)}`, '', `- ${labelled({ label: `**${escapeMarkdown(view.snapshotsLabel)}**`, value: view.snapshots.map(escapeMarkdown).join(' → ') })}`, ''];
  for (const note of view.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  for (const section of view.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, '');
    if (section.table) {
      const { head, rows, right } = section.table;
      out.push(`| ${head.map(escapeMarkdown).join(' | ')} |`, `| ${head.map((_, i) => (right.includes(i) ? '---:' : '---')).join(' | ')} |`);
      for (const row of rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
      out.push('');
    }
    if (section.items) {
      pushAll(out, section.items.map((item) => `- ${escapeMarkdown(item)}`));
      out.push('');
    }
    if (section.paragraphs) pushAll(out, section.paragraphs.flatMap((p) => [escapeMarkdown(p), '']));
    if (section === view.sections[0] && comparison.targets && comparison.targets.length > 0) pushAll(out, targetsMarkdown(targetsView(comparison.targets, comparison.levels, lang), escapeMarkdown));
  }
  return `${out.join('\n').trimEnd()}\n`;
};
