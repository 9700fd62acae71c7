// cocon run: the interactive diagnostic. Files and the terminal live here; the interview itself
// is in ../run/flow.ts, written against the prompt adapter so it can be tested without a terminal.
import { constants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { AnswerSet, Questionnaire, Respondent } from '../../../core/model.js';
import { InputError, UsageError } from '../../../core/problems.js';
import { localize, type Lang } from '../../../core/text.js';
import { msg } from '../../../i18n/messages.js';
import { words } from '../../../i18n/catalogues.js';
import { checkAnswersShape, loadAnswers } from '../../../load/answers.js';
import { diagnose } from '../../../score/diagnose.js';
import { visibility } from '../../../questions/conditions.js';
import { answersToYaml } from '../../../template/answers-yaml.js';
import { DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from '../../bundled.js';
import type { Context } from '../../context.js';
import { exists, readSource, writeProblem } from '../../files.js';
import { commandLine } from '../../command-name.js';
import { schemaUrl } from '../../version.js';
import { extensionOf, type Format } from '../../../render/registry.js';
import { wrap } from '../../../core/wrap.js';
import { inertPrompts, inertText } from '../../run/inert-prompts.js';
import { askRespondent, interview, review, type FlowOptions, type InterviewState } from '../../run/flow.js';
import { PromptInterrupted, type PromptAdapter } from '../../../questions/prompt-adapter.js';
import { emitReport, parseFormat, refuseOverwritingInputs, renderReport, writeOutput } from '../output.js';
import { questionnaireFile } from '../../answer-sets.js';
import { territorySlug } from '../../../core/file-slug.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type RunOptions = OptionsOf<typeof spec>;

/** The person chose « Abandonner » for an existing file: nothing was written. */
class RunAbandoned extends Error {}

export async function run(context: Context, _args: ArgumentsOf<typeof spec>, options: RunOptions): Promise<number> {
  const w = words(context.lang).run;
  const interactive = context.io.prompts !== undefined || (context.io.stdin?.isTTY === true && context.io.stderr.isTTY === true);
  if (!interactive) throw new UsageError(msg('usage.other', { detail: w.noTerminal({ command: context.commandName }) }));
  // Checked before any question is asked, so a typo does not cost a whole interview.
  // The report goes to a file (next to the answers unless --out says where): never the terminal's summary.
  const format = parseFormat(context, options, 'diagnostic', { toFile: true });
  const questionnaire = await resolveQuestionnaire(options.questionnaire ?? DEFAULT_QUESTIONNAIRE, context.resolve);
  const folder = context.io.cwd ?? '.';
  const today = context.today();
  await checkOutputs(options, join(folder, defaultFileName('', today)), context);
  const terminal = context.io.prompts ? undefined : await terminalPrompts(context.lang);
  const prompts = inertPrompts(context.io.prompts ?? terminal!.prompts);
  const width = Math.max(40, Math.min(context.io.stderr.columns ?? 80, 120) - 1);
  const print = (text: string) => void context.io.stderr.write(`${wrap(inertText(text), width).join('\n')}\n`);
  let file: string | undefined = options.answers;
  const save = async (state: InterviewState) => {
    if (!file || !state.respondent) return;
    await writeOutput(file, serialize(state, questionnaire), context.resolve);
  };
  const flow: FlowOptions = { questionnaire, prompts, lang: context.lang, print, save, today };

  let saved = false;
  try {
    // About: conditions show or hide questions as the answers come.
    const expected = [...visibility(questionnaire.questions, new Map()).values()].filter(Boolean).length;
    print(w.welcome({ title: localize(questionnaire.title, context.lang), count: expected }));
    let state: InterviewState | undefined;
    if (file) {
      const settled = await settleFile(file, questionnaire, options.resume === true, prompts, context, (named) => resumeCommand(context, named, options, false));
      file = settled.file;
      state = settled.resumed;
    }
    if (!state) {
      const respondent = await askRespondent(flow);
      state = { respondent, responses: new Map() };
      if (!file) {
        const settled = await settleDefaultFile(join(folder, defaultFileName(respondent.territory, today)), respondent, questionnaire, options.resume === true, prompts, context);
        file = settled.file;
        if (settled.resumed) state = settled.resumed;
      }
    }
    // The file may have been renamed or chosen just now: --out must still not replace it.
    await refuseOverwritingInputs(options.out, [file!], context.resolve);
    await save(state);
    saved = true;
    await interview(state, flow);
    await review(state, flow);
    await save(state);
  } catch (error) {
    if (error instanceof RunAbandoned) {
      context.io.stderr.write(`${w.abandoned}\n`);
      return 0;
    }
    if (error instanceof PromptInterrupted) {
      // Not wrapped: the command must survive being copied and pasted.
      const say = (text: string) => void context.io.stderr.write(`${text}\n`);
      say('');
      if (saved && file) {
        say(w.interrupted({ file }));
        say(w.resumeWith({ command: resumeCommand(context, file, options) }));
      } else {
        say(w.interruptedNothing);
      }
      // 130 for Ctrl-C; a signal gives the shell's usual 128 + its number (143 for SIGTERM, 129 for SIGHUP).
      return 128 + constants.signals[terminal?.caught() ?? 'SIGINT'];
    }
    throw error;
  } finally {
    terminal?.release();
  }

  // The report comes from the saved file, read back as `cocon score` would read it; it is written
  // next to the answers (or to --out), and its terminal summary goes to stdout.
  const set = loadAnswers(await readSource(file!, context.resolve), questionnaire);
  const diagnostic = diagnose(questionnaire, [set]);
  const reportFile = options.out ?? reportNextTo(file!, format);
  await writeOutput(reportFile, await renderReport(context, diagnostic, format), context.resolve);
  await emitReport(context, diagnostic, 'text');
  context.io.stderr.write(`${w.saved({ file: file! })}\n${w.reportWritten({ file: reportFile })}\n`);
  return 0;
}

/**
 * Every file the run will write, checked before the first question: a missing or read-only
 * folder, an --answers that is a folder, an --out that would replace an input.
 */
async function checkOutputs(options: RunOptions, defaultFile: string, context: Context): Promise<void> {
  for (const file of [options.answers ?? defaultFile, ...(options.out !== undefined ? [options.out] : [])]) {
    const problem = await writeProblem(file, context.resolve);
    if (problem) throw new UsageError(problem);
  }
  const inputs = [...(options.answers !== undefined ? [options.answers] : []), ...(await questionnaireFile(options.questionnaire, context.resolve))];
  await refuseOverwritingInputs(options.out, inputs, context.resolve);
}

/** reponses.yaml → reponses.diagnostic.md (or .json, .txt): beside the answers, named after them. */
export function reportNextTo(answersFile: string, format: Format): string {
  const stem = basename(answersFile).replace(/\.(ya?ml|json)$/i, '');
  return join(dirname(answersFile), `${stem}.diagnostic.${extensionOf('diagnostic', format)}`);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

/**
 * The terminal prompts, plus signal handling for the length of the interview. Ctrl-C typed at a
 * prompt is a key, handled by inquirer; a signal (kill, Ctrl-C while an answer is being saved,
 * the terminal closing) only aborts the prompts: a save under way completes, then the prompt on
 * screen (or the next one) ends with PromptInterrupted and the resume message is printed.
 */
async function terminalPrompts(lang: Lang): Promise<{ prompts: PromptAdapter; caught: () => Signal | undefined; release: () => void }> {
  const { createInquirerAdapter } = await import('../../run/inquirer-adapter.js');
  const controller = new AbortController();
  let caught: Signal | undefined;
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      caught ??= signal;
      // A closed terminal cannot be written to any more; that must not crash the last save.
      if (signal === 'SIGHUP') for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
      controller.abort();
    };
    process.on(signal, handler);
    return () => void process.off(signal, handler);
  });
  return {
    // Prompts go to stderr: stdout carries only the report, even when redirected.
    prompts: createInquirerAdapter({ input: process.stdin, output: process.stderr, signal: controller.signal, lang }),
    caught: () => caught,
    release: () => handlers.forEach((off) => off()),
  };
}

