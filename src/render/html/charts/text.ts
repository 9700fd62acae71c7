// Text inside charts: SVG does not wrap, so labels are cut into a few short lines here.
import { shorten } from '../escape.js';

/** `text` in lines of at most `width` characters, at most `maxLines` of them (the last one shortened). */
export function labelLines(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= width || !current) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => shorten(l, width));
  return [...lines.slice(0, maxLines - 1).map((l) => shorten(l, width)), shorten(lines.slice(maxLines - 1).join(' '), width)];
}
