// cocon score: answers files → diagnostic → report, then the thresholds the user asked for.
import { msg } from '../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../core/problems.js';
import type { AnswerSet, Questionnaire } from '../../core/model.js';
import { checkAnswersShape, loadAnswers, questionnaireRefOf } from '../../load/answers.js';
import { diagnose, type Diagnostic } from '../../score/diagnose.js';
import { checkLevelGates, evaluateGates, parseGates, type GateOptions } from '../../score/gates.js';
import type { Source } from '../../load/source.js';
import { bundledQuestionnaire, resolveQuestionnaire } from '../bundled.js';
import { exists, expandInputs, readSource, type Resolve } from '../files.js';
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
  const { questionnaire, sets } = await loadAnswerSets(inputs, options.questionnaire, context.resolve);
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
export async function loadAnswerSets(inputs: string[], questionnaireRef: string | undefined, resolve: Resolve): Promise<{ questionnaire: Questionnaire; sets: AnswerSet[] }> {
  // Streamed: each file is checked as soon as it is read and only its answers are kept, so a run
  // over thousands of files holds no syntax tree; problems are reported in the same order as ever.
  const files = await expandInputs(inputs, resolve);
  const shapeProblems: Problem[] = [];
  const answerProblems: Problem[] = [];
  const sets: AnswerSet[] = [];
  let first: { id: string; version: string; file: string } | undefined;
  let mixed: Problem | undefined;
  let questionnaire: Promise<Questionnaire> | undefined;
  for (const file of files) {
    let source: Source;
    let ref: { id: string; version: string };
    try {
      source = await readSource(file, resolve);
      // A file that names its questionnaire is checked whole against it below, schema included.
      ref = questionnaireRefOf(source.data) ?? checkAnswersShape(source).questionnaire;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      shapeProblems.push(...error.problems);
      continue;
    }
    const { id, version } = ref;
    if (!first) {
      first = { id, version, file };
      const named = source;
      // An id read from an answers file names a bundled questionnaire, never a path.
      questionnaire = (questionnaireRef !== undefined ? resolveQuestionnaire(questionnaireRef, resolve) : bundledQuestionnaire(id, resolve)).catch((error: unknown) => {
        // Without --questionnaire the id comes from the answers file: point there.
        if (questionnaireRef === undefined && error instanceof UsageError) {
          throw new InputError([named.problem(['questionnaire', 'id'], error.detail)]);
        }
        throw error;
      });
      // Awaited later, or never when an earlier stage fails: no unhandled rejection meanwhile.
      questionnaire.catch(() => undefined);
    } else if (id !== first.id || version !== first.version) {
      mixed ??= source.problem(['questionnaire'], msg('multi.mixed-questionnaires', { first: `${first.id}@${first.version}`, other: `${id}@${version}`, file: first.file }));
      continue;
    }
    if (shapeProblems.length > 0 || mixed) continue;
    let against: Questionnaire;
    try {
      against = await questionnaire!;
    } catch {
      continue;
    }
    try {
      sets.push(loadAnswers(source, against));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      answerProblems.push(...error.problems);
    }
  }
  if (shapeProblems.length > 0) throw new InputError(shapeProblems);
  if (mixed) throw new InputError([mixed]);
  const resolved = await questionnaire!;
  if (answerProblems.length > 0) throw new InputError(answerProblems);
  return { questionnaire: resolved, sets };
}

/** --questionnaire when it names a file (not a bundled id): an input --out must not replace. */
export async function questionnaireFile(ref: string | undefined, resolve: Resolve): Promise<string[]> {
  return ref !== undefined && (await exists(resolve(ref))) ? [ref] : [];
}

