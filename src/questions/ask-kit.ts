// What a question kind needs to ask itself in `cocon run`: the prompt adapter, the words, the
// current answer, and the markers every kind offers (don't know, not applicable, back, notes).
import type { AnswerValue, Question, Response } from '../core/model.js';
import { localize, type Lang, type Text } from '../core/text.js';
import { words as catalogue } from '../i18n/catalogues.js';
import type { Choice, PromptAdapter } from './prompt-adapter.js';

export const BACK = Symbol('back');
export const UNKNOWN = Symbol('unknown');
export const NOT_APPLICABLE = Symbol('not-applicable');
export const WITH_COMMENT = Symbol('with-comment');
/** "Show the full help and its source": the question is asked again after it. */
export const HELP = Symbol('help');
export type Special = typeof BACK | typeof UNKNOWN | typeof NOT_APPLICABLE | typeof WITH_COMMENT | typeof HELP;

/** A response, no answer (free text left empty), "go back to the previous question", or "show the full help". */
export type Asked = Response | undefined | typeof BACK | typeof HELP;

export interface AskKit {
  prompts: PromptAdapter;
  lang: Lang;
  print: (text: string) => void;
  /** The answer given earlier, if any. */
  current: Response | undefined;
  canGoBack: boolean;
  /** Whether the full help is still to be shown on demand (only its short sentence was printed). */
  offerHelp?: boolean;
}

// The answers schema's limits: a longer text could be typed but not saved.
export const RESPONDENT_MAX = 200;
export const TEXT_MAX = 10_000;

export function words(kit: { lang: Lang }) {
  return catalogue(kit.lang).run;
}

export function text(kit: { lang: Lang }, value: Text | undefined): string {
  return localize(value, kit.lang);
}

/**
 * The marker choices offered after a question's own answers. Pinned: on a terminal too short for
 * the whole list they stay in sight (see src/cli/run/choice-layout.ts).
 */
export function markerChoices(question: Question, kit: AskKit, withComment: boolean): Choice<Special>[] {
  const w = words(kit);
  return [
    ...(withComment ? [{ value: WITH_COMMENT as Special, name: w.withComment }] : []),
    { value: UNKNOWN as Special, name: w.unknown },
    ...(question.allowNotApplicable ? [{ value: NOT_APPLICABLE as Special, name: w.notApplicable }] : []),
    ...(kit.offerHelp ? [{ value: HELP as Special, name: w.showHelp }] : []),
    ...(kit.canGoBack ? [{ value: BACK as Special, name: w.back }] : []),
  ].map((choice): Choice<Special> => ({ ...choice, pinned: true }));
}

/** A picked choice (never BACK or WITH_COMMENT, handled before) as a response. */
export function responseFor(value: AnswerValue | Special): Response {
  return value === UNKNOWN ? { kind: 'unknown' } : value === NOT_APPLICABLE ? { kind: 'not-applicable' } : { kind: 'value', value: value as AnswerValue };
}

/**
 * The select prompt shared by kinds with one answer among a list (single, scale, yes/no).
 * Picking "✎" asks the answer again without it, then the comment and evidence.
 */
export async function askBySelect(question: Question, kit: AskKit, message: string, choices: Choice<AnswerValue>[]): Promise<Asked> {
  const { current, prompts } = kit;
  const previous = current?.kind === 'value' ? current.value : current?.kind === 'unknown' ? UNKNOWN : current?.kind === 'not-applicable' ? NOT_APPLICABLE : undefined;
  const picked = await prompts.select<AnswerValue | Special>({
    message,
    choices: [...choices, ...markerChoices(question, kit, true)],
    ...(previous !== undefined ? { default: previous } : {}),
  });
  if (picked === BACK || picked === HELP) return picked;
  if (picked !== WITH_COMMENT) return withNotes(responseFor(picked), false, kit);
  const again = await prompts.select<AnswerValue | Special>({
    message,
    choices: [...choices, ...markerChoices(question, kit, false).filter((e) => e.value !== BACK && e.value !== HELP)],
    ...(previous !== undefined ? { default: previous } : {}),
  });
  return withNotes(responseFor(again), true, kit);
}

/** Adds the comment and evidence when wanted; otherwise keeps those typed earlier. */
export async function withNotes(response: Response, wanted: boolean, kit: AskKit): Promise<Response> {
  const { current, prompts } = kit;
  if (!wanted) {
    return { ...response, ...(current?.comment ? { comment: current.comment } : {}), ...(current?.evidence ? { evidence: current.evidence } : {}) };
  }
  const w = words(kit);
  const within = fits(TEXT_MAX, kit.lang);
  const comment = (await prompts.input({ message: w.comment, default: current?.comment ?? '', validate: within })).trim();
  const evidence = (await prompts.input({ message: w.evidence, default: current?.evidence ?? '', validate: within })).trim();
  return { ...response, ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) };
}

/** Validates a typed text against a length (in characters, as the schema counts them), optionally required. */
export function fits(max: number, lang: Lang, required = false): (value: string) => true | string {
  const w = catalogue(lang).run;
  return (value) => {
    const length = [...value.trim()].length;
    if (required && length === 0) return w.required;
    return length <= max ? true : w.tooLong({ max, length });
  };
}
