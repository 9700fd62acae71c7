// cocon run: the interactive diagnostic. Files and the terminal live here; the interview itself
// is in ../run/flow.ts, written against the prompt adapter so it can be tested without a terminal.
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { AnswerSet, Questionnaire } from '../../core/model.js';
import { InputError, UsageError } from '../../core/problems.js';
import { localize } from '../../core/text.js';
import { msg } from '../../i18n/messages.js';
import { runWords } from '../../i18n/run-words.js';
import { checkAnswersShape, loadAnswers } from '../../load/answers.js';
import { diagnose } from '../../score/diagnose.js';
import { answersToYaml } from '../../template/answers-yaml.js';
import { DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from '../bundled.js';
import type { Context } from '../context.js';
import { exists, readSource, writeFileAtomic } from '../files.js';
import { PACKAGE_ROOT } from '../paths.js';
import { wrap } from '../../core/wrap.js';
import { localDate } from '../../core/local-date.js';
import { askRespondent, interview, review, type FlowOptions, type InterviewState } from '../run/flow.js';
import { PromptInterrupted, type PromptAdapter } from '../../questions/prompt-adapter.js';
import { emitReport, parseFormat } from './output.js';

export interface RunOptions {
  questionnaire?: string;
  answers?: string;
  resume?: boolean;
  format?: string;
  out?: string;
}

export async function runCommand(context: Context, options: RunOptions): Promise<number> {
  const w = runWords[context.lang];
  const interactive = context.io.prompts !== undefined || (context.io.stdin?.isTTY === true && context.io.stderr.isTTY === true);
  if (!interactive) throw new UsageError(msg('usage.other', { detail: w.noTerminal }));
  // Checked before any question is asked, so a typo does not cost a whole interview.
  const format = options.format !== undefined || options.out !== undefined ? parseFormat(context, options) : undefined;
  const questionnaire = await resolveQuestionnaire(options.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const terminal = context.io.prompts ? undefined : await terminalPrompts();
  const prompts = context.io.prompts ?? terminal!.prompts;
  const width = Math.max(40, Math.min(context.io.stderr.columns ?? 80, 120) - 1);
  const print = (text: string) => void context.io.stderr.write(`${wrap(text, width).join('\n')}\n`);
  const today = localDate(context.io.now?.() ?? new Date());
  let file: string | undefined = options.answers;
  const save = async (state: InterviewState) => {
    if (!file || !state.respondent) return;
    await writeFileAtomic(file, serialize(state, questionnaire, file));
  };
  const flow: FlowOptions = { questionnaire, prompts, lang: context.lang, print, save, today };

  let saved = false;
  try {
    print(w.welcome({ title: localize(questionnaire.title, context.lang), count: questionnaire.questions.length }));
    let state: InterviewState | undefined;
    if (file) {
      const settled = await settleFile(file, questionnaire, options.resume === true, prompts, context);
      file = settled.file;
      state = settled.resumed;
    }
    if (!state) {
      const respondent = await askRespondent(flow);
      state = { respondent, responses: new Map() };
      if (!file) {
        const settled = await settleFile(join(context.io.cwd ?? '.', defaultFileName(respondent.territory, today)), questionnaire, options.resume === true, prompts, context);
        file = settled.file;
        if (settled.resumed) state = settled.resumed;
      }
    }
    await save(state);
    saved = true;
    await interview(state, flow);
    await review(state, flow);
    await save(state);
    context.io.stderr.write(`${w.saved({ file: file! })}\n`);
  } catch (error) {
    if (error instanceof PromptInterrupted) {
      // Not wrapped: the command must survive being copied and pasted.
      const say = (text: string) => void context.io.stderr.write(`${text}\n`);
      say('');
      if (saved && file) {
        say(w.interrupted({ file }));
        say(w.resumeWith({ command: resumeCommand(file, options) }));
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

  // The report comes from the saved file, read back as `cocon score` would read it.
  const set = loadAnswers(await readSource(file!), questionnaire);
  const diagnostic = diagnose(questionnaire, [set]);
  if (options.out) {
    await emitReport(context, diagnostic, 'text');
    await emitReport(context, diagnostic, format ?? 'md', options.out);
  } else {
    await emitReport(context, diagnostic, format ?? 'text');
  }
  return 0;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

/**
 * The terminal prompts, plus signal handling for the length of the interview. Ctrl-C typed at a
 * prompt is a key, handled by inquirer; a signal (kill, Ctrl-C while an answer is being saved,
 * the terminal closing) only aborts the prompts: a save under way completes, then the prompt on
 * screen (or the next one) ends with PromptInterrupted and the resume message is printed.
 */
async function terminalPrompts(): Promise<{ prompts: PromptAdapter; caught: () => Signal | undefined; release: () => void }> {
  const { createInquirerAdapter } = await import('../run/inquirer-adapter.js');
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
    prompts: createInquirerAdapter({ input: process.stdin, output: process.stderr, signal: controller.signal }),
    caught: () => caught,
    release: () => handlers.forEach((off) => off()),
  };
}

/**
 * Where the answers go. An existing file is never overwritten silently: answers to this
 * questionnaire are resumed (asking first, unless --resume); anything else needs the person's say.
 */
async function settleFile(
  file: string,
  questionnaire: Questionnaire,
  resume: boolean,
  prompts: PromptAdapter,
  context: Context,
): Promise<{ file: string; resumed?: InterviewState }> {
  const w = runWords[context.lang];
  for (;;) {
    if (!(await exists(file))) return { file };
    let set: AnswerSet | undefined;
    try {
      const source = await readSource(file);
      const raw = checkAnswersShape(source);
      if (raw.questionnaire.id === questionnaire.id && raw.questionnaire.version === questionnaire.version) set = loadAnswers(source, questionnaire);
    } catch (error) {
      // Asked to resume a broken file: say what is wrong with it, where.
      if (resume || !(error instanceof InputError)) throw error;
    }
    if (set && (resume || (await prompts.confirm({ message: w.resumeQuestion({ file, count: set.responses.size }), default: true })))) {
      return { file, resumed: { respondent: set.respondent, responses: new Map(set.responses) } };
    }
    if (resume) throw new UsageError(msg('usage.other', { detail: `${w.fileExists({ file })} ${w.notResumable}` }));
    context.io.stderr.write(`${w.fileExists({ file })}\n`);
    const choice = await prompts.select<'overwrite' | 'rename' | 'quit'>({
      message: w.existingChoice,
      choices: [{ value: 'rename', name: w.otherName }, { value: 'overwrite', name: w.overwrite }, { value: 'quit', name: w.quit }],
    });
    if (choice === 'quit') throw new PromptInterrupted();
    if (choice === 'overwrite') return { file };
    file = await chooseAnotherName(file, prompts, context);
  }
}

async function chooseAnotherName(file: string, prompts: PromptAdapter, context: Context): Promise<string> {
  const w = runWords[context.lang];
  const name = await prompts.input({
    message: w.newName,
    default: basename(file).replace(/(\.ya?ml)$/, '-2$1'),
    validate: (value) => (value.trim() ? true : w.required),
  });
  return resolve(dirname(file), name.trim());
}

function serialize(state: InterviewState, questionnaire: Questionnaire, file: string): string {
  const schemaPath = relative(dirname(resolve(file)), join(PACKAGE_ROOT, 'schemas', 'answers.schema.json')).split('\\').join('/');
  return answersToYaml({ questionnaire: { id: questionnaire.id, version: questionnaire.version }, respondent: state.respondent!, responses: state.responses }, questionnaire, schemaPath);
}


/** "Val de Brume" on 2026-03-14 → cocon-val-de-brume-2026-03-14.yaml */
export function defaultFileName(territory: string, today: string): string {
  const slug = territory.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'territoire';
  return `cocon-${slug}-${today}.yaml`;
}

function resumeCommand(file: string, options: RunOptions): string {
  const quote = (s: string) => (/^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
  const parts = ['cocon run', '--answers', quote(file), '--resume'];
  if (options.questionnaire) parts.push('--questionnaire', quote(options.questionnaire));
  if (options.format) parts.push('--format', options.format);
  if (options.out) parts.push('--out', quote(options.out));
  return parts.join(' ');
}
