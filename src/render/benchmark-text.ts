// A benchmark as plain text for a terminal or a .txt file.
import { wrap } from '../core/wrap.js';
import type { BenchmarkSchema } from '../types/schemas.js';
import type { Renderer } from './renderer.js';
import { benchmarkView } from './benchmark-view.js';
import { inert, plainTable } from './plain-table.js';
import { pushAll } from '../core/arrays.js';

export const renderBenchmarkText: Renderer<BenchmarkSchema.Benchmark> = (benchmark, { lang, width }) => {
  const view = benchmarkView(benchmark, lang);
  const columns = Math.max(60, width);
  const out: string[] = [inert(view.title), ''];
  for (const section of view.sections) {
    out.push(inert(section.title), ...plainTable(section.head.map(inert), section.rows.map((row) => row.map(inert)), section.right));
    for (const note of section.notes) pushAll(out, wrap(inert(note), columns));
    out.push('');
  }
  for (const note of view.notes) pushAll(out, wrap(inert(note), columns));
  return `${out.join('\n').trimEnd()}\n`;
};
