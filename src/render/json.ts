import type { PieceRenderer, Renderer } from './renderer.js';

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-character
// CSI) and the Unicode line separators raw: `cat diagnostic.json` must not drive a terminal.
// eslint-disable-next-line no-control-regex
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

const escapeRaw = (text: string) => text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON text that no terminal acts on: `indent` 0 gives one line (JSON lines). */
export function safeJson(value: unknown, indent = 2): string {
  return escapeRaw(JSON.stringify(value, null, indent || undefined));
}

/** The document itself (a diagnostic, a comparison): the contract. Stable key order comes from whoever built it. */
export const renderJson: Renderer<object> = (document) => `${safeJson(document)}\n`;

/** Pieces are handed over once they hold this many characters (see markdown-lines.ts). */
const PIECE = 1 << 14;
/** Below this depth a value is written whole: the deepest lists of a diagnostic (its responses) sit at 6. */
const WALKED_DEPTH = 7;

/**
 * The same text as renderJson, in pieces: the 31 MB of a diagnostic of 10,000 respondents are
 * never one string (nor its 62 MB two-byte copy and the bytes made of it to write it).
 */
export const jsonPieces: PieceRenderer<object> = function* (document) {
  // Most documents are small: one JSON.stringify is quicker than walking them (3 ms at start-up).
  if (smallerThan(document, 4 * PIECE)) {
    yield renderJson(document, { lang: 'fr', color: false, width: 0 });
    return;
  }
  let pending: string[] = [];
  let size = 0;
  for (const part of jsonParts(document, '', WALKED_DEPTH)) {
    pending.push(part);
    size += part.length;
    if (size >= PIECE) {
      yield escapeRaw(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  pending.push('\n');
  yield escapeRaw(pending.join(''));
};

/**
 * JSON.stringify(value, null, 2) in parts, for plain data (no toJSON, no cycles): objects and
 * arrays are walked down to `depth`, below which each value is written whole and indented.
 */
export function* jsonParts(value: unknown, indent: string, depth: number): Generator<string> {
  const whole = depth <= 0 || value === null || typeof value !== 'object';
  if (whole) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      const item: unknown = value[i];
      // As JSON.stringify writes them in an array: what JSON cannot hold becomes null.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonParts(item, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonParts(item, inner, depth - 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** Whether the JSON of `value` holds, roughly, fewer than `budget` characters: stops counting past it. */
function smallerThan(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let left = budget;
  while (stack.length > 0) {
    const item = stack.pop();
    // A few characters per value and key (quotes, colon, comma, indentation).
    left -= 8;
    if (typeof item === 'string') left -= item.length;
    else if (item !== null && typeof item === 'object') {
      for (const [key, member] of Object.entries(item)) {
        left -= key.length;
        stack.push(member);
      }
    }
    if (left < 0) return false;
  }
  return true;
}
