// cocon report: a saved JSON diagnostic rendered again, in any format or language.
import { readDiagnostic } from '../../diagnostic/read.js';
import { readSource } from '../files.js';
import type { Context } from '../context.js';
import { emitReport, fullReportCommand, parseFormat, refuseOverwritingInputs, type ReportOptions } from './output.js';

export async function reportCommand(context: Context, file: string, options: ReportOptions): Promise<number> {
  const format = parseFormat(context, options);
  const diagnostic = readDiagnostic(await readSource(file, context.resolve));
  await refuseOverwritingInputs(options.out, [file], context.resolve);
  await emitReport(context, diagnostic, format, options.out, 'diagnostic', fullReportCommand(context, ['report', file], options));
  return 0;
}
