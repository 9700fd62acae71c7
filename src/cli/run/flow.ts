// The interview itself, written against the PromptAdapter only: no terminal, no files. Every
// change goes through `save` before the next prompt, so an interruption loses nothing.
import { ACTOR_TYPES, MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type AnswerValue, type Question, type Questionnaire, type Respondent, type Response } from '../../core/model.js';
import { localize, type Lang } from '../../core/text.js';
import { runWords } from '../../i18n/run-words.js';
import { visibility } from '../../score/question-score.js';
import type { Choice, PromptAdapter } from './prompt-adapter.js';

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

const BACK = Symbol('back');
const UNKNOWN = Symbol('unknown');
const NOT_APPLICABLE = Symbol('not-applicable');
const WITH_COMMENT = Symbol('with-comment');
type Special = typeof BACK | typeof UNKNOWN | typeof NOT_APPLICABLE | typeof WITH_COMMENT;

export async function askRespondent(options: FlowOptions): Promise<Respondent> {
  const { prompts, lang } = options;
  const w = runWords[lang];
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
  let lastDimension: string | undefined;
  while (position < visibleQuestions().length) {
    const list = visibleQuestions();
    const question = list[position]!;
    if (question.dimension !== lastDimension) {
      printDimension(question.dimension, options);
      lastDimension = question.dimension;
    }
    const outcome = await ask(question, list, state.responses.get(question.id), options, position > 0);
    if (outcome === BACK) {
      position = Math.max(0, position - 1);
      lastDimension = undefined;
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
  const w = runWords[lang];
  for (;;) {
    const visible = visibility(questionnaire.questions, state.responses);
    options.print(`\n${w.summaryTitle}`);
    for (const d of questionnaire.dimensions) {
      const questions = questionnaire.questions.filter((q) => q.dimension === d.id && visible.get(q.id) && q.type !== 'text');
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
    const outcome = await ask(question, shown, state.responses.get(id), options, false);
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

function printDimension(id: string, { questionnaire, lang, print }: FlowOptions): void {
  const d = questionnaire.dimensions.find((x) => x.id === id)!;
  const description = localize(d.description, lang).split(/(?<=[.!?])\s/)[0] ?? '';
  print(`\n━━ ${localize(d.label, lang)} ━━${description ? `\n${description}` : ''}`);
}

/** One question; resolves to the response, undefined (no answer, free text only) or BACK. */
async function ask(question: Question, list: Question[], current: Response | undefined, options: FlowOptions, canGoBack: boolean): Promise<Response | undefined | typeof BACK> {
  const { questionnaire, prompts, lang } = options;
  const w = runWords[lang];
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const inDimension = list.filter((q) => q.dimension === question.dimension);
  const header = w.position({
    dimension: t(questionnaire.dimensions.find((d) => d.id === question.dimension)!.label),
    index: inDimension.indexOf(question) + 1,
    count: inDimension.length,
    overall: list.indexOf(question) + 1,
    total: list.length,
  });
  options.print(`\n${header}\n${w.why} ${t(question.help)}`);
  const message = t(question.text);
  const extras = (withComment: boolean): Choice<Special>[] => [
    ...(withComment ? [{ value: WITH_COMMENT as Special, name: w.withComment }] : []),
    { value: UNKNOWN, name: w.unknown },
    ...(question.allowNotApplicable ? [{ value: NOT_APPLICABLE as Special, name: w.notApplicable }] : []),
    ...(canGoBack ? [{ value: BACK as Special, name: w.back }] : []),
  ];
  /** A picked choice (never BACK or WITH_COMMENT, handled before) as a response. */
  const responseFor = (value: AnswerValue | Special): Response =>
    value === UNKNOWN ? { kind: 'unknown' } : value === NOT_APPLICABLE ? { kind: 'not-applicable' } : { kind: 'value', value: value as AnswerValue };

  if (question.type === 'text') {
    // The markers a hand-written file would hold mean the same here; typed otherwise they could not be saved.
    const previous = current?.kind === 'value' ? String(current.value) : current?.kind === 'unknown' ? '?' : current?.kind === 'not-applicable' ? MARKER_NOT_APPLICABLE : '';
    options.print(w.textHint({ back: canGoBack, notApplicable: question.allowNotApplicable }));
    const within = fits(TEXT_MAX, lang);
    const text = (await prompts.input({
      message,
      default: previous,
      validate: (value) => (value.trim() === MARKER_NOT_APPLICABLE && !question.allowNotApplicable ? w.reserved({ word: MARKER_NOT_APPLICABLE }) : within(value)),
    })).trim();
    if (text === '<' && canGoBack) return BACK;
    const response: Response | undefined =
      text === '?' || text === MARKER_UNKNOWN ? { kind: 'unknown' } : text === MARKER_NOT_APPLICABLE ? { kind: 'not-applicable' } : text ? { kind: 'value', value: text } : undefined;
    return response && withNotes(response, false, current, options);
  }

  if (question.type === 'multiple') {
    options.print(w.checkboxHint);
    const chosen = current?.kind === 'value' && Array.isArray(current.value) ? current.value : [];
    const picked = await prompts.checkbox<string | Special>({
      message,
      choices: [
        ...question.options.map((o) => ({ value: o.id as string | Special, name: t(o.label), checked: chosen.includes(o.id) })),
        ...extras(true).map((e) => ({ ...e, checked: (e.value === UNKNOWN && current?.kind === 'unknown') || (e.value === NOT_APPLICABLE && current?.kind === 'not-applicable') })),
      ],
      // "Back" alone; "don't know" or "not applicable" without answers (a comment may go with them).
      validate: (values) => {
        const markers = values.filter((v) => v === UNKNOWN || v === NOT_APPLICABLE).length;
        if (values.includes(BACK) && values.length > 1) return w.checkboxBackAlone;
        if (markers > 1 || (markers === 1 && values.some((v) => typeof v === 'string'))) return w.checkboxMarkerAlone;
        return true;
      },
    });
    const specials = picked.filter((p): p is Special => typeof p === 'symbol');
    if (specials.includes(BACK)) return BACK;
    // A marker ticked with options wins: "not applicable", then "don't know".
    const marker = ([NOT_APPLICABLE, UNKNOWN] as Special[]).find((s) => specials.includes(s));
    const response = marker ? responseFor(marker) : responseFor(picked.filter((p): p is string => typeof p === 'string'));
    return withNotes(response, specials.includes(WITH_COMMENT), current, options);
  }

  const valueChoices = choicesFor(question, lang);
  const previous = current?.kind === 'value' ? current.value : current?.kind === 'unknown' ? UNKNOWN : current?.kind === 'not-applicable' ? NOT_APPLICABLE : undefined;
  const picked = await prompts.select<AnswerValue | Special>({
    message: question.type === 'scale' && question.scale ? `${message} (${w.scaleHint({ min: question.scale.min, max: question.scale.max, minLabel: t(question.scale.minLabel), maxLabel: t(question.scale.maxLabel) })})` : message,
    choices: [...valueChoices, ...extras(true)],
    ...(previous !== undefined ? { default: previous } : {}),
  });
  if (picked === BACK) return BACK;
  if (picked !== WITH_COMMENT) return withNotes(responseFor(picked), false, current, options);
  const again = await prompts.select<AnswerValue | Special>({
    message,
    choices: [...valueChoices, ...extras(false).filter((e) => e.value !== BACK)],
    ...(previous !== undefined ? { default: previous } : {}),
  });
  return withNotes(responseFor(again), true, current, options);
}

async function withNotes(response: Response, wanted: boolean, current: Response | undefined, { prompts, lang }: FlowOptions): Promise<Response> {
  if (!wanted) {
    // Keep notes typed earlier when an answer is changed without asking for new ones.
    return { ...response, ...(current?.comment ? { comment: current.comment } : {}), ...(current?.evidence ? { evidence: current.evidence } : {}) };
  }
  const w = runWords[lang];
  const within = fits(TEXT_MAX, lang);
  const comment = (await prompts.input({ message: w.comment, default: current?.comment ?? '', validate: within })).trim();
  const evidence = (await prompts.input({ message: w.evidence, default: current?.evidence ?? '', validate: within })).trim();
  return { ...response, ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) };
}

// The answers schema's limits: a longer text could be typed but not saved.
const RESPONDENT_MAX = 200;
const TEXT_MAX = 10_000;

/** Validates a typed text against a length (in characters, as the schema counts them), optionally required. */
function fits(max: number, lang: Lang, required = false): (value: string) => true | string {
  const w = runWords[lang];
  return (value) => {
    const length = [...value.trim()].length;
    if (required && length === 0) return w.required;
    return length <= max ? true : w.tooLong({ max, length });
  };
}

function choicesFor(question: Question, lang: Lang): Choice<AnswerValue>[] {
  const w = runWords[lang];
  if (question.type === 'yesno') return [{ value: true, name: w.yes }, { value: false, name: w.no }];
  if (question.type === 'scale' && question.scale) {
    const values: Choice<AnswerValue>[] = [];
    for (let v = question.scale.min; v <= question.scale.max; v++) values.push({ value: v, name: String(v) });
    return values;
  }
  return question.options.map((o) => ({ value: o.id, name: localize(o.label, lang) }));
}

/** Answers to questions that a changed answer has hidden are dropped: they no longer apply. */
function dropHidden(state: InterviewState, questionnaire: Questionnaire): void {
  const visible = visibility(questionnaire.questions, state.responses);
  for (const id of [...state.responses.keys()]) if (visible.get(id) === false) state.responses.delete(id);
}

function describeResponse(question: Question, response: Response | undefined, lang: Lang): string {
  const w = runWords[lang];
  if (!response) return w.noAnswer;
  if (response.kind === 'unknown') return w.unknown;
  if (response.kind === 'not-applicable') return w.notApplicable;
  const value = response.value;
  if (question.type === 'yesno') return value === true ? w.yes : w.no;
  if (question.type === 'single' || question.type === 'multiple') {
    const ids = [value].flat();
    return truncate(question.options.filter((o) => ids.includes(o.id)).map((o) => localize(o.label, lang)).join(' ; ') || '—', 40);
  }
  return truncate(String(value), 40);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
