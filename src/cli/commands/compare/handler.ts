// cocon compare OLD NEW [MORE…]: saved diagnostics, or answers files and folders scored here, of
// one territory at different dates → what changed, in any format; --fail-on-regression gates CI.
import { msg } from '../../../i18n/messages.js';
import { InputError, UsageError } from '../../../core/problems.js';
import { compareDiagnostics } from '../../../compare/compare.js';
import { regressionFailures } from '../../../compare/regression.js';
import { parseHtmlReport, readDiagnostic } from '../../../diagnostic/read.js';
import type { Diagnostic } from '../../../diagnostic/contract.js';
import { diagnose } from '../../../score/diagnose.js';
import { historyFiles, isFolder, readSource } from '../../files.js';
import type { Context } from '../../context.js';
import { detectKind } from '../../../load/kind.js';
import { loadAnswerSets, questionnaireFile } from '../../answer-sets.js';
import { measureTargets, readTargets } from '../targets-option.js';
import { emitReport, parseFormat, refuseOverwritingInputs } from '../output.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type CompareOptions = OptionsOf<typeof spec>;

export async function run(context: Context, [given]: ArgumentsOf<typeof spec>, options: CompareOptions): Promise<number> {
  const format = parseFormat(context, options, 'comparison');
  // A history folder's diagnostics come first, oldest first; inputs named on the line after them.
  const inputs = [...(options.history !== undefined ? await historyFiles(options.history, context.resolve) : []), ...given];
  if (inputs.length < 2) throw new UsageError(msg('compare.needs-two', { count: inputs.length }));
  const threshold = parseThreshold(options.failOnRegression);
  const targets = await readTargets(context, options);
  await refuseOverwritingInputs(options.out, [...inputs, ...(await questionnaireFile(options.questionnaire, context.resolve)), ...(options.targets !== undefined ? [options.targets] : [])], context.resolve);
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) diagnostics.push(await readSnapshot(context, input, options.questionnaire));
  const expected = diagnostics[diagnostics.length - 1]!.questionnaire.id;
  diagnostics.forEach((d, i) => {
    if (d.questionnaire.id !== expected) throw new UsageError(msg('compare.other-questionnaire', { file: inputs[i]!, id: d.questionnaire.id, expected }));
  });
  const measured = measureTargets(targets, diagnostics[diagnostics.length - 1]!);
  const comparison = { ...compareDiagnostics(diagnostics), ...(measured ? { targets: measured } : {}) };
  await emitReport(context, comparison, format, options.out, 'comparison');
  if (threshold === undefined) return 0;
  const failures = regressionFailures(comparison, threshold, context.lang);
  for (const failure of failures) context.note(failure);
  return failures.length > 0 ? 1 : 0;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(msg('cli.bad-number', { option: '--fail-on-regression', value }));
  return n;
}

/** A saved diagnostic (JSON, or an HTML report) as it is; answers (a file or a folder of one territory's respondents) scored now. */
async function readSnapshot(context: Context, input: string, questionnaire: string | undefined): Promise<Diagnostic> {
  if (!(await isFolder(context.resolve(input)))) {
    // An HTML report carries its diagnostic as JSON.
    const source = await readSource(input, context.resolve, /\.html?$/i.test(input) ? parseHtmlReport : undefined);
    const kind = detectKind(source.data);
    if (kind === 'diagnostic') return readDiagnostic(source);
    if (kind !== 'answers') throw new InputError([source.problem([], msg('file.unknown-kind'))]);
  }
  const loaded = await loadAnswerSets([input], questionnaire, context.resolve);
  // Answers to an older version, carried to the current one (as score says): what must now be answered.
  for (const note of loaded.notes) context.note(note);
  return diagnose(loaded.questionnaire, loaded.sets, {});
}
