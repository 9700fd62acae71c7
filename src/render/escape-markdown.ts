// The Markdown escaper: every string that comes from a file (answers, questionnaire, saved
// diagnostic) goes through it before it reaches a report. Its output is one line of inline text
// that CommonMark and GFM read as exactly the characters it was given: no block (list, quote,
// heading, table row), no emphasis, link, autolink or raw HTML, no control character.
import { plainLine } from '../core/sanitize.js';

// Characters with an inline meaning anywhere in a line. `|` splits table cells (GFM reads `\|`
// as a literal pipe even inside a cell); `<`, `>`, `&` become entities, so no HTML and no entity
// from the text survives.
const INLINE = /[\\`*_[\]|#~]/g;

/** Text made inert for Markdown and HTML, on one line (safe in table cells too). */
export function escapeMarkdown(text: string): string {
  return plainLine(text)
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE, '\\$&')
    // At the start, what could open a block when the text begins a line or a list item:
    // "-", "+" (bullet list), "=" (setext underline), "1." or "1)" (ordered list).
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    // GFM turns bare addresses into links: "www.", "scheme://", "mailto:",
    // "xmpp:" and "user@host" lose their trigger.
    .replace(/(www)\./gi, '$1\\.')
    // Every "://", whatever the scheme before it: looking for the scheme took quadratic time on a
    // long word (a 10,000-letter comment: 0.15 s; a saved diagnostic has no length limit).
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(mailto|xmpp):/gi, '$1\\:')
    .replace(/@/g, '\\@');
}
