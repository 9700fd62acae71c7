// Each question's outcome: per respondent (answered, unknown, not applicable, unanswered,
// hidden, with a score in [0, 1]), then across respondents (the mean of those who answered).
// Respondents are added one at a time and kept in columns, one per question: a diagnostic over
// thousands of respondents holds no answers file and no object per answer while it is built.
import type { AnswerSet, AnswerValue, Question, Questionnaire, Response } from '../core/model.js';
import { visibility } from '../questions/conditions.js';
import { isScored, kindOf, scoreBounds } from '../questions/index.js';
import type { QuestionResult } from '../diagnostic/contract.js';
import { mean, type ItemStatus, type ScoredItem } from './aggregate.js';

export interface RespondentOutcome {
  status: ItemStatus;
  score: number | null;
  /** For an answer partly unknown (some options of a multiple choice), its score at worst / at best. */
  low?: number;
  high?: number;
  response?: Response;
}

const STATUSES: readonly ItemStatus[] = ['answered', 'unknown', 'not-applicable', 'unanswered', 'hidden'];
const STATUS_CODE = new Map(STATUSES.map((s, i) => [s, i]));
const HIDDEN = STATUS_CODE.get('hidden')!;
const ANSWERED = STATUS_CODE.get('answered')!;

const KINDS: readonly (Response['kind'] | undefined)[] = [undefined, 'value', 'unknown', 'not-applicable'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));

/** A typed array twice as long, holding the same values. */
function grown<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Each distinct answer value of a question once, numbered from 1: thousands of respondents give
 * the same few option keys, and each respondent's answer is then a number in a typed array.
 * Arrays (ticked options) are shared between respondents, so frozen.
 */
class ValueDictionary {
  readonly values: AnswerValue[] = [];
  private readonly plain = new Map<string | number | boolean, number>();
  private readonly lists = new Map<string, number>();

  codeOf(value: AnswerValue): number {
    const key = Array.isArray(value) ? JSON.stringify(value) : value;
    const codes = Array.isArray(value) ? this.lists : this.plain;
    let code = codes.get(key as string);
    if (code === undefined) {
      this.values.push(Array.isArray(value) ? Object.freeze([...value]) as string[] : value);
      code = this.values.length;
      codes.set(key as string, code);
    }
    return code;
  }

  valueOf(code: number): AnswerValue | undefined {
    return code === 0 ? undefined : this.values[code - 1];
  }
}

/**
 * One question's outcomes for every respondent, in the order they were added: typed arrays and
 * the answers' values, rather than an object per answer (tens of bytes each, by the hundred thousand).
 */
export class RespondentColumn {
  private statuses = new Uint8Array(16);
  /**
   * The score of each distinct value (by its number): a score follows from the value alone, so it
   * is not kept once per respondent.
   */
  private valueScores: (number | null)[] = [];
  /** The kind of answer written (none, a value, a marker), even for a hidden question. */
  private kinds = new Uint8Array(16);
  /** The answer's value as its number in `dictionary` (0: no value); 16 bits until there are more values. */
  private valueCodes: Uint16Array | Uint32Array = new Uint16Array(16);
  private readonly dictionary = new ValueDictionary();
  /** Only answers partly unknown have a range, and few answers a comment or evidence: kept apart. */
  private ranges = new Map<number, { low: number; high: number }>();
  private comments = new Map<number, string>();
  private evidenceNotes = new Map<number, string>();
  length = 0;

  /** `given`: the answer as written, kept even for a hidden question so that duplicates can be told exactly. */
  push(outcome: RespondentOutcome, given: Response | undefined): void {
    if (this.length === this.statuses.length) {
      this.statuses = grown(this.statuses);
      this.kinds = grown(this.kinds);
      this.valueCodes = grown(this.valueCodes);
    }
    const i = this.length++;
    this.statuses[i] = STATUS_CODE.get(outcome.status)!;
    this.kinds[i] = KIND_CODE.get(given?.kind)!;
    const code = given?.kind === 'value' ? this.dictionary.codeOf(given.value) : 0;
    if (code > 0xffff && this.valueCodes instanceof Uint16Array) this.valueCodes = Uint32Array.from(this.valueCodes);
    this.valueCodes[i] = code;
    if (outcome.status === 'answered') this.valueScores[code] ??= outcome.score;
    if (outcome.low !== undefined && outcome.high !== undefined) this.ranges.set(i, { low: outcome.low, high: outcome.high });
    if (given?.comment) this.comments.set(i, given.comment);
    if (given?.evidence) this.evidenceNotes.set(i, given.evidence);
  }

