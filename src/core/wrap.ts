/** Greedy word wrap to `width` visible columns; a word longer than the width stays whole. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    // No-break spaces (French typography: « x », 80 %, « : ») hold their neighbours together.
    for (const word of paragraph.split(/[^\S\u00A0\u202F]+/).filter(Boolean)) {
      if (current && visibleLength(current) + 1 + visibleLength(word) > width) {
        lines.push(current);
        current = word;
      } else {
        current = current ? `${current} ${word}` : word;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** Length as shown on a terminal: ANSI colour codes take no room. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}
