// The Markdown report is tidied line by line and handed over in pieces (src/render/markdown-lines.ts):
// whatever the lines and wherever the pieces are cut, the text must be the one the report was
// before it came in pieces, the whole text tidied by three regexes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkdownLines } from '../src/render/markdown-lines.js';

/** The report's text as it was made before pieces: every line joined, then tidied whole. */
function tidiedWhole(lines: readonly string[]): string {
  return `${lines.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The same lines through MarkdownLines, pieces taken after the pushes `takeAfter` says. */
function inPieces(lines: readonly string[], pieceSize: number, takeAfter: readonly boolean[]): { text: string; pieces: string[] } {
  const out = new MarkdownLines(pieceSize);
  const pieces: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (takeAfter[i % takeAfter.length]) {
      const piece = out.take();
      if (piece !== undefined) pieces.push(piece);
    }
  });
  pieces.push(out.end());
  return { text: pieces.join(''), pieces };
}

// Characters that matter to the tidying: line ends of every kind, spaces, tabs, other Unicode
// whitespace (which trimEnd drops at the very end), and plain letters, one- and two-byte.
const CHARACTERS = ['a', 'é', '€', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '-'];
const line = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }).map((chars) => chars.join(''));

describe('MarkdownLines', () => {
  it('gives the text tidied whole, for any lines and any cuts between pieces', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (lines, pieceSize, takeAfter) => {
        expect(inPieces(lines, pieceSize, takeAfter).text).toBe(tidiedWhole(lines));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps lines that differ only in edge cases the regexes define', () => {
    const cases: string[][] = [
      [],
      [''],
      ['', '', '', 'x'],
      ['x', '', '', '', 'y', '', ''],
      ['x  ', '\t', 'y \r z \u2028 w\t'],
      ['x', '\u00a0', '', '', 'y'],
      ['x', '\u00a0 ', '\u3000'],
      ['a\n\n\n\nb', 'c\n'],
    ];
    for (const lines of cases) expect(inPieces(lines, 1, [true]).text, JSON.stringify(lines)).toBe(tidiedWhole(lines));
  });

  it('hands the text over in pieces of about the size asked, not in one', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `- ligne ${i} du rapport`);
    const { text, pieces } = inPieces(lines, 1000, [true]);
    expect(text).toBe(tidiedWhole(lines));
    expect(pieces.length).toBeGreaterThan(30);
    // A piece is handed over as soon as it reaches the size: at most one line more.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1000 + 30);
  });
});
