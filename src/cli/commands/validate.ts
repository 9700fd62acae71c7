// cocon validate: questionnaires, answers and diagnostics alike, told apart by their content.
// Answers are checked against a questionnaire named in the same call, --questionnaire, or the
// bundled one with their id.
import { msg } from '../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../core/problems.js';
import type { Questionnaire } from '../../core/model.js';
import { loadQuestionnaire } from '../../load/questionnaire.js';
import { checkAnswersShape, loadAnswers } from '../../load/answers.js';
import { readDiagnostic } from '../../diagnostic/read.js';
import type { Source } from '../../load/source.js';
import { bundledQuestionnaire, resolveQuestionnaire } from '../bundled.js';
import { readSource } from '../files.js';
import type { Context } from '../context.js';

type Kind = 'questionnaire' | 'answers' | 'diagnostic';

export function detectKind(data: unknown): Kind | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const has = (key: string) => Object.hasOwn(data, key);
  if (has('schemaVersion')) return 'diagnostic';
  if (has('answers') || has('respondent')) return 'answers';
  if (has('questions') || has('dimensions') || has('levels')) return 'questionnaire';
  return undefined;
}

export async function validateCommand(context: Context, files: string[], options: { questionnaire?: string }): Promise<number> {
  const problems: Problem[] = [];
  const valid: { file: string; kind: Kind }[] = [];
  const sources: { source: Source; kind: Kind }[] = [];
  const questionnaires = new Map<string, Questionnaire>();
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  };

  for (const file of files) {
    let source: Source;
    try {
      source = await readSource(file, context.resolve);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    const kind = detectKind(source.data);
    if (!kind) problems.push(source.problem([], msg('file.unknown-kind')));
    else sources.push({ source, kind });
  }
  // Questionnaires first, so answers in the same call can be checked against them.
  for (const { source } of sources.filter((s) => s.kind === 'questionnaire')) {
    attempt(() => {
      const questionnaire = loadQuestionnaire(source);
      questionnaires.set(`${questionnaire.id}@${questionnaire.version}`, questionnaire);
      valid.push({ file: source.file, kind: 'questionnaire' });
    });
  }
  const explicit = options.questionnaire ? await resolveQuestionnaire(options.questionnaire, context.resolve) : undefined;
  for (const { source, kind } of sources.filter((s) => s.kind !== 'questionnaire')) {
    if (kind === 'diagnostic') {
      attempt(() => {
        readDiagnostic(source);
        valid.push({ file: source.file, kind });
      });
      continue;
    }
    let raw;
    try {
      raw = checkAnswersShape(source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      continue;
    }
    let questionnaire = explicit ?? questionnaires.get(`${raw.questionnaire.id}@${raw.questionnaire.version}`);
    if (!questionnaire) {
      try {
        questionnaire = await bundledQuestionnaire(raw.questionnaire.id, context.resolve);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        problems.push(source.problem(['questionnaire', 'id'], error.detail));
        continue;
      }
    }
    const against = questionnaire;
    attempt(() => {
      loadAnswers(source, against);
      valid.push({ file: source.file, kind: 'answers' });
    });
  }

  for (const { file, kind } of valid) context.note(msg('cli.valid', { file, kind }));
  if (problems.length === 0) return 0;
  context.problems(problems);
  context.note(msg('cli.errors-found', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }));
  return 2;
}
