import { msg } from '../../i18n/messages.js';
import { UsageError } from '../../core/problems.js';
import { chooseFormat, loadRenderer, type DocumentKind, type Documents, type Format } from '../../render/registry.js';
import { writeFileAtomic } from '../files.js';
import type { Context } from '../context.js';

export interface ReportOptions {
  format?: string;
  out?: string;
}

/** The format of a report: --format, else --out's extension, else what suits stdout. */
export function parseFormat<K extends DocumentKind = 'diagnostic'>(context: Context, options: ReportOptions, kind: K = 'diagnostic' as K): Format<K> {
  return chooseFormat(kind, { ...options, terminal: context.io.stdout.isTTY === true });
}

/** The report goes to --out (atomically) or to stdout, and nowhere else. */
export async function emitReport<K extends DocumentKind = 'diagnostic'>(context: Context, document: Documents[K], format: Format<K>, out?: string, kind: K = 'diagnostic' as K): Promise<void> {
  const render = await loadRenderer(kind, format);
  const toTerminal = !out && context.io.stdout.isTTY === true;
  const text = render(document, { lang: context.lang, color: toTerminal && context.colorOut, width: context.width });
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
