// cocon score: answers files → diagnostic → report, then the thresholds the user asked for.
import { msg } from '../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../core/problems.js';
import type { AnswerSet, Questionnaire } from '../../core/model.js';
import { checkAnswersShape, loadAnswers, questionnaireRefOf } from '../../load/answers.js';
import { diagnose } from '../../score/diagnose.js';
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
  const minGroupSize = parseGroupSize(options.minGroupSize);
  const { questionnaire, sets } = await loadAnswerSets(inputs, options.questionnaire, context.resolve);
  checkLevelGates(gates, questionnaire);
  await refuseOverwritingInputs(options.out, [...sets.map((set) => set.file), ...(await questionnaireFile(options.questionnaire, context.resolve))], context.resolve);
  const diagnostic = diagnose(questionnaire, sets, { minGroupSize, attribute: options.attribute === true });
  const again = [...inputs, ...(options.questionnaire !== undefined ? ['--questionnaire', options.questionnaire] : [])];
  await emitReport(context, diagnostic, format, options.out, 'diagnostic', fullReportCommand(context, ['score', ...again], options));
  const failures = evaluateGates(diagnostic, gates, context.lang);
  for (const failure of failures) context.note(failure);
  return failures.length > 0 ? 1 : 0;
}

/** Reads every answers file, finds their one questionnaire, and checks each file against it. */
export async function loadAnswerSets(inputs: string[], questionnaireRef: string | undefined, resolve: Resolve): Promise<{ questionnaire: Questionnaire; sets: AnswerSet[] }> {
  const files = await expandInputs(inputs, resolve);
  const problems: Problem[] = [];
  const shaped: { source: Source; id: string; version: string }[] = [];
  for (const file of files) {
    try {
      const source = await readSource(file, resolve);
      // A file that names its questionnaire is checked whole against it later, schema included.
      const ref = questionnaireRefOf(source.data) ?? checkAnswersShape(source).questionnaire;
      shaped.push({ source, id: ref.id, version: ref.version });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const first = shaped[0]!;
  for (const other of shaped.slice(1)) {
    if (other.id !== first.id || other.version !== first.version) {
      throw new InputError([
        other.source.problem(['questionnaire'], msg('multi.mixed-questionnaires', { first: `${first.id}@${first.version}`, other: `${other.id}@${other.version}`, file: first.source.file })),
      ]);
    }
  }
  const questionnaire = await (questionnaireRef !== undefined ? resolveQuestionnaire(questionnaireRef, resolve) : bundledQuestionnaire(first.id, resolve)).catch((error: unknown) => {
    // Without --questionnaire the id comes from the answers file: point there.
    if (questionnaireRef === undefined && error instanceof UsageError) {
      throw new InputError([first.source.problem(['questionnaire', 'id'], error.detail)]);
    }
    throw error;
  });
  const sets: AnswerSet[] = [];
  for (const { source } of shaped) {
    try {
      sets.push(loadAnswers(source, questionnaire));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { questionnaire, sets };
}

/** --questionnaire when it names a file (not a bundled id): an input --out must not replace. */
export async function questionnaireFile(ref: string | undefined, resolve: Resolve): Promise<string[]> {
  return ref !== undefined && (await exists(resolve(ref))) ? [ref] : [];
}

