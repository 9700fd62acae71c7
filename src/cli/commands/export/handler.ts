// cocon export: the answers of one or more files as a spreadsheet (CSV by default, or XLSX), a
// row per respondent with their scores, for facilitators who work in a spreadsheet.
import { extname } from 'node:path';
import { msg } from '../../../i18n/messages.js';
import { UsageError } from '../../../core/problems.js';
import { answerMatrix, questionsLegend } from '../../../export/matrix.js';
import type { Context } from '../../context.js';
import { writeFileAtomic, writeFailed } from '../../files.js';
import { refuseOverwritingInputs } from '../output.js';
import { loadAnswerSets, questionnaireFile } from '../../answer-sets.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type ExportOptions = OptionsOf<typeof spec>;

type ExportFormat = 'csv' | 'xlsx';

export async function run(context: Context, [inputs]: ArgumentsOf<typeof spec>, options: ExportOptions): Promise<number> {
  // Every row is one respondent's answers: never written without asking (docs/referential.md, "Disclosure").
  if (options.perRespondent !== true && options.attribute !== true) throw new UsageError(msg('export.per-respondent-needed'));
  const format = exportFormat(options);
  const separator = parseSeparator(options.separator);
  if (format === 'xlsx' && options.out === undefined) throw new UsageError(msg('export.xlsx-needs-out'));
  const { questionnaire, sets } = await loadAnswerSets(inputs, options.questionnaire, context.resolve);
  await refuseOverwritingInputs(options.out, [...sets.map((s) => s.file), ...(await questionnaireFile(options.questionnaire, context.resolve))], context.resolve);
  const matrix = answerMatrix(questionnaire, sets, { lang: context.lang, attribute: options.attribute === true });
  let content: string | Uint8Array;
  if (format === 'xlsx') {
    const { toXlsx } = await import('../../../export/xlsx.js');
    content = await toXlsx([matrix, questionsLegend(questionnaire, context.lang)]);
  } else {
    const { toCsv } = await import('../../../export/csv.js');
    content = toCsv(matrix, { separator });
  }
  context.note(msg('export.per-respondent-note'));
  if (options.out === undefined) {
    context.io.stdout.write(content as string);
    return 0;
  }
  try {
    await writeFileAtomic(context.resolve(options.out), content);
  } catch (error) {
    throw writeFailed(options.out, error);
  }
  context.note(msg('cli.wrote', { file: options.out }));
  return 0;
}

/** --format, else the extension of --out (.xlsx), else CSV. */
function exportFormat(options: ExportOptions): ExportFormat {
  if (options.format !== undefined) {
    if (options.format !== 'csv' && options.format !== 'xlsx') throw new UsageError(msg('export.bad-format', { value: options.format }));
    return options.format;
  }
  return options.out !== undefined && extname(options.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

/** One character; `\t` (as typed in a shell without $'…') and `tab` mean a tab. */
function parseSeparator(value: string | undefined): string {
  if (value === undefined) return ';';
  const separator = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if ([...separator].length !== 1 || /["\r\n]/.test(separator)) throw new UsageError(msg('export.bad-separator', { value }));
  return separator;
}
