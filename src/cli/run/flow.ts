// The interview itself, written against the PromptAdapter only: no terminal, no files. Every
// change goes through `save` before the next prompt, so an interruption loses nothing.
import { ACTOR_TYPES, type Question, type Questionnaire, type Respondent, type Response } from '../../core/model.js';
import { localize, type Lang } from '../../core/text.js';
import { words } from '../../i18n/catalogues.js';
import { visibility } from '../../questions/conditions.js';
import { isScored, kindOf } from '../../questions/index.js';
import { BACK, HELP, RESPONDENT_MAX, fits, type Asked } from '../../questions/ask-kit.js';
import type { PromptAdapter } from '../../questions/prompt-adapter.js';

export interface InterviewState {
  respondent?: Respondent;
  responses: Map<string, Response>;
  /** Questions already put to the person (a skipped free-text question is not asked twice). */
  asked?: Set<string>;
}

export interface FlowOptions {
  questionnaire: Questionnaire;
  prompts: PromptAdapter;
  lang: Lang;
  /** Text shown between prompts (dimension titles, help); goes to the terminal, not the report. */
  print: (text: string) => void;
  /** Persists the state; called after the respondent step and after every answer. */
  save: (state: InterviewState) => Promise<void>;
  today: string;
}

export async function askRespondent(options: FlowOptions): Promise<Respondent> {
  const { prompts, lang } = options;
  const w = words(lang).run;
  const required = fits(RESPONDENT_MAX, lang, true);
  const territory = (await prompts.input({ message: w.territory, validate: required })).trim();
  const actorType = await prompts.select({
    message: w.actorType,
    choices: ACTOR_TYPES.map((value) => ({ value, name: w.actorTypes[value] })),
  });
  const role = (await prompts.input({ message: w.role, validate: required })).trim();
  const name = (await prompts.input({ message: w.name, validate: fits(RESPONDENT_MAX, lang) })).trim();
  return { territory, actorType, role, ...(name ? { name } : {}), date: options.today };
}

/**
 * Walks the visible questions from the first one not yet asked; returns past the last one.
 * With `onlyNew`, asks only questions never put to the person (those a revised answer revealed).
 */
export async function interview(state: InterviewState, options: FlowOptions, onlyNew = false): Promise<InterviewState> {
  const { questionnaire } = options;
  const visibleQuestions = () => {
    const visible = visibility(questionnaire.questions, state.responses);
    return questionnaire.questions.filter((q) => visible.get(q.id));
  };
  const asked = (state.asked ??= new Set(state.responses.keys()));
  let position = visibleQuestions().findIndex((q) => !asked.has(q.id));
  if (position === -1) position = visibleQuestions().length;
  // A general question has no dimension: its section is the empty string.
  let lastDimension: string | undefined | null = null;
  while (position < visibleQuestions().length) {
    const list = visibleQuestions();
    const question = list[position]!;
    if (question.dimension !== lastDimension) {
      printDimension(question.dimension, options);
      lastDimension = question.dimension;
    }
    const outcome = await ask(question, list, state, options, position > 0);
    if (outcome === BACK) {
      position = Math.max(0, position - 1);
      lastDimension = null;
      continue;
    }
    if (outcome === undefined) state.responses.delete(question.id);
    else state.responses.set(question.id, outcome);
    asked.add(question.id);
    dropHidden(state, questionnaire);
    await options.save(state);
    // Answers may have shown or hidden later questions: go on from this one in the new list.
    const after = visibleQuestions();
    const here = after.findIndex((q) => q.id === question.id);
    const next = onlyNew ? after.findIndex((q, i) => i > here && !asked.has(q.id)) : here + 1;
    position = next === -1 ? after.length : next;
  }
  return state;
}

