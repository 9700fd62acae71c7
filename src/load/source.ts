// Turns raw file bytes into plain data plus a way to find where any value came from. Hostile
// input is refused here, before the YAML parser sees it: a deeply nested document can abort
// the whole Node process inside `yaml`, so one bad file must never get that far.
import { Lexer, LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, isAlias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { msg, type Message } from '../i18n/messages.js';
import type { Problem } from '../core/problems.js';
import { pushAll } from '../core/arrays.js';

export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/**
 * JSON files may be larger: a diagnostic over thousands of respondents is tens of megabytes, and
 * `cocon report` must read every diagnostic `cocon score` writes. JSON is read by JSON.parse,
 * which builds no syntax tree and has no aliases, so size is not the threat it is for YAML.
 */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/**
 * The size limit for a file, by its name. An HTML report is read as the JSON it embeds (see
 * parseHtmlReport), so it may be as large as the diagnostic it carries.
 */
export function maxBytesFor(file: string): number {
  return /\.(json|html?)$/i.test(file) ? MAX_JSON_BYTES : MAX_FILE_BYTES;
}
export const MAX_DEPTH = 64;
const MAX_ALIASES = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

/** Parsed file: the data and a locator from a data path to a 1-based line and column. */
export interface Source {
  file: string;
  data: unknown;
  /** Where the value at `path` is; `key: true` points at the key of a mapping entry instead. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; col: number };
  problem(path: readonly PathSegment[], message: Message, options?: { key?: boolean }): Problem;
}

export type ParseResult = { ok: true; source: Source } | { ok: false; problems: Problem[] };

/** `json`: the text is JSON whatever the file's name (the block an HTML report embeds). */
export function parseSource(file: string, bytes: Uint8Array, json = /\.json$/i.test(file)): ParseResult {
  const fail = (message: Message, line = 1, col = 1): ParseResult => ({ ok: false, problems: [{ file, line, col, message }] });
  // By content, not name: an .html file parsed as YAML keeps YAML's limit.
  const limit = json ? MAX_JSON_BYTES : MAX_FILE_BYTES;
  if (bytes.byteLength > limit) return fail(msg('file.too-large', { size: bytes.byteLength, limit }));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(msg('file.binary'), ...lineColOfByte(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(msg('file.not-utf8'));
  }
  if (text.trim() === '') return fail(msg('file.empty'));
  // Valid JSON needs no pre-check: V8's JSON.parse is iterative and the walk below counts the
  // depth itself; the lexer-based check is only for YAML, and to locate a JSON file too deep.
  const fast = json ? parseJsonFast(file, text) : undefined;
  if (fast && fast !== TOO_DEEP) return fast;
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) return fail(msg('file.too-deep', { limit: MAX_DEPTH }), tooDeep.line, tooDeep.col);
  if (fast === TOO_DEEP) return fail(msg('file.too-deep', { limit: MAX_DEPTH }));

  let tree: { doc: Document; lineCounter: LineCounter };
  try {
    tree = parseTree(text);
  } catch (error) {
    return engineFailure(file, error);
  }
  const { doc, lineCounter } = tree;
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  if (doc.errors.length > 0) {
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const error = doc.errors[0]!;
    const { line, col } = at(error.pos[0]);
    const message = error.code === 'MULTIPLE_DOCS'
      ? msg('yaml.multiple-documents')
      : msg(json ? 'json.syntax' : 'yaml.syntax', { detail: firstLine(error.message) });
    return { ok: false, problems: [{ file, line, col, message }] };
  }
  const problems = keyProblems(doc, text, file, at);
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError) return engineFailure(file, error);
    const isAliasBomb = error instanceof ReferenceError || /alias/i.test(String((error as Error).message));
    return fail(isAliasBomb ? msg('file.too-many-aliases') : msg('yaml.syntax', { detail: firstLine(String((error as Error).message)) }));
  }
  if (data === null || data === undefined) return fail(msg('file.empty'));

  return { ok: true, source: locatedLazily(file, text, data) };
}

/**
 * The syntax tree weighs many times its data, and a run over thousands of files would keep every
 * one: a Source keeps only the text, and parses it again the first time a problem is located.
 * Built here, away from parseSource's scope, so that no closure holds on to the first tree.
 */
function locatedLazily(file: string, text: string, data: unknown): Source {
  let tree: { doc: Document; lineCounter: LineCounter } | undefined;
  const locate = (path: readonly PathSegment[], options?: { key?: boolean }) => {
    tree ??= parseTree(text);
    const { line, col } = tree.lineCounter.linePos(offsetOf(tree.doc, path, options?.key ?? false));
    return { line, col };
  };
  return { file, data, locate, problem: (path, message, options) => ({ file, ...locate(path, options), message }) };
}