  status(i: number): ItemStatus {
    return STATUSES[this.statuses[i]!]!;
  }

  score(i: number): number | null {
    return this.statuses[i] === ANSWERED ? (this.valueScores[this.valueCodes[i]!] ?? null) : null;
  }

  /** The answer as written, even to a question the respondent was not shown. */
  given(i: number): Response | undefined {
    const kind = KINDS[this.kinds[i]!];
    if (kind === undefined) return undefined;
    const comment = this.comments.get(i);
    const evidence = this.evidenceNotes.get(i);
    const notes = { ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) };
    return kind === 'value' ? { kind, value: this.dictionary.valueOf(this.valueCodes[i]!)!, ...notes } : { kind, ...notes };
  }

  /**
   * The value as it counts: none for a question the respondent was not shown, nor for an answer
   * that is a marker. Read without building the answer, as figures across thousands of respondents are.
   */
  value(i: number): AnswerValue | undefined {
    return this.statuses[i] === HIDDEN ? undefined : this.dictionary.valueOf(this.valueCodes[i]!);
  }

  /** The comment and the evidence, as they count (none for a question not shown). */
  comment(i: number): string | undefined {
    return this.statuses[i] === HIDDEN ? undefined : this.comments.get(i);
  }

  evidence(i: number): string | undefined {
    return this.statuses[i] === HIDDEN ? undefined : this.evidenceNotes.get(i);
  }

  /** For an answer partly unknown, its score at worst and at best. */
  range(i: number): { low: number; high: number } | undefined {
    return this.ranges.get(i);
  }

  /**
   * What `work` gives for respondent `i`'s value, worked out once per distinct value: `memo` is the
   * caller's, for one column and one kind of work.
   */
  perValue<T>(i: number, memo: Map<number, T>, work: (value: AnswerValue) => T): T | undefined {
    const value = this.value(i);
    if (value === undefined) return undefined;
    const code = this.valueCodes[i]!;
    let result = memo.get(code);
    if (result === undefined) memo.set(code, (result = work(value)));
    return result;
  }

  /** The indexes of the respondents who did not know all of their answer: unknown, unanswered, or answered in part. */
  indexesNotKnowing(): number[] {
    const found = new Set(this.indexesWith(['unknown', 'unanswered']));
    for (const i of this.ranges.keys()) if (this.statuses[i] === ANSWERED) found.add(i);
    return [...found].sort((a, b) => a - b);
  }

  /** The indexes of the respondents whose outcome has one of these statuses. */
  indexesWith(statuses: readonly ItemStatus[]): number[] {
    const codes = statuses.map((s) => STATUS_CODE.get(s)!);
    const found: number[] = [];
    for (let i = 0; i < this.length; i++) if (codes.includes(this.statuses[i]!)) found.push(i);
    return found;
  }
}

export interface QuestionOutcome {
  question: Question;
  status: QuestionResult['status'];
  /** Mean over the respondents who gave a value, in [0, 1]. */
  score: number | null;
  /** The score if those who did not know had given the worst / the best answer; null when not applicable. */
  low: number | null;
  high: number | null;
  respondents: RespondentColumn;
}

export interface Outcomes {
  byQuestion: Map<string, QuestionOutcome>;
  /** How many respondents. */
  count: number;
}

/** What adding one respondent found: answers to questions it was not shown, and how many scored questions it left unanswered. */
export interface AddedRespondent {
  ignored: string[];
  unanswered: number;
}

/** Outcomes built one respondent at a time; `finish` computes the figures across respondents. */
export class OutcomeGatherer {
  private columns: Map<string, RespondentColumn>;
  private count = 0;
  private readonly ids: Map<string, string>;

  constructor(private readonly questionnaire: Questionnaire) {
    this.columns = new Map(questionnaire.questions.map((q) => [q.id, new RespondentColumn()]));
    this.ids = new Map(questionnaire.questions.map((q) => [q.id, q.id]));
  }