/** What an existing file holds: answers to this questionnaire, or something else. */
type Held = { kind: 'missing' } | { kind: 'answers'; set: AnswerSet } | { kind: 'other' };

async function held(file: string, questionnaire: Questionnaire, resume: boolean, context: Context): Promise<Held> {
  if (!(await exists(context.resolve(file)))) return { kind: 'missing' };
  try {
    const source = await readSource(file, context.resolve);
    const raw = checkAnswersShape(source);
    if (raw.questionnaire.id === questionnaire.id && raw.questionnaire.version === questionnaire.version) return { kind: 'answers', set: loadAnswers(source, questionnaire) };
  } catch (error) {
    // Asked to resume a broken file: say what is wrong with it, where.
    if (resume || !(error instanceof InputError)) throw error;
  }
  return { kind: 'other' };
}

/**
 * Where the answers go, for a file the person named. An existing file is never overwritten
 * silently: answers to this questionnaire are resumed (asking first, unless --resume); anything
 * else needs the person's say.
 */
async function settleFile(
  file: string,
  questionnaire: Questionnaire,
  resume: boolean,
  prompts: PromptAdapter,
  context: Context,
  /** The command that starts a new session in a file (for the message when there is nothing to resume). */
  startCommand: (file: string) => string,
): Promise<{ file: string; resumed?: InterviewState }> {
  const w = words(context.lang).run;
  for (;;) {
    const found = await held(file, questionnaire, resume, context);
    if (found.kind === 'missing') {
      // Asked to resume a file that is not there (a typo, another folder): nothing starts silently.
      if (resume) throw new UsageError(msg('usage.other', { detail: w.nothingToResume({ file, command: startCommand(file) }) }));
      return { file };
    }
    if (found.kind === 'answers') {
      const { set } = found;
      const who = [set.respondent.role, set.respondent.name, w.actorTypes[set.respondent.actorType] ?? set.respondent.actorType].filter(Boolean).join(', ');
      if (resume || (await prompts.confirm({ message: w.resumeQuestion({ file, count: set.responses.size, who }), default: true }))) {
        return { file, resumed: { respondent: set.respondent, responses: new Map(set.responses) } };
      }
    }
    if (resume) throw new UsageError(msg('usage.other', { detail: `${w.fileExists({ file })} ${w.notResumable}` }));
    context.io.stderr.write(`${w.fileExists({ file })}\n`);
    const choice = await prompts.select<'overwrite' | 'rename' | 'quit'>({
      message: w.existingChoice,
      choices: [{ value: 'rename', name: w.otherName }, { value: 'overwrite', name: w.overwrite }, { value: 'quit', name: w.quit }],
    });
    if (choice === 'quit') throw new RunAbandoned();
    if (choice === 'overwrite') return { file };
    file = await chooseAnotherName(file, prompts, context);
  }
}

