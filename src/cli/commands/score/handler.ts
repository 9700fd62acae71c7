// cocon score: answers files → diagnostic → report, then the thresholds the user asked for.
import { join } from 'node:path';
import { msg } from '../../../i18n/messages.js';
import { UsageError } from '../../../core/problems.js';
import { Diagnosis, type Diagnostic } from '../../../score/diagnose.js';
import { checkLevelGates, evaluateGates, parseGates } from '../../../score/gates.js';
import { questionnaireFile, streamAnswerSets } from '../../answer-sets.js';
import { appendText, ensureFolder, writeFailed } from '../../files.js';
import type { Context } from '../../context.js';
import { annotation, inGitHubActions } from '../../github.js';
import { loadPieceRenderer, loadRenderer } from '../../../render/registry.js';
import { measureTargets, readTargets } from '../targets-option.js';
import type { TargetSpec } from '../../../targets/targets.js';
import { emitReport, fullReportCommand, parseFormat, refuseOverwritingInputs, writeOutput } from '../output.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type ScoreOptions = OptionsOf<typeof spec>;

function parseGroupSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 2) throw new UsageError(msg('cli.bad-group-size', { value }));
  return n;
}

export async function run(context: Context, [inputs]: ArgumentsOf<typeof spec>, options: ScoreOptions): Promise<number> {
  if (options.each) {
    const { scoreEachCommand } = await import('./each.js');
    return scoreEachCommand(context, inputs, options, parseGroupSize(options.minGroupSize));
  }
  if (options.outDir !== undefined) throw new UsageError(msg('each.out-dir-alone'));
  if (options.jobs !== undefined) throw new UsageError(msg('each.jobs-alone'));
  const format = parseFormat(context, options);
  const gates = parseGates(options);
  const targets = await readTargets(context, options);
  const { diagnostic, single } = await diagnoseInputs(context, inputs, options, gates, targets);
  const again = [...inputs, ...(options.questionnaire !== undefined ? ['--questionnaire', options.questionnaire] : [])];
  await emitReport(context, diagnostic, format, options.out, 'diagnostic', fullReportCommand(context, ['score', ...again], options));
  const failures = evaluateGates(diagnostic, gates, context.lang);
  await appendStepSummary(context, diagnostic);
  if (options.history !== undefined) await fileInHistory(context, options.history, diagnostic);
  // In a GitHub job each failure is an annotation on the answers file (stderr: the runner reads both streams).
  const github = inGitHubActions(context.env);
  const place = { file: single, title: 'cocon score' };
  for (const failure of failures) {
    if (github) context.io.stderr.write(`${annotation('error', context.say(failure), place)}\n`);
    else context.note(failure);
  }
  return failures.length > 0 ? 1 : 0;
}

/** In a function of its own so that what scoring held can be freed while the report is written. */
async function diagnoseInputs(context: Context, inputs: string[], options: ScoreOptions, gates: ReturnType<typeof parseGates>, targets: readonly TargetSpec[]): Promise<{ diagnostic: Diagnostic; single?: string }> {
  const minGroupSize = parseGroupSize(options.minGroupSize);
  // Each answers set is scored as it is read, and dropped: thousands of files are never all in memory.
  let diagnosis: Diagnosis | undefined;
  let single: string | undefined;
  const { questionnaire, files, notes } = await streamAnswerSets(inputs, options.questionnaire, context.resolve, (set, against) => {
    diagnosis ??= new Diagnosis(against, { minGroupSize, attribute: options.attribute === true });
    diagnosis.add(set);
    single = set.file;
  });
  // Answers to an older version, carried to this one: what must now be answered.
  for (const note of notes) context.note(note);
  checkLevelGates(gates, questionnaire);
  await refuseOverwritingInputs(options.out, [...files, ...(await questionnaireFile(options.questionnaire, context.resolve)), ...(options.targets !== undefined ? [options.targets] : [])], context.resolve);
  const scored = diagnosis!.finish();
  const measured = measureTargets(targets, scored);
  const diagnostic = measured ? { ...scored, targets: measured } : scored;
  // One answers file: the file a failed gate's annotation points at.
  return { diagnostic, ...(files.length === 1 && single !== undefined ? { single } : {}) };
}

/** In a GitHub job (GITHUB_STEP_SUMMARY set), the Markdown report is appended to the job's summary page. */
async function appendStepSummary(context: Context, diagnostic: Diagnostic): Promise<void> {
  const file = context.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  const render = await loadRenderer('diagnostic', 'md');
  try {
    await appendText(context.resolve(file), `${render(diagnostic, { lang: context.lang, color: false, width: context.width })}\n`);
  } catch (error) {
    throw writeFailed(file, error);
  }
}

/**
 * --history DIR: the diagnostic filed as DIR/DATE.json (its answers' latest date, else today),
 * written atomically; scoring the same date again replaces that day's file.
 */
async function fileInHistory(context: Context, dir: string, diagnostic: Diagnostic): Promise<void> {
  const file = join(dir, `${diagnostic.date ?? context.today()}.json`);
  try {
    await ensureFolder(dir, context.resolve);
  } catch (error) {
    throw writeFailed(file, error);
  }
  const render = await loadPieceRenderer('diagnostic', 'json');
  await writeOutput(file, render(diagnostic, { lang: context.lang, color: false, width: context.width }), context.resolve);
  context.note(msg('cli.wrote', { file }));
}