  add(set: AnswerSet): AddedRespondent {
    const visible = visibility(this.questionnaire.questions, set.responses);
    let unanswered = 0;
    for (const question of this.questionnaire.questions) {
      const given = set.responses.get(question.id);
      const outcome = respondentOutcome(question, given, visible.get(question.id) ?? true);
      if (outcome.status === 'unanswered' && isScored(question)) unanswered++;
      this.columns.get(question.id)!.push(outcome, given);
    }
    this.count++;
    // A marker left on a hidden question (as in a template from `cocon init`) is harmless. The ids
    // kept are the questionnaire's own strings, not copies read from each file.
    const ignored = [...set.responses].filter(([id, response]) => visible.get(id) === false && response.kind === 'value').map(([id]) => this.ids.get(id) ?? id);
    return { ignored, unanswered };
  }

  /** Whether these answers are exactly those of respondent `i` (in any order). */
  sameAnswers(i: number, responses: ReadonlyMap<string, Response>): boolean {
    let given = 0;
    for (const [id, column] of this.columns) {
      const earlier = column.given(i);
      const now = responses.get(id);
      if (earlier) given++;
      if (!sameResponse(earlier, now)) return false;
    }
    return given === responses.size;
  }

  finish(): Outcomes {
    const byQuestion = new Map<string, QuestionOutcome>();
    for (const question of this.questionnaire.questions) {
      const respondents = this.columns.get(question.id)!;
      byQuestion.set(question.id, { question, respondents, ...acrossRespondents(question, respondents) });
    }
    return { byQuestion, count: this.count };
  }
}

export function gatherOutcomes(questionnaire: Questionnaire, sets: readonly AnswerSet[]): Outcomes {
  const gatherer = new OutcomeGatherer(questionnaire);
  for (const set of sets) gatherer.add(set);
  return gatherer.finish();
}

function respondentOutcome(question: Question, response: Response | undefined, visible: boolean): RespondentOutcome {
  if (!visible) return { status: 'hidden', score: null };
  if (!response) return { status: 'unanswered', score: null };
  if (response.kind === 'unknown') return { status: 'unknown', score: null, response };
  if (response.kind === 'not-applicable') return { status: 'not-applicable', score: null, response };
  const kind = kindOf(question);
  const score = kind.score(question, response.value);
  const range = score !== null ? kind.range?.(question, response.value) : undefined;
  return { status: 'answered', score, ...(range && range.high > range.low ? range : {}), response };
}

function sameResponse(a: Response | undefined, b: Response | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind || a.comment !== b.comment || a.evidence !== b.evidence) return false;
  if (a.kind !== 'value' || b.kind !== 'value') return true;
  const [x, y] = [a.value, b.value];
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
  return x === y;
}

function acrossRespondents(question: Question, respondents: RespondentColumn): Pick<QuestionOutcome, 'status' | 'score' | 'low' | 'high'> {
  if (!isScored(question)) return { status: 'not-scored', score: null, low: null, high: null };
  const scores: number[] = [];
  let low = 0;
  let high = 0;
  // A missing answer counts as not known, like "je ne sais pas".
  let unknown = 0;
  let saidUnknown = false;
  for (let i = 0; i < respondents.length; i++) {
    const status = respondents.status(i);
    if (status === 'answered') {
      const score = respondents.score(i)!;
      const range = respondents.range(i);
      scores.push(score);
      low += range?.low ?? score;
      high += range?.high ?? score;
    } else if (status === 'unknown' || status === 'unanswered') {
      unknown++;
      saidUnknown ||= status === 'unknown';
    }
  }
  // Those who did not know count at the worst and the best answer the question allows (not 0 and 1:
  // a single choice whose lowest option scores above 0 cannot fall below it).
  const bounds = scoreBounds(question);
  if (scores.length > 0) {
    const count = scores.length + unknown;
    return { status: 'answered', score: mean(scores), low: (low + unknown * bounds.low) / count, high: (high + unknown * bounds.high) / count };
  }
  if (unknown === 0) return { status: 'not-applicable', score: null, low: null, high: null };
  return { status: saidUnknown ? 'unknown' : 'unanswered', score: null, ...bounds };
}

/** A question's outcome as an item of a weighted mean (all respondents together). */
export function asItem(outcome: QuestionOutcome): ScoredItem {
  const status: ItemStatus = outcome.status === 'not-scored' ? 'not-applicable' : outcome.status;
  return { weight: outcome.question.weight, status, score: outcome.score, ...(outcome.low !== null && outcome.high !== null ? { low: outcome.low, high: outcome.high } : {}) };
}
