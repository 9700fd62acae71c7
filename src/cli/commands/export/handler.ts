// cocon export: the answers of one or more files as a spreadsheet (CSV by default, or XLSX), a
// row per respondent with their scores, for facilitators who work in a spreadsheet.
import { msg } from '../../../i18n/messages.js';
import { UsageError } from '../../../core/problems.js';
import { answerMatrix, questionsLegend } from '../../../export/matrix.js';
import type { Context } from '../../context.js';
import { writeFileAtomic, writeFailed } from '../../files.js';
import { refuseOverwritingInputs } from '../output.js';
import { CSV_SEPARATORS } from '../../../core/cells.js';
import { chooseTableFormat } from '../../../render/registry.js';
import { loadAnswerSets, questionnaireFile } from '../../answer-sets.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type ExportOptions = OptionsOf<typeof spec>;

export async function run(context: Context, [inputs]: ArgumentsOf<typeof spec>, options: ExportOptions): Promise<number> {
  // Every row is one respondent's answers: never written without asking (docs/referential.md, "Disclosure").
  if (options.perRespondent !== true && options.attribute !== true) throw new UsageError(msg('export.per-respondent-needed'));
  const format = chooseTableFormat(options);
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

/** `;`, `,`, `|` or a tab (`\t` as typed in a shell without $'…', or `tab`): nothing a cell or a number could hold. */
function parseSeparator(value: string | undefined): string {
  if (value === undefined) return ';';
  const separator = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (!(CSV_SEPARATORS as readonly string[]).includes(separator)) throw new UsageError(msg('export.bad-separator', { value }));
  return separator;
}
