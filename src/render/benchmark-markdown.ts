// A benchmark in Markdown: for a network's wiki, a pull request or a CI job summary.
import type { BenchmarkSchema } from '../types/schemas.js';
import type { Renderer } from './renderer.js';
import { benchmarkView } from './benchmark-view.js';
import { escapeMarkdown } from './escape-markdown.js';

export const renderBenchmarkMarkdown: Renderer<BenchmarkSchema.Benchmark> = (benchmark, { lang }) => {
  const view = benchmarkView(benchmark, lang);
  const out: string[] = [`# ${escapeMarkdown(view.title)}`, ''];
  for (const section of view.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`, '', `| ${section.head.map(escapeMarkdown).join(' | ')} |`, `| ${section.head.map((_, i) => (section.right.includes(i) ? '---:' : '---')).join(' | ')} |`);
    for (const row of section.rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
    out.push('');
    for (const note of section.notes) out.push(escapeMarkdown(note), '');
  }
  for (const note of view.notes) out.push(`> ${escapeMarkdown(note)}`, '>');
  return `${out.join('\n').replace(/\n>$/, '').trimEnd()}\n`;
};
