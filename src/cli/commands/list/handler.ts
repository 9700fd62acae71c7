import { localize } from '../../../core/text.js';
import { msg } from '../../../i18n/messages.js';
import { bundledFiles, bundledSummary } from '../../bundled.js';
import type { Context } from '../../context.js';

/** The bundled questionnaires, one per line: id, version, title, number of questions. */
export async function run(context: Context): Promise<number> {
  const rows: string[][] = [];
  for (const file of await bundledFiles()) {
    const q = await bundledSummary(file, context.resolve);
    rows.push([q.id, q.version, localize(q.title, context.lang), context.say(msg('list.questions', { count: q.questions }))]);
  }
  const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), [] as number[]);
  for (const row of rows) context.io.stdout.write(`${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ')}\n`);
  return 0;
}