/**
 * Where the answers go when the file is named after the territory and the day. One respondent,
 * one file: a file of the same name holding someone else's answers (or anything else) is left
 * alone, and the answers go to the first free name with -2, -3… (said so); only the person's
 * own file is offered for resuming.
 */
async function settleDefaultFile(
  first: string,
  respondent: Respondent,
  questionnaire: Questionnaire,
  resume: boolean,
  prompts: PromptAdapter,
  context: Context,
): Promise<{ file: string; resumed?: InterviewState }> {
  const w = words(context.lang).run;
  for (let n = 1; ; n++) {
    const file = n === 1 ? first : first.replace(/\.yaml$/, `-${n}.yaml`);
    const found = await held(file, questionnaire, false, context);
    if (found.kind === 'missing') {
      if (n > 1) context.io.stderr.write(`${w.notYours({ file: first, next: file })}\n`);
      else if (resume) context.io.stderr.write(`${w.nothingToResumeToday({ file })}\n`);
      return { file };
    }
    if (found.kind === 'answers' && sameRespondent(found.set.respondent, respondent)) return settleFile(file, questionnaire, resume, prompts, context, () => '');
  }
}

/** The same person, as far as a file can tell: actor type, role and name, typed alike. */
function sameRespondent(a: Respondent, b: Respondent): boolean {
  const same = (x: string | undefined, y: string | undefined) => (x ?? '').normalize('NFC').trim().toLowerCase() === (y ?? '').normalize('NFC').trim().toLowerCase();
  return a.actorType === b.actorType && same(a.role, b.role) && same(a.name, b.name);
}

async function chooseAnotherName(file: string, prompts: PromptAdapter, context: Context): Promise<string> {
  const w = words(context.lang).run;
  const name = await prompts.input({
    message: w.newName,
    default: basename(file).replace(/(\.ya?ml)$/, '-2$1'),
    validate: (value) => (value.trim() ? true : w.required),
  });
  return resolve(dirname(context.resolve(file)), name.trim());
}

function serialize(state: InterviewState, questionnaire: Questionnaire): string {
  return answersToYaml({ questionnaire: { id: questionnaire.id, version: questionnaire.version }, respondent: state.respondent!, responses: state.responses }, questionnaire, schemaUrl('answers'));
}

/** "Val de Brume" on 2026-03-14 → cocon-val-de-brume-2026-03-14.yaml */
export function defaultFileName(territory: string, today: string): string {
  return `cocon-${territorySlug(territory)}-${today}.yaml`;
}

/** The command that resumes this run (or, `resume` false, starts it anew), as cocon was launched, ready to paste. */
function resumeCommand(context: Context, file: string, options: RunOptions, resume = true): string {
  const args = ['run', '--answers', file, ...(resume ? ['--resume'] : [])];
  if (options.questionnaire) args.push('--questionnaire', options.questionnaire);
  if (options.format) args.push('--format', options.format);
  if (options.out) args.push('--out', options.out);
  if (options.lang) args.push('--lang', options.lang);
  return commandLine(context.commandName, args);
}
