// cocon score: answers files → diagnostic → report, then the thresholds the user asked for.
import { msg } from '../../i18n/messages.js';
import { UsageError } from '../../core/problems.js';
import { diagnose, type Diagnostic } from '../../score/diagnose.js';
import { checkLevelGates, evaluateGates, parseGates, type GateOptions } from '../../score/gates.js';
import { loadAnswerSets, questionnaireFile } from '../answer-sets.js';
import type { Context } from '../context.js';
import { emitReport, fullReportCommand, parseFormat, refuseOverwritingInputs, type ReportOptions } from './output.js';

export interface ScoreOptions extends ReportOptions, GateOptions {
  questionnaire?: string;
  minGroupSize?: string;
  attribute?: boolean;
}

function parseGroupSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 2) throw new UsageError(msg('cli.bad-group-size', { value }));
  return n;
}

export async function scoreCommand(context: Context, inputs: string[], options: ScoreOptions): Promise<number> {
  const format = parseFormat(context, options);
  const gates = parseGates(options);
  const diagnostic = await diagnoseInputs(context, inputs, options, gates);
  const again = [...inputs, ...(options.questionnaire !== undefined ? ['--questionnaire', options.questionnaire] : [])];
  await emitReport(context, diagnostic, format, options.out, 'diagnostic', fullReportCommand(context, ['score', ...again], options));
  const failures = evaluateGates(diagnostic, gates, context.lang);
  for (const failure of failures) context.note(failure);
  return failures.length > 0 ? 1 : 0;
}

/** In a function of its own so that the answer sets can be freed while the report is written. */
async function diagnoseInputs(context: Context, inputs: string[], options: ScoreOptions, gates: ReturnType<typeof parseGates>): Promise<Diagnostic> {
  const minGroupSize = parseGroupSize(options.minGroupSize);
  const { questionnaire, sets, notes } = await loadAnswerSets(inputs, options.questionnaire, context.resolve);
  // Answers to an older version, carried to this one: what must now be answered.
  for (const note of notes) context.note(note);
  checkLevelGates(gates, questionnaire);
  await refuseOverwritingInputs(options.out, [...sets.map((set) => set.file), ...(await questionnaireFile(options.questionnaire, context.resolve))], context.resolve);
  return diagnose(questionnaire, sets, { minGroupSize, attribute: options.attribute === true });
}

/**
 * Reads every answers file, finds their one questionnaire, and checks each file against it. Each
 * file is checked as soon as it is read and only its answers are kept, so memory follows the
 * answers, not the files' syntax. Problems are reported as if in stages: the files' shapes first,
 * then mixed questionnaires, then a questionnaire that cannot be found, then the answers.
 */


