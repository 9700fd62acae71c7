// cocon report: a saved diagnostic (JSON, or an HTML report) rendered again, in any format or language.
import { parseHtmlReport, readDiagnostic } from '../../../diagnostic/read.js';
import { readSource } from '../../files.js';
import { InputError } from '../../../core/problems.js';
import { commandLine } from '../../command-name.js';
import { msg } from '../../../i18n/messages.js';
import { detectKind } from '../../../load/kind.js';
import type { Context } from '../../context.js';
import { emitReport, fullReportCommand, parseFormat, refuseOverwritingInputs } from '../output.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export async function run(context: Context, [file]: ArgumentsOf<typeof spec>, options: OptionsOf<typeof spec>): Promise<number> {
  const format = parseFormat(context, options);
  // An HTML report (or the HTML a PDF was printed from) carries its diagnostic as JSON.
  const source = await readSource(file, context.resolve, /\.html?$/i.test(file) ? parseHtmlReport : undefined);
  // Answers or a questionnaire given by mistake: say what the file is and what to run instead.
  const kind = detectKind(source.data);
  if (kind === 'answers') throw new InputError([source.problem([], msg('report.answers-file', { command: commandLine(context.commandName, ['score', file]) }))]);
  if (kind === 'questionnaire') throw new InputError([source.problem([], msg('report.questionnaire-file'))]);
  const diagnostic = readDiagnostic(source);
  await refuseOverwritingInputs(options.out, [file], context.resolve);
  await emitReport(context, diagnostic, format, options.out, 'diagnostic', fullReportCommand(context, ['report', file], options));
  return 0;
}

