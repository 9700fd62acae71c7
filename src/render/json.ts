import type { PieceRenderer, Renderer } from './renderer.js';
import { escapeRaw, safeJson } from '../core/json-text.js';

export { safeJson };

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
  yield* jsonTextPieces(document, '', escapeRaw);
  yield '\n';
};

/**
 * `escape(JSON.stringify(value, null, indent === '' ? 2 : undefined))` in pieces (`indent`
 * undefined: on one line). `escape` replaces single characters, so a cut between pieces changes
 * nothing. Most documents are small: one JSON.stringify is quicker than walking them (3 ms at start-up).
 */
export function jsonTextPieces(value: unknown, indent: '' | undefined, escape: (text: string) => string): Iterable<string> {
  if (smallerThan(value, 4 * PIECE)) return [escape(JSON.stringify(value, null, indent === undefined ? undefined : 2))];
  return gathered(jsonParts(value, indent, WALKED_DEPTH), escape);
}

/**
 * JSON.stringify(value, null, 2) in parts, for plain data (no toJSON, no cycles): objects and
 * arrays are walked down to `depth`, below which each value is written whole and indented.
 * `indent` undefined: JSON.stringify(value), on one line.
 */
export function* jsonParts(value: unknown, indent: string | undefined, depth: number): Generator<string> {
  const whole = depth <= 0 || value === null || typeof value !== 'object';
  if (whole) {
    if (indent === undefined) return yield JSON.stringify(value);
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  if (indent === undefined) return yield* compactParts(value, depth);
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

function* compactParts(value: object, depth: number): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonParts(item, undefined, depth - 1);
    }
    return yield ']';
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonParts(item, undefined, depth - 1);
  }
  yield first ? '{}' : '}';
}

/** The text of `parts` gathered into pieces of about PIECE characters, each passed through `escape`. */
function* gathered(parts: Iterable<string>, escape: (text: string) => string): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const part of parts) {
    pending.push(part);
    size += part.length;
    if (size >= PIECE) {
      yield escape(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield escape(pending.join(''));
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