/** End of the interview: a summary per dimension, then finish or revisit any answer. */
export async function review(state: InterviewState, options: FlowOptions): Promise<InterviewState> {
  const { questionnaire, prompts, lang } = options;
  const w = words(lang).run;
  for (;;) {
    const visible = visibility(questionnaire.questions, state.responses);
    options.print(`\n${w.summaryTitle}`);
    for (const d of questionnaire.dimensions) {
      const questions = questionnaire.questions.filter((q) => q.dimension === d.id && visible.get(q.id) && isScored(q));
      const kinds = questions.map((q) => state.responses.get(q.id)?.kind);
      options.print(`  ${w.summaryLine({
        dimension: localize(d.label, lang),
        answered: kinds.filter((k) => k === 'value').length,
        unknown: kinds.filter((k) => k === 'unknown').length,
        notApplicable: kinds.filter((k) => k === 'not-applicable').length,
        missing: kinds.filter((k) => k === undefined).length,
      })}`);
    }
    const next = await prompts.select<'finish' | 'revise'>({
      message: w.finishChoice,
      choices: [{ value: 'finish', name: w.finish }, { value: 'revise', name: w.revise }],
    });
    if (next === 'finish') return state;
    const shown = questionnaire.questions.filter((q) => visible.get(q.id));
    const id = await prompts.select<string>({
      message: w.whichQuestion,
      choices: shown.map((q) => ({ value: q.id, name: `${truncate(localize(q.text, lang), 60)} — ${describeResponse(q, state.responses.get(q.id), lang)}` })),
    });
    const question = shown.find((q) => q.id === id)!;
    const outcome = await ask(question, shown, state, options, false);
    if (outcome !== BACK) {
      if (outcome === undefined) state.responses.delete(id);
      else state.responses.set(id, outcome);
      dropHidden(state, questionnaire);
      await options.save(state);
      // A changed answer can reveal questions never asked: ask them now.
      await interview(state, options, true);
    }
  }
}

function printDimension(id: string | undefined, { questionnaire, lang, print }: FlowOptions): void {
  const w = words(lang).run;
  const d = questionnaire.dimensions.find((x) => x.id === id);
  const description = d ? localize(d.description, lang).split(/(?<=[.!?])\s/)[0] ?? '' : w.generalDescription;
  print(`\n━━ ${d ? localize(d.label, lang) : w.generalQuestions} ━━${description ? `\n${description}` : ''}`);
}

/**
 * One question: where the person is, why it matters (its short sentence; the full help and
 * source on demand), then the kind asks it. Progress counts only the questions shown now, so it
 * stays true when an answer shows or hides later ones.
 */
async function ask(question: Question, list: Question[], state: InterviewState, options: FlowOptions, canGoBack: boolean): Promise<Exclude<Asked, typeof HELP>> {
  const { questionnaire, prompts, lang } = options;
  const w = words(lang).run;
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const inDimension = list.filter((q) => q.dimension === question.dimension);
  const others = list.filter((q) => q !== question);
  const answered = others.filter((q) => state.responses.has(q.id)).length;
  const header = w.position({
    dimension: question.dimension === undefined ? w.generalQuestions : t(questionnaire.dimensions.find((d) => d.id === question.dimension)!.label),
    index: inDimension.indexOf(question) + 1,
    count: inDimension.length,
    answered,
    toCome: others.length - answered,
  });
  options.print(`\n${header}\n${w.why} ${t(question.summary ?? question.help)}`);
  let offerHelp = question.summary !== undefined;
  for (;;) {
    const outcome = await kindOf(question).ask(question, { prompts, lang, print: options.print, current: state.responses.get(question.id), canGoBack, offerHelp });
    if (outcome !== HELP) return outcome;
    options.print(`${w.fullHelp} ${t(question.help)}`);
    offerHelp = false;
  }
}

/** Answers to questions that a changed answer has hidden are dropped: they no longer apply. */
function dropHidden(state: InterviewState, questionnaire: Questionnaire): void {
  const visible = visibility(questionnaire.questions, state.responses);
  for (const id of [...state.responses.keys()]) if (visible.get(id) === false) state.responses.delete(id);
}

function describeResponse(question: Question, response: Response | undefined, lang: Lang): string {
  const w = words(lang).run;
  if (!response) return w.noAnswer;
  if (response.kind === 'unknown') return w.unknown;
  if (response.kind === 'not-applicable') return w.notApplicable;
  return truncate(kindOf(question).describe(question, response.value, lang) || words(lang).report.none, 40);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
