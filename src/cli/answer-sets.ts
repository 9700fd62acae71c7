// Answers files as a command reads them: files and folders expanded, each file checked against
// the one questionnaire they all name (a bundled one, or --questionnaire), every problem at once.
import { msg, type Message } from '../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../core/problems.js';
import type { AnswerSet, Questionnaire } from '../core/model.js';
import { checkAnswersShape, loadAnswers, questionnaireRefOf } from '../load/answers.js';
import type { Source } from '../load/source.js';
import { bundledQuestionnaire, resolveQuestionnaire } from './bundled.js';
import { carryNotes, loadCarried } from './carry.js';
import { exists, expandInputs, readSource, type Resolve } from './files.js';
import { pushAll } from '../core/arrays.js';

/**
 * Answers to an older version of the questionnaire are carried to it (`notes` say what must now
 * be answered), so files of different versions of one questionnaire can be read together.
 */
export async function loadAnswerSets(inputs: string[], questionnaireRef: string | undefined, resolve: Resolve): Promise<{ questionnaire: Questionnaire; sets: AnswerSet[]; notes: Message[] }> {
  const sets: AnswerSet[] = [];
  const loaded = await streamAnswerSets(inputs, questionnaireRef, resolve, (set) => sets.push(set));
  return { questionnaire: loaded.questionnaire, sets, notes: loaded.notes };
}

/**
 * The same, each set handed to `consume` as soon as it is read and checked, and not kept: scoring
 * thousands of files holds only what the diagnostic needs. When a file has a problem, the sets
 * consumed are worthless (the whole read throws); `files` are the answers files read.
 */
export async function streamAnswerSets(
  inputs: string[],
  questionnaireRef: string | undefined,
  resolve: Resolve,
  consume: (set: AnswerSet, questionnaire: Questionnaire) => void,
): Promise<{ questionnaire: Questionnaire; files: string[]; notes: Message[] }> {
  // Streamed: each file is checked as soon as it is read and only its answers are kept, so a run
  // over thousands of files holds no syntax tree; problems are reported in the same order as ever.
  const files = await expandInputs(inputs, resolve);
  const shapeProblems: Problem[] = [];
  const answerProblems: Problem[] = [];
  const notes: Message[] = [];
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
      pushAll(shapeProblems, error.problems);
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
    } else if (id !== first.id) {
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
      const carried = version !== against.version ? await loadCarried(source, checkAnswersShape(source), against, resolve) : undefined;
      if (carried) pushAll(notes, carryNotes(carried, against.version));
      const set = carried?.set ?? loadAnswers(source, against);
      // Once a file has failed, the rest are only checked: the run will not score.
      if (answerProblems.length === 0) consume(set, against);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(answerProblems, error.problems);
    }
  }
  if (shapeProblems.length > 0) throw new InputError(shapeProblems);
  if (mixed) throw new InputError([mixed]);
  const resolved = await questionnaire!;
  if (answerProblems.length > 0) throw new InputError(answerProblems);
  return { questionnaire: resolved, files, notes };
}

/** --questionnaire when it names a file (not a bundled id): an input --out must not replace. */
export async function questionnaireFile(ref: string | undefined, resolve: Resolve): Promise<string[]> {
  return ref !== undefined && (await exists(resolve(ref))) ? [ref] : [];
}
