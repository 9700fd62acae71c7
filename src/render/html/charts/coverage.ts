// A coverage meter: the share of applicable weight that has a known answer, drawn where a
// figure rests on partial answers.
import { coord, escapeHtml } from '../escape.js';

export function coverageSvg(coverage: number, label: string): string {
  const width = 120;
  const filled = (width * Math.max(0, Math.min(100, coverage))) / 100;
  return `<svg class="chart meter" viewBox="0 0 ${width} 10" width="${width}" height="10" role="img" aria-label="${escapeHtml(label)}" data-coverage="${coverage}"><rect class="meter-track" x="0" y="1" width="${width}" height="8" rx="4"/><rect class="meter-fill" x="0" y="1" width="${coord(filled)}" height="8" rx="4"/></svg>`;
}
