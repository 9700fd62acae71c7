// The consolidated answer: what the territory's respondents, together, establish about each
// question, as one answers set would. Advice, patterns and the claims of every text are decided
// on it. Per question, among the respondents who gave a value (each counts once):
// - one choice (single, scale, yes/no): the value most of them gave; two values given equally
//   often at the top make the answer disputed (not known);
// - several choices: each option is ticked when more of them ticked it than left it out (an answer
//   partly unknown leaves out nothing it did not tick), left out when more left it out, and not
//   known otherwise (disputed when some ticked it);
// - nobody gave a value: not known, or absent when every one of them has it not applicable.
// Then the questionnaire's own conditions are applied to these answers: a question they hide (its
// condition known false) is absent.
// With one respondent the consolidated answer is that respondent's. It does not depend on groups
// nor on the privacy floor: those change what a report shows, never what it advises.
import { MARKER_UNKNOWN, type AnswerValue, type Question, type Questionnaire } from '../core/model.js';
import { evaluate, type Fact } from '../questions/claims.js';
import { kindOf } from '../questions/index.js';
import type { ItemStatus } from './aggregate.js';

/** What consolidation reads of one question's column. */
export interface ColumnView {
  status: (i: number) => ItemStatus;
  value: (i: number) => AnswerValue | undefined;
}

function consolidateQuestion(question: Question, column: ColumnView, members: readonly number[]): Fact {
  const values: AnswerValue[] = [];
  let absent = 0;
  for (const i of members) {
    const status = column.status(i);
    const value = column.value(i);
    if (status === 'answered' && value !== undefined) values.push(value);
    else if (status === 'not-applicable') absent++;
  }
  if (values.length === 0) return absent === members.length ? { kind: 'absent' } : { kind: 'unknown' };
  if (!Array.isArray(values[0])) {
    const counts = new Map<string | number | boolean, number>();
    for (const v of values as (string | number | boolean)[]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const leaders = [...counts].filter(([, n]) => n === top);
    return leaders.length === 1 ? { kind: 'value', value: leaders[0]![0] } : { kind: 'unknown', disputed: true };
  }
  const options = kindOf(question).values(question) as string[];
  const ticked: string[] = [];
  let undecided = false;
  for (const option of options) {
    let yes = 0;
    let no = 0;
    for (const list of values as string[][]) {
      if (list.includes(option)) yes++;
      else if (!list.includes(MARKER_UNKNOWN)) no++;
    }
    if (yes > no) ticked.push(option);
    else if (yes === no) undecided = true;
  }
  return { kind: 'value', value: undecided ? [...ticked, MARKER_UNKNOWN] : ticked };
}

/** Whether the respondents who gave a value split evenly on it (one choice), or on one of its options (several). */
export function isDisputed(question: Question, column: ColumnView, members: readonly number[]): boolean {
  const fact = consolidateQuestion(question, column, members);
  if (fact.kind === 'unknown') return fact.disputed === true;
  if (fact.kind !== 'value' || !Array.isArray(fact.value) || !fact.value.includes(MARKER_UNKNOWN)) return false;
  return members.some((i) => {
    const v = column.value(i);
    return column.status(i) === 'answered' && Array.isArray(v) && v.some((x) => x !== MARKER_UNKNOWN && !(fact.value as string[]).includes(x));
  });
}

/**
 * The consolidated answer of `members` (every respondent when not given) to every question whose
 * answers can be scored, general questions included; free-text questions are absent.
 */
export function consolidate(questionnaire: Questionnaire, columnOf: (id: string) => ColumnView | undefined, members: readonly number[]): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  for (const question of questionnaire.questions) {
    const column = columnOf(question.id);
    // Hidden only where its condition is known false: an answer not known (or disputed) leaves the question open.
    const shown = question.when === undefined || evaluate(question.when, { fact: (id) => facts.get(id) ?? { kind: 'unknown' }, question: (id) => byId.get(id) }) !== false;
    facts.set(question.id, !shown || !column || !kindOf(question).scored ? { kind: 'absent' } : consolidateQuestion(question, column, members));
  }
  return facts;
}
