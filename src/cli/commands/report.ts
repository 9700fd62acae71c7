// cocon report: a saved JSON diagnostic rendered again, checked against its schema first.
import { validateDiagnostic } from '../../generated/validate-diagnostic.js';
import { InputError } from '../../core/problems.js';
import { schemaProblems } from '../../load/schema-problems.js';
import type { Diagnostic } from '../../score/diagnose.js';
import { readSource } from '../files.js';
import type { Context } from '../context.js';
import { emitReport, parseFormat, type ReportOptions } from './output.js';

export async function reportCommand(context: Context, file: string, options: ReportOptions): Promise<number> {
  const format = parseFormat(context, options);
  const source = await readSource(file);
  if (!validateDiagnostic(source.data)) throw new InputError(schemaProblems(source, validateDiagnostic.errors ?? [], 'diagnostic'));
  await emitReport(context, source.data as Diagnostic, format, options.out);
  return 0;
}
