// What every question type must provide. Each type is one module in this folder; the record in
// ./index.ts is checked by the compiler to hold one kind per type of the schema, so code
// elsewhere asks the kind and never branches on the type.
import type { Message } from '../i18n/messages.js';
import type { Catalogue } from '../i18n/catalogues.js';
import type { AnswerValue, Option, Question } from '../core/model.js';
import type { Lang, Text } from '../core/text.js';
import type { QuestionnaireSchema, AnswersSchema } from '../types/schemas.js';
import type { AskKit, Asked } from './ask-kit.js';

export type RawQuestion = QuestionnaireSchema.Question;
export type WrittenValue = AnswersSchema.Value;
/** A path inside the raw question, as the loader locates problems. */
export type QuestionPath = (string | number)[];

/** An answer read from a file: its value, or what is wrong with it (and at which list item). */
export type ReadResult = { value: AnswerValue } | { problem: Message; index?: number };

/** The words a template hint is written with (the template domain of the catalogues). */
export type TemplateWords = Pick<Catalogue['template'], 'single' | 'multiple' | 'scale' | 'yesno' | 'text'>;

/** One choice a form offers: the value it stands for, and its label. */
export interface FormChoice {
  value: string | number | boolean;
  label: Text;
}

/**
 * How the browser form of `cocon form` asks a question: one choice among several (radio buttons,
 * laid out in a row for short scales), any number of choices (checkboxes; none ticked is the
 * answer "none of these"), or free text. The form adds « je ne sais pas », « non concerné », the
 * comment and the evidence itself, as `run` does.
 */
export type FormWidget =
  | { control: 'one'; choices: FormChoice[]; inline: boolean; ends?: { min?: Text; max?: Text } }
  | { control: 'many'; choices: FormChoice[] }
  | { control: 'text'; maxLength: number };

/** One answer as the diagnostic stores it: option keys (labels stored once per question), or free text. */
export type StoredAnswer = { choice: string[] } | { text: string };

export interface QuestionKind {
  /** Whether answers count in scores, coverage and requirements (free text does not). */
  readonly scored: boolean;
  /** Whether an answer is exactly one option, so the answer most respondents gave can describe a territory (a network groups by it). */
  readonly oneChoice: boolean;
  /** The raw score that counts as a full answer; answers are scored over it. */
  fullScore(raw: RawQuestion): number;
  /** Rules the schema cannot express, about this type's own fields. */
  check(raw: RawQuestion, problem: (path: QuestionPath, message: Message) => void): void;
  /** The values an answer can take, as written in a file or a condition. */
  values(question: Question): readonly (string | number | boolean)[];
  /** A value as written in an answers file → the value cocon holds, or a problem. */
  read(question: Question, written: WrittenValue): ReadResult;
  /** The value as written back to an answers file (inverse of read). */
  write(question: Question, value: AnswerValue): WrittenValue;
  /** A score in [0, 1]; null when the type is not scored. For an answer partly unknown, what is known. */
  score(question: Question, value: AnswerValue): number | null;
  /**
   * Kinds whose answers can be partly unknown (multiple choice: "these, and I don't know about
   * the others"): the score if the unknown part were the worst / the best. Without it, both are the score.
   */
  range?(question: Question, value: AnswerValue): { low: number; high: number };
  /**
   * The score of the worst answer the question allows, which bounds an unknown answer from below
   * (its best is always 1). Without it, 0. A single choice whose lowest option scores above 0
   * gives that option's score: an unknown answer cannot fall below it.
   */
  worstScore?(question: Question): number;
  /** The keys and labels of the answers a report can show (stored once per question in a diagnostic). */
  options(question: Question): { id: string; label: Text }[];
  /** One answer in the diagnostic: which of `options` were chosen, or the text. */
  store(question: Question, value: AnswerValue): StoredAnswer;
  /** A short description of an answer, for the review screen of `run`. */
  describe(question: Question, value: AnswerValue, lang: Lang): string;
  /** Lines of the answers template saying how to answer. */
  templateHint(question: Question, words: TemplateWords, localize: (text: Text | undefined) => string): string[];
  /** Asks the question in `cocon run`. */
  ask(question: Question, kit: AskKit): Promise<Asked>;
  /** The widget of the browser form (`cocon form`); each choice's value is one the kind reads back. */
  widget(question: Question): FormWidget;
  /** A few valid values, for tests of the kind contract and for examples. */
  examples(question: Question): AnswerValue[];
}

export function optionsOf(raw: RawQuestion): Option[] {
  return (raw.options ?? []).map((o) => ({ id: o.id, label: o.label, score: o.score ?? 0 }));
}
