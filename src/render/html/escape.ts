// Every string from a file is untrusted: it reaches the page only through these functions.
import { neutralizeControls } from '../../core/sanitize.js';
import { jsonTextPieces } from '../json.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made inert in HTML and SVG, in element content and in quoted attributes alike; control
 * characters shown as in every other output (`cat rapport.html` must not drive a terminal either),
 * a tab as a space.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!).replace(/\t/g, ' ').replace(CONTROLS_BUT_NEWLINE, neutralizeControls);
}

/** Marks a text to be isolated from the words around it (see escapeContent); marks already in the text are dropped. */
export function isolate(text: string): string {
  return `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069`;
}

/**
 * Text made inert for element content, each isolated part (see isolate) in a <bdi> element: the
 * isolation of U+2068/U+2069 without the invisible characters, which a reader copying a name
 * would carry along. Marks pair up; one left open is closed at the end, a stray closing one dropped.
 */
export function escapeContent(text: string): string {
  let depth = 0;
  const out = escapeHtml(text).replace(/[\u2068\u2069]/g, (mark) => {
    if (mark === '\u2068') {
      depth++;
      return '<bdi>';
    }
    if (depth === 0) return '';
    depth--;
    return '</bdi>';
  });
  return depth > 0 ? out + '</bdi>'.repeat(depth) : out;
}

/**
 * The diagnostic as JSON safe inside <script type="application/json">: no `</script>`, no
 * `<!--` (which would change how the HTML parser reads the rest of the block), no raw DEL, C1
 * control or U+2028/2029.
 * `<`, `>` and `&` only occur inside JSON strings, so their \u escapes keep it the same JSON.
 */
export function embedJson(value: unknown): string {
  return escapeForScript(JSON.stringify(value));
}

/** The same text in pieces, for a large document (see PieceRenderer). */
export function embedJsonPieces(value: unknown): Iterable<string> {
  return jsonTextPieces(value, undefined, escapeForScript);
}

/** Character by character, so that a text cut anywhere escapes the same. */
function escapeForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A CSS string literal (for @page margin boxes): every character but letters, digits and spaces as a CSS escape. */
export function cssString(text: string): string {
  const body = [...text.replace(/[\r\n\t]+/g, ' ')].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('');
  return `"${body}"`;
}

/** A chart label cut to fit: the full text is always in the chart's table. */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Coordinates with at most one decimal (a tenth of a pixel of a 560-wide drawing), for compact SVG. */
export function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}
