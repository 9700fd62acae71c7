// The question kinds, one per type of the questionnaire schema. `satisfies` makes the compiler
// refuse a type without its kind; adding a type is one module here and the schema's enum.
import type { Question, QuestionType } from '../core/model.js';
import type { QuestionKind } from './kind.js';
import { single } from './single.js';
import { multiple } from './multiple.js';
import { scale } from './scale.js';
import { yesno } from './yesno.js';
import { text } from './text.js';

export const KINDS = { single, multiple, scale, yesno, text } satisfies Record<QuestionType, QuestionKind>;

export function kindOf(question: Pick<Question, 'type'>): QuestionKind {
  return KINDS[question.type];
}

/** Whether answers to the question count in scores: not free text, nor a general question (outside every dimension). */
export function isScored(question: Pick<Question, 'type' | 'dimension'>): boolean {
  return kindOf(question).scored && question.dimension !== undefined;
}

/** The scores an unknown answer lies between: the worst answer the question allows, and 1. */
export function scoreBounds(question: Question): { low: number; high: number } {
  return { low: kindOf(question).worstScore?.(question) ?? 0, high: 1 };
}

export type { QuestionKind } from './kind.js';
