import { msg } from '../../i18n/messages.js';
import { InternalError, UsageError } from '../../core/problems.js';
import type { CompiledValidator } from '../../generated/types.js';
import { chooseFormat, loadPieceRenderer, loadRenderer, type DocumentKind, type Documents, type Format } from '../../render/registry.js';
import { requireBrowser } from '../pdf.js';
import { findSameFile, UnsafeOutput, writeFileAtomic, type Resolve, writeFailed } from '../files.js';
import { commandLine } from '../command-name.js';
import type { Context } from '../context.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  lang?: string;
}

/** The format of a report: --format, else --out's extension, else what suits stdout. */
export function parseFormat<K extends DocumentKind = 'diagnostic'>(context: Context, options: ReportOptions, kind: K = 'diagnostic' as K, where: { toFile?: boolean } = {}): Format<K> {
  const format = chooseFormat(kind, { format: options.format, out: options.out, terminal: !where.toFile && context.io.stdout.isTTY === true });
  // A missing browser is found before any work is done (a whole interview, say).
  if (format === 'pdf') requireBrowser(context.env);
  return format;
}

/**
 * The report as the bytes or text of its format: PDF is the HTML report printed by a browser;
 * every other format is its renderer's text.
 */
export async function renderReport<K extends DocumentKind = 'diagnostic'>(context: Context, document: Documents[K], format: Format<K>, kind: K = 'diagnostic' as K, options: { color?: boolean; fullReport?: string } = {}): Promise<string | Uint8Array> {
  const render = await loadRenderer(kind, format);
  const text = render(document, { lang: context.lang, color: options.color ?? false, width: context.width, ...(options.fullReport ? { fullReport: options.fullReport } : {}) });
  if (format !== 'pdf') return text;
  const { printPdf } = await import('../pdf.js');
  return printPdf(text, requireBrowser(context.env));
}

/**
 * The report goes to --out (atomically) or to stdout, and nowhere else. `fullReport` is the
 * command the terminal summary suggests for the complete report (none: no suggestion).
 */
export async function emitReport<K extends DocumentKind = 'diagnostic'>(context: Context, document: Documents[K], format: Format<K>, out?: string, kind: K = 'diagnostic' as K, fullReport?: string): Promise<void> {
  if (format === 'pdf' && !out) throw new UsageError(msg('pdf.needs-out'));
  await checkContract(kind, document);
  // Colour only on stdout: on a terminal, or on a pipe with FORCE_COLOR (context.colorOut).
  const options = { color: !out && context.colorOut, ...(fullReport ? { fullReport } : {}) };
  if (format === 'pdf') {
    await writeOutput(out!, await renderReport(context, document, format, kind, options), context.resolve);
  } else {
    // Written as it is rendered: a report over thousands of respondents is never whole in memory.
    const render = await loadPieceRenderer(kind, format);
    const pieces = render(document, { lang: context.lang, width: context.width, ...options });
    if (out) await writeOutput(out, pieces, context.resolve);
    else for (const piece of pieces) context.io.stdout.write(piece);
  }
  if (out) context.note(msg('cli.wrote', { file: out }));
}

/** Writes a report or an answers file atomically; a failure is the user's to fix (a folder, a permission), said so. */
export async function writeOutput(out: string, text: string | Uint8Array | Iterable<string>, resolve: Resolve): Promise<void> {
  try {
    await writeFileAtomic(resolve(out), text);
  } catch (error) {
    // Pieces are rendered while the file is written: a renderer's failure is not the file's.
    if (!isSystemError(error) && !(error instanceof UnsafeOutput)) throw error;
    throw writeFailed(out, error);
  }
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** --out must never replace a file the command reads (answers, diagnostic, questionnaire), however it is spelt. */
export async function refuseOverwritingInputs(out: string | undefined, inputs: readonly string[], resolve: Resolve): Promise<void> {
  if (out === undefined) return;
  const input = await findSameFile(out, inputs, resolve);
  if (input !== undefined) throw new UsageError(msg('cli.out-is-input', { out, input }));
}

/** `cocon score INPUTS --format md --out diagnostic.md`, as launched: the complete report, ready to paste. */
export function fullReportCommand(context: Context, args: readonly string[], options: { lang?: string }): string {
  return commandLine(context.commandName, [...args, '--format', 'md', '--out', 'diagnostic.md', ...(options.lang !== undefined ? ['--lang', options.lang] : [])]);
}

/** Each document's validator, loaded only when that document is written. */
const VALIDATORS: { [K in DocumentKind]: () => Promise<CompiledValidator> } = {
  diagnostic: async () => (await import('../../generated/validate-diagnostic.js')).validateDiagnostic,
  comparison: async () => (await import('../../generated/validate-comparison.js')).validateComparison,
  benchmark: async () => (await import('../../generated/validate-benchmark.js')).validateBenchmark,
};

/**
 * Every document written must be one cocon can read back: checked against its own schema first,
 * so a bug (or a questionnaire that slipped past its bounds) is said plainly instead of writing
 * a report with "Infinity" or "null" in it.
 */
export async function checkContract<K extends DocumentKind>(kind: K, document: Documents[K]): Promise<void> {
  const validate = await VALIDATORS[kind]();
  if (validate(document)) return;
  const first = validate.errors?.[0];
  const where = first ? `${first.instancePath || '/'} ${first.message ?? first.keyword}` : '';
  throw new InternalError(msg('cli.invalid-diagnostic', { detail: where }));
}