/**
 * The one way cocon parses YAML, so a text parsed again to locate a problem reads the same.
 * Duplicate keys are found by keyProblems: yaml's own check compares every key with every
 * earlier key of its map, which made a map of 20,000 keys take tens of seconds.
 */
function parseTree(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false }), lineCounter };
}

/** The start offset of the deepest node along `path` that exists (a missing field points at its parent). */
function offsetOf(doc: Document, path: readonly PathSegment[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (!pair) return offset;
      if (isLast && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** Each map's pairs by key, built once: locating one problem per key of a large map stays linear. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) if (isScalar(pair.key)) index.set(keyName(pair.key.value), pair);
    pairIndexes.set(map, index);
  }
  return index;
}

/** The property name a scalar key becomes in plain data (yaml turns a null key into ""). */
function keyName(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * Keys plain data cannot hold faithfully, found in one pass: prototype keys, a key twice in the
 * same map, empty or null keys, and keys that are lists or maps (JavaScript would turn them into
 * text, with a warning on the console).
 */
function keyProblems(doc: Document, text: string, file: string, at: (offset: number) => { line: number; col: number }): Problem[] {
  const problems: Problem[] = [];
  const report = (node: unknown, message: Message) => problems.push({ file, ...at(rangeStart(node) ?? 0), message });
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = keyName(key.value);
          if (FORBIDDEN_KEYS.has(name)) report(key, msg('file.forbidden-key', { key: name }));
          else if (name.trim() === '') report(key, msg('file.empty-key'));
          else if (seen.has(name)) report(key, msg('yaml.duplicate-key', { key: sourceKey(text, key) }));
          seen.add(name);
        } else if (key === null || key === undefined) {
          // "? " with nothing after it, or ": value" alone: the key's place is the value's.
          report(pair.value, msg('file.empty-key'));
        } else {
          report(key, msg('file.collection-key'));
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      pushAll(stack, node.items);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** A key as its author wrote it (without quotes), for messages. */
function sourceKey(text: string, key: Node): string {
  const range = key.range;
  return range ? text.slice(range[0], range[1]).trim().replace(/^["']|["']$/g, '') : '';
}

/** A failure inside the parser (its stack exhausted): said as nesting too deep, never in the engine's words. */
function engineFailure(file: string, error: unknown): ParseResult {
  if (!(error instanceof RangeError)) throw error;
  return { ok: false, problems: [{ file, line: 1, col: 1, message: msg('file.too-deep', { limit: MAX_DEPTH }) }] };
}

/**
 * Upper bound on nesting, before the recursive part of the parser runs. Block nesting needs at
 * least one column of indentation (or one "- " / "? " / ": " marker) per level; flow nesting is
 * counted on yaml's own tokens, so a quote or a comment marker cannot hide brackets from it
 * (the lexer is iterative and stops at the first level too many).
 */
export function findExcessiveNesting(text: string): { line: number; col: number } | undefined {
  const block = findDeepIndentation(text);
  if (block !== undefined) return lineColOf(text, block);
  const flow = findDeepFlow(text);
  return flow === undefined ? undefined : lineColOf(text, flow);
}

function findDeepIndentation(text: string): number | undefined {
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (!atLineStart) continue;
    if (c === ' ' || c === '\t' || ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
      indent++;
      if (indent > MAX_DEPTH * 4) return i;
      continue;
    }
    atLineStart = false;
  }
  return undefined;
}

// Tokens the lexer adds that are not characters of the source.
const SYNTHETIC_TOKENS = new Set(['\x02', '\x18', '\x1f']);

function findDeepFlow(text: string): number | undefined {
  // Without more opening brackets than the limit anywhere, no flow nesting can exceed it.
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets <= MAX_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth++;
      if (depth > MAX_DEPTH) return offset;
    } else if ((token === ']' || token === '}') && depth > 0) {
      depth--;
    }
    if (!SYNTHETIC_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

function lineColOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

function lineColOfByte(bytes: Uint8Array, index: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, index - lineStart + 1];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * JSON read with JSON.parse: no syntax tree, so a diagnostic of tens of megabytes reads in a
 * fraction of a second. Undefined when the text is not plain valid JSON (or holds a forbidden
 * key), so that the YAML path reports the exact place of the problem.
 */
/** A JSON document nested deeper than MAX_DEPTH: refused, located by the slower check. */
const TOO_DEEP = Symbol('too deep');

function parseJsonFast(file: string, text: string): ParseResult | typeof TOO_DEEP | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return undefined;
  // Two stacks side by side (values, their depths): no object allocated per value walked.
  const values: unknown[] = [data];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return TOO_DEEP;
    if (Array.isArray(value)) {
      for (const item of value) {
        values.push(item);
        depths.push(depth + 1);
      }
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return undefined;
        values.push((value as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
    }
  }
  return { ok: true, source: locatedLazily(file, text, data) };
}

