// Turns raw file bytes into plain data plus a way to find where any value came from. Hostile
// input is refused here, before the YAML parser sees it: a deeply nested document can abort
// the whole Node process inside `yaml`, so one bad file must never get that far.
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, isAlias, type Document, type Node } from 'yaml';
import { msg, type Message } from '../i18n/messages.js';
import type { Problem } from '../core/problems.js';

export const MAX_FILE_BYTES = 4 * 1024 * 1024;
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

export function parseSource(file: string, bytes: Uint8Array): ParseResult {
  const fail = (message: Message, line = 1, col = 1): ParseResult => ({ ok: false, problems: [{ file, line, col, message }] });
  if (bytes.byteLength > MAX_FILE_BYTES) return fail(msg('file.too-large', { size: bytes.byteLength, limit: MAX_FILE_BYTES }));
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(msg('file.binary'), ...lineColOfByte(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(msg('file.not-utf8'));
  }
  if (text.trim() === '') return fail(msg('file.empty'));
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) return fail(msg('file.too-deep', { limit: MAX_DEPTH }), tooDeep.line, tooDeep.col);

  const { doc, lineCounter } = parseTree(text);
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  if (doc.errors.length > 0) {
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const errors = duplicates.length === doc.errors.length ? duplicates : [doc.errors.find((e) => e.code !== 'DUPLICATE_KEY')!];
    const isJson = /\.json$/i.test(file);
    return {
      ok: false,
      problems: errors.map((error) => {
        const { line, col } = at(error.pos[0]);
        const message = error.code === 'DUPLICATE_KEY'
          ? msg('yaml.duplicate-key', { key: duplicateKeyName(text, error.pos[0]) })
          : error.code === 'MULTIPLE_DOCS'
            ? msg('yaml.multiple-documents')
            : msg(isJson ? 'json.syntax' : 'yaml.syntax', { detail: firstLine(error.message) });
        return { file, line, col, message };
      }),
    };
  }
  const keyProblems = findForbiddenKeys(doc, file, at);
  if (keyProblems.length > 0) return { ok: false, problems: keyProblems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
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

/** The one way cocon parses YAML, so a text parsed again to locate a problem reads the same. */
function parseTree(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false }), lineCounter };
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
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function findForbiddenKeys(doc: Document, file: string, at: (offset: number) => { line: number; col: number }): Problem[] {
  const problems: Problem[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          problems.push({ file, ...at(rangeStart(pair.key) ?? 0), message: msg('file.forbidden-key', { key: String(pair.key.value) }) });
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * Cheap upper bound on nesting, before parsing: flow brackets count one level each, and block
 * nesting needs at least one column of indentation (or one "- " / "? " marker) per level.
 */
export function findExcessiveNesting(text: string): { line: number; col: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | null = null;
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (atLineStart) {
      if (c === ' ' || c === '\t' || ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
        indent++;
        if (indent > MAX_DEPTH * 4) return { line, col: i - lineStart + 1 };
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s\[{,:]/.test(prev)) quote = c;
      continue;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_DEPTH) return { line, col: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
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

function duplicateKeyName(text: string, offset: number): string {
  const match = /^[^:\n]*/.exec(text.slice(offset));
  return (match?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
