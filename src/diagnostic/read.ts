// Reading a saved diagnostic: checked against the schema of its own version, then upgraded.
// `report`, `validate` and every later command that reads diagnostics go through here.
import { validateDiagnostic } from '../generated/validate-diagnostic.js';
import { validateDiagnosticV1 } from '../generated/validate-diagnostic-v1.js';
import { InputError } from '../core/problems.js';
import { msg } from '../i18n/messages.js';
import { schemaProblems } from '../load/schema-problems.js';
import { parseSource, type ParseResult, type Source } from '../load/source.js';
import type { DiagnosticV1Schema } from '../types/schemas.js';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from './contract.js';
import { upgradeV1, upgradeV2 } from './upgrade.js';

export function readDiagnostic(source: Source): Diagnostic {
  const data = source.data as { schemaVersion?: unknown } | null;
  const version = data !== null && typeof data === 'object' ? data.schemaVersion : undefined;
  if (version === 1) {
    if (!validateDiagnosticV1(data)) throw new InputError(schemaProblems(source, validateDiagnosticV1.errors ?? [], 'diagnostic'));
    return upgradeV2(upgradeV1(data as DiagnosticV1Schema.DiagnosticV1));
  }
  if (typeof version === 'number' && version > DIAGNOSTIC_SCHEMA_VERSION) {
    throw new InputError([source.problem(['schemaVersion'], msg('diagnostic.newer-version', { found: version, supported: DIAGNOSTIC_SCHEMA_VERSION }))]);
  }
  if (!validateDiagnostic(data)) throw new InputError(schemaProblems(source, validateDiagnostic.errors ?? [], 'diagnostic'));
  const diagnostic = data as Diagnostic;
  return diagnostic.schemaVersion === 2 ? upgradeV2(diagnostic) : diagnostic;
}

/** Where an HTML report keeps its diagnostic (src/render/html writes it). */
const EMBEDDED_BLOCK = /<script\b[^>]*\bid\s*=\s*["']?cocon-diagnostic["']?[^>]*>([\s\S]*?)<\/script\s*>/i;

/**
 * An HTML report read as the diagnostic it embeds. Everything outside the JSON block is dropped
 * but its newlines, so every problem in the JSON is located at its line in the page.
 */
export function parseHtmlReport(file: string, bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return parseSource(file, bytes, true);
  }
  const match = EMBEDDED_BLOCK.exec(text);
  if (!match) return { ok: false, problems: [{ file, line: 1, col: 1, message: msg('diagnostic.no-embedded') }] };
  const start = match.index + match[0].indexOf('>') + 1;
  const end = start + match[1]!.length;
  // Only the newlines: spaces would read as YAML indentation. cocon writes the JSON on lines of
  // its own, so its columns stay exact too.
  const blank = (part: string) => part.replace(/[^\n]/g, '');
  const json = blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
  if (match[1]!.trim() === '') return { ok: false, problems: [{ file, line: 1, col: 1, message: msg('diagnostic.no-embedded') }] };
  // Parsed as the JSON it is: JSON.parse, and the JSON size limit (a big diagnostic's page is megabytes).
  return parseSource(file, new TextEncoder().encode(json), true);
}
