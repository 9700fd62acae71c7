// cocon validate: questionnaires, answers and diagnostics alike, told apart by their content.
// Answers are checked against a questionnaire named in the same call, --questionnaire, or the
// bundled one with their id.
import { msg } from '../../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../../core/problems.js';
import type { Questionnaire } from '../../../core/model.js';
import { loadQuestionnaire } from '../../../load/questionnaire.js';
import { checkAnswersShape, loadAnswers, questionnaireRefOf } from '../../../load/answers.js';
import { readDiagnostic } from '../../../diagnostic/read.js';
import { targetsFromFile } from '../../../targets/targets.js';
import type { Source } from '../../../load/source.js';
import { bundledIdFor, bundledQuestionnaire, resolveQuestionnaire } from '../../bundled.js';
import { readSource } from '../../files.js';
import { detectKind, type Kind } from '../../../load/kind.js';
import { describeAnswers, proveClaims } from '../../../load/claims-proof.js';

export { detectKind };
import type { Context } from '../../context.js';
import { annotation } from '../../github.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';
import { pushAll } from '../../../core/arrays.js';

/** How validate reports problems: `file:line:col: message` lines, or GitHub workflow annotations. */
export const VALIDATE_FORMATS = ['text', 'github'] as const;

export async function run(context: Context, [files]: ArgumentsOf<typeof spec>, options: OptionsOf<typeof spec>): Promise<number> {
  const format = options.format ?? 'text';
  if (!(VALIDATE_FORMATS as readonly string[]).includes(format)) throw new UsageError(msg('cli.bad-format', { value: format, allowed: [...VALIDATE_FORMATS] }));
  const problems: Problem[] = [];
  const valid: { file: string; kind: Kind }[] = [];
  const sources: { source: Source; kind: Kind }[] = [];
  const questionnaires = new Map<string, Questionnaire>();
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(problems, error.problems);
    }
  };

  for (const file of files) {
    let source: Source;
    try {
      source = await readSource(file, context.resolve);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(problems, error.problems);
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
      // Every text's show-condition must imply what it presumes and states (src/load/claims-proof.ts).
      const unproven = proveClaims(questionnaire).unproven;
      if (unproven.length > 0) {
        throw new InputError(unproven.map((u) => source.problem(u.path, msg('rule.claim-unproven', { id: u.id, what: u.what, claim: u.claim, answers: describeAnswers(u.answers), checked: u.checked, sampled: u.sampled }))));
      }
      questionnaires.set(`${questionnaire.id}@${questionnaire.version}`, questionnaire);
      valid.push({ file: source.file, kind: 'questionnaire' });
    });
  }
  const explicit = options.questionnaire ? await resolveQuestionnaire(options.questionnaire, context.resolve) : undefined;
  // Thousands of answers files name the same few questionnaires: find each one once per run.
  const resolved = new Map<string, Promise<Questionnaire>>();
  const bundledOnce = (id: string) => {
    let questionnaire = resolved.get(id);
    if (!questionnaire) resolved.set(id, (questionnaire = bundledQuestionnaire(id, context.resolve)));
    return questionnaire;
  };
  for (const { source, kind } of sources.filter((s) => s.kind !== 'questionnaire')) {
    if (kind === 'targets') {
      // Only their shape: which dimensions and levels exist is known once a diagnostic is there.
      attempt(() => {
        targetsFromFile(source);
        valid.push({ file: source.file, kind });
      });
      continue;
    }
    if (kind === 'diagnostic') {
      attempt(() => {
        readDiagnostic(source);
        valid.push({ file: source.file, kind });
      });
      continue;
    }
    // A file that names its questionnaire is checked whole against it, schema included.
    let ref;
    try {
      ref = questionnaireRefOf(source.data) ?? checkAnswersShape(source).questionnaire;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(problems, error.problems);
      continue;
    }
    let questionnaire = explicit ?? questionnaires.get(`${ref.id}@${ref.version}`);
    if (!questionnaire) {
      try {
        questionnaire = await bundledOnce(await bundledIdFor(ref.id, ref.version));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        problems.push(source.problem(['questionnaire', 'id'], error.detail));
        attempt(() => void checkAnswersShape(source));
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
  // Annotations are this format's report: on stdout, where the runner reads them as for any step.
  if (format === 'github') for (const p of problems) context.io.stdout.write(`${annotation('error', context.say(p.message), { file: p.file, line: p.line, col: p.col })}\n`);
  else context.problems(problems);
  context.note(msg('cli.errors-found', { count: problems.length, files: new Set(problems.map((p) => p.file)).size }));
  return 2;
}
