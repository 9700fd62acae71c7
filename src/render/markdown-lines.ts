// The Markdown report's lines, tidied as they come and handed over in pieces: a report over
// thousands of respondents (10 MB of comments) is never one string, nor copied whole by a regex.
// Tidy: no spaces or tabs at the end of a line, never two blank lines in a row, nothing blank at
// the end but one line end; the pieces joined are the same text whatever the flush points.

/**
 * Pieces are handed over once they hold this many characters: small enough (32 KB at most) to be
 * born and die in V8's young generation; 64K-character pieces went to its large-object space and
 * stayed until a full collection, adding 10 MB to a 10,000-respondent run.
 */
const PIECE = 1 << 14;

export class MarkdownLines {
  constructor(private readonly pieceSize = PIECE) {}

  private pieces: string[] = [];
  private size = 0;
  /** Line ends met since the last line with text; none before the first line. */
  private newlines = 0;
  private first = true;
  /** Whitespace written last: kept back, as the end of the report drops it. */
  private held = '';

  /** Lines of the report (each may hold several, separated by line ends). */
  push(...lines: string[]): void {
    for (const line of lines) {
      for (const physical of line.split('\n')) this.physical(physical);
    }
  }

  /** The text tidied so far, once there is enough of it to be worth handing over. */
  take(): string | undefined {
    return this.size >= this.pieceSize ? this.flush() : undefined;
  }

  /** The rest of the text: the report ends here. */
  end(): string {
    this.held = '';
    this.add('\n');
    return this.flush();
  }

  private physical(raw: string): void {
    // Every line after the first is preceded by a line end in the joined text.
    if (this.first) this.first = false;
    else this.newlines++;
    const line = stripLineEnds(raw);
    if (line === '') return;
    // Three line ends or more in a row (two blank lines) become two.
    const text = '\n'.repeat(Math.min(this.newlines, 2)) + line;
    this.newlines = 0;
    const trailing = whitespaceEnd(text);
    if (trailing === 0) {
      this.held += text;
      return;
    }
    this.add(this.held + text.slice(0, trailing));
    this.held = text.slice(trailing);
  }

  private add(text: string): void {
    this.pieces.push(text);
    this.size += text.length;
  }

  private flush(): string {
    const piece = this.pieces.join('');
    this.pieces = [];
    this.size = 0;
    return piece;
  }
}

// Both by hand, from the end: the regexes /[ \t]+$/gm and /\s*$/ take quadratic time on a long
// run of spaces inside a line (a comment of 100,000 spaces then a letter: 12 s).

/** Spaces and tabs removed before every line end (\r, U+2028, U+2029) and at the end. */
function stripLineEnds(text: string): string {
  if (!/[\r\u2028\u2029]/.test(text)) return stripEnd(text);
  return text.split(/([\r\u2028\u2029])/).map((part, i) => (i % 2 === 1 ? part : stripEnd(part))).join('');
}

function stripEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Where the whitespace that ends `text` starts (its length when none): what trimEnd would drop. */
function whitespaceEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
