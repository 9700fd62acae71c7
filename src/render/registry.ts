// Every document cocon writes and every format it writes it in, in one typed table that also
// feeds the CLI's --format choices and the formats an --out extension selects. Renderers are
// loaded on demand: the JSON path never pays for chalk or cli-table3.
import { extname } from 'node:path';
import { msg } from '../i18n/messages.js';
import { UsageError } from '../core/problems.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import type { Comparison } from '../compare/contract.js';
import type { BenchmarkSchema } from '../types/schemas.js';

type Benchmark = BenchmarkSchema.Benchmark;
import type { PieceRenderer, Renderer } from './renderer.js';

/** The documents cocon renders, by kind. A new document is one line here and its renderers below. */
export interface Documents {
  diagnostic: Diagnostic;
  comparison: Comparison;
  benchmark: Benchmark;
}
export type DocumentKind = keyof Documents;

interface FormatEntry<Document> {
  /** File extensions that select this format for --out, lower case with the dot. */
  extensions: readonly string[];
  load: () => Promise<Renderer<Document>>;
  /** The same text in pieces, for the formats whose reports grow with the respondents. */
  loadPieces?: () => Promise<PieceRenderer<Document>>;
}

const registry = {
  diagnostic: {
    text: { extensions: ['.txt'], load: async () => (await import('./terminal.js')).renderTerminal },
    md: { extensions: ['.md', '.markdown'], load: async () => (await import('./markdown.js')).renderMarkdown, loadPieces: async () => (await import('./markdown.js')).markdownPieces },
    json: { extensions: ['.json'], load: async () => (await import('./json.js')).renderJson, loadPieces: async () => (await import('./json.js')).jsonPieces },
    html: { extensions: ['.html', '.htm'], load: async () => (await import('./html/index.js')).renderHtml, loadPieces: async () => (await import('./html/index.js')).htmlPieces },
    // The same HTML, printed to PDF by the CLI (src/cli/pdf.ts): a renderer returns text, the printer makes bytes.
    pdf: { extensions: ['.pdf'], load: async () => (await import('./html/index.js')).renderHtml },
  },
  comparison: {
    text: { extensions: ['.txt'], load: async () => (await import('./comparison-text.js')).renderComparisonText },
    md: { extensions: ['.md', '.markdown'], load: async () => (await import('./comparison-markdown.js')).renderComparisonMarkdown },
    json: { extensions: ['.json'], load: async () => (await import('./json.js')).renderJson, loadPieces: async () => (await import('./json.js')).jsonPieces },
    html: { extensions: ['.html', '.htm'], load: async () => (await import('./html/comparison.js')).renderComparisonHtml },
  },
  benchmark: {
    text: { extensions: ['.txt'], load: async () => (await import('./benchmark-text.js')).renderBenchmarkText },
    md: { extensions: ['.md', '.markdown'], load: async () => (await import('./benchmark-markdown.js')).renderBenchmarkMarkdown },
    json: { extensions: ['.json'], load: async () => (await import('./json.js')).renderJson, loadPieces: async () => (await import('./json.js')).jsonPieces },
    html: { extensions: ['.html', '.htm'], load: async () => (await import('./html/benchmark.js')).renderBenchmarkHtml },
    csv: { extensions: ['.csv'], load: async () => (await import('./benchmark-csv.js')).renderBenchmarkCsv },
  },
} satisfies { [K in DocumentKind]: Record<string, FormatEntry<Documents[K]>> };

export type Format<K extends DocumentKind = 'diagnostic'> = keyof (typeof registry)[K] & string;

export function formatsOf<K extends DocumentKind>(kind: K): Format<K>[] {
  return Object.keys(registry[kind]) as Format<K>[];
}

export function loadRenderer<K extends DocumentKind>(kind: K, format: Format<K>): Promise<Renderer<Documents[K]>> {
  const entry = (registry[kind] as Record<string, FormatEntry<Documents[K]>>)[format];
  return entry!.load();
}

/** The renderer as pieces: its own when it has one, else its whole text as the one piece. */
export async function loadPieceRenderer<K extends DocumentKind>(kind: K, format: Format<K>): Promise<PieceRenderer<Documents[K]>> {
  const entry = (registry[kind] as Record<string, FormatEntry<Documents[K]>>)[format]!;
  if (entry.loadPieces) return entry.loadPieces();
  const render = await entry.load();
  return (document, options) => [render(document, options)];
}

/** A format's file extension, without the dot: `txt` for text. */
export function extensionOf<K extends DocumentKind>(kind: K, format: Format<K>): string {
  return (registry[kind] as Record<string, FormatEntry<Documents[K]>>)[format]!.extensions[0]!.slice(1);
}

/**
 * The one place a report's format is chosen: --format if given; else from --out's extension (a
 * file without extension gets Markdown; an extension cocon does not write is refused); else
 * `fallback` when the command has its own (JSON for `score --each`), else the terminal summary on
 * a terminal and Markdown otherwise.
 */
export function chooseFormat<K extends DocumentKind>(kind: K, request: { format?: string; out?: string; terminal: boolean; fallback?: Format<K> }): Format<K> {
  const entries = registry[kind] as Record<string, FormatEntry<Documents[K]>>;
  const formats = formatsOf(kind);
  if (request.format !== undefined) {
    if (!Object.hasOwn(entries, request.format)) throw new UsageError(msg('cli.bad-format', { value: request.format, allowed: formats }));
    return request.format as Format<K>;
  }
  if (request.out !== undefined) {
    const extension = extname(request.out).toLowerCase();
    if (extension === '') return 'md' as Format<K>;
    const match = formats.find((f) => entries[f]!.extensions.includes(extension));
    if (!match) throw new UsageError(msg('cli.bad-extension', { file: request.out, extension, allowed: formats.flatMap((f) => entries[f]!.extensions) }));
    return match;
  }
  return request.fallback ?? ((request.terminal ? 'text' : 'md') as Format<K>);
}

/**
 * The tables of `cocon export` (written by src/export/csv.ts and xlsx.ts), chosen here too:
 * --format if given; else XLSX for an --out ending in .xlsx; else CSV.
 */
const tableFormats = { csv: { extensions: ['.csv'] }, xlsx: { extensions: ['.xlsx'] } } as const;
export type TableFormat = keyof typeof tableFormats;
export const TABLE_FORMATS = Object.keys(tableFormats) as TableFormat[];

export function chooseTableFormat(request: { format?: string; out?: string }): TableFormat {
  if (request.format !== undefined) {
    if (!Object.hasOwn(tableFormats, request.format)) throw new UsageError(msg('cli.bad-format', { value: request.format, allowed: TABLE_FORMATS }));
    return request.format as TableFormat;
  }
  const extension = request.out !== undefined ? extname(request.out).toLowerCase() : '';
  return TABLE_FORMATS.find((f) => f !== 'csv' && (tableFormats[f].extensions as readonly string[]).includes(extension)) ?? 'csv';
}
