import { msg } from '../../i18n/messages.js';
import { UsageError } from '../../core/problems.js';
import { FORMATS, isFormat, loadRenderer, type Format } from '../../render/registry.js';
import type { Diagnostic } from '../../score/diagnose.js';
import { writeFileAtomic } from '../files.js';
import type { Context } from '../context.js';
import { extname } from 'node:path';

export interface ReportOptions {
  format?: string;
  out?: string;
}

/** --format if given; else from --out's extension; else a terminal summary on a TTY, Markdown otherwise. */
export function parseFormat(context: Context, options: ReportOptions): Format {
  if (options.format !== undefined) {
    if (!isFormat(options.format)) throw new UsageError(msg('cli.bad-format', { value: options.format, allowed: FORMATS }));
    return options.format;
  }
  const fromFile = formatFromExtension(options.out);
  if (fromFile) return fromFile;
  return context.io.stdout.isTTY && !options.out ? 'text' : 'md';
}

/** The report goes to --out (atomically) or to stdout, and nowhere else. */
export async function emitReport(context: Context, diagnostic: Diagnostic, format: Format, out?: string): Promise<void> {
  const render = await loadRenderer(format);
  const toTerminal = !out && context.io.stdout.isTTY === true;
  const text = render(diagnostic, { lang: context.lang, color: toTerminal && context.colorOut, width: context.width });
  if (out) {
    try {
      await writeFileAtomic(out, text);
    } catch (error) {
      throw new UsageError(msg('cli.write-failed', { file: out, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
    context.note(msg('cli.wrote', { file: out }));
  } else {
    context.io.stdout.write(text);
  }
}

export function formatFromExtension(file: string | undefined): 'json' | 'md' | undefined {
  if (!file) return undefined;
  const ext = extname(file).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.md' || ext === '.markdown' ? 'md' : undefined;
}
