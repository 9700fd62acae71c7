// Facts and claims. A fact is what the answers establish about one question (a value, not known,
// or absent: hidden or not applicable); a condition on facts is true, false or not known (Kleene's
// three-valued logic). A text the diagnostic shows declares what it presumes and what it states
// (`Claims`): it is shown only where everything it presumes is known true and nothing it states
// is false. The same evaluation decides advice and patterns (their `when`), so that what shows a
// text and what the text says are read alike, and `cocon validate` can prove one implies the other.
import { MARKER_UNKNOWN, type AnswerValue, type Claims, type Condition, type Question } from '../core/model.js';
import { kindOf } from './index.js';
import { fractionAtLeast, fractionAtMost } from '../core/compare.js';

export type Fact =
  /** A value as an answers file gives it; a multiple choice ending with `ne-sait-pas` is partly known. */
  | { kind: 'value'; value: AnswerValue }
  /** Nobody knows, or (several respondents) the known answers are split evenly: `disputed`. */
  | { kind: 'unknown'; disputed?: boolean }
  /** Hidden by the question's condition, or not applicable. */
  | { kind: 'absent' };

/** true, false, or undefined: not known from the answers. */
export type Truth = boolean | undefined;

export interface FactBase {
  fact: (id: string) => Fact;
  question: (id: string) => Question | undefined;
  /** Conditions on a dimension's or the overall figures (advice and patterns only): as the report shows them. */
  dimension?: (condition: Extract<Condition, { dimension: string }>) => boolean;
}

const UNKNOWN: Fact = { kind: 'unknown' };

function not(value: Truth): Truth {
  return value === undefined ? undefined : !value;
}

/** Whether any of `candidates` is the answer (one choice) or among the ticked options (several). */
function isAmong(fact: Fact, candidates: readonly (string | number | boolean)[]): Truth {
  if (fact.kind === 'absent') return false;
  if (fact.kind === 'unknown') return undefined;
  const { value } = fact;
  if (!Array.isArray(value)) return candidates.includes(value);
  if (value.some((v) => v !== MARKER_UNKNOWN && candidates.includes(v))) return true;
  return value.includes(MARKER_UNKNOWN) ? undefined : false;
}

function scoreIs(fact: Fact, question: Question | undefined, test: (score: number) => boolean): Truth {
  if (fact.kind === 'absent' || !question) return false;
  if (fact.kind === 'unknown') return undefined;
  const kind = kindOf(question);
  const score = kind.score(question, fact.value);
  if (score === null) return false;
  const { low, high } = kind.range?.(question, fact.value) ?? { low: score, high: score };
  const atLow = test(low);
  return atLow === test(high) ? atLow : undefined;
}

export function evaluate(condition: Condition, base: FactBase): Truth {
  if ('all' in condition && condition.all) {
    const parts = condition.all.map((c) => evaluate(c, base));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in condition && condition.any) {
    const parts = condition.any.map((c) => evaluate(c, base));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in condition && condition.not) return not(evaluate(condition.not, base));
  if ('dimension' in condition && condition.dimension !== undefined) return base.dimension ? base.dimension(condition) : undefined;
  if (!('question' in condition)) return true;
  const fact = base.fact(condition.question) ?? UNKNOWN;
  const question = base.question(condition.question);
  if (condition.in) return isAmong(fact, condition.in);
  if (condition.notIn) return not(isAmong(fact, condition.notIn));
  if (condition.minScore !== undefined) return scoreIs(fact, question, (s) => fractionAtLeast(s, condition.minScore!));
  if (condition.maxScore !== undefined) return scoreIs(fact, question, (s) => fractionAtMost(s, condition.maxScore!));
  return true;
}

/** Whether a text may be shown: its condition and what it presumes known true, nothing it states false. */
export function mayShow(when: Condition | undefined, claims: Claims | undefined, base: FactBase): boolean {
  return (when === undefined || evaluate(when, base) === true) && claimsHold(claims, base);
}

export function claimsHold(claims: Claims | undefined, base: FactBase): boolean {
  if (!claims) return true;
  return (claims.presumes === undefined || evaluate(claims.presumes, base) === true) && (claims.states === undefined || evaluate(claims.states, base) !== false);
}

/** The questions a condition looks at, in the order it names them. */
export function conditionQuestions(condition: Condition | undefined, into: string[] = []): string[] {
  if (!condition) return into;
  if ('all' in condition && condition.all) condition.all.forEach((c) => conditionQuestions(c, into));
  else if ('any' in condition && condition.any) condition.any.forEach((c) => conditionQuestions(c, into));
  else if ('not' in condition && condition.not) conditionQuestions(condition.not, into);
  else if ('question' in condition && condition.question !== undefined && !into.includes(condition.question)) into.push(condition.question);
  return into;
}

/** Whether a condition looks at a dimension's figures anywhere. */
export function hasDimensionCondition(condition: Condition | undefined): boolean {
  if (!condition) return false;
  if ('all' in condition && condition.all) return condition.all.some(hasDimensionCondition);
  if ('any' in condition && condition.any) return condition.any.some(hasDimensionCondition);
  if ('not' in condition && condition.not) return hasDimensionCondition(condition.not);
  return 'dimension' in condition && condition.dimension !== undefined;
}
