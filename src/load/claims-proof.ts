// The proof that every text says only what its answers allow: for each text that declares claims
// (advice items, patterns, a question's own advice), every combination of answers to the
// questions it looks at (and those they depend on) under which the text can be shown must make
// what it presumes known true and leave what it states not contradicted. Combinations are
// enumerated exhaustively; beyond MAX_COMBINATIONS, that many are drawn at random (a fixed seed,
// so the result is the same on every run) and the message says so. Conditions on a dimension's
// figures take both truth values, as any answers might give them.
import { conditionQuestions, evaluate, type Fact, type FactBase } from '../questions/claims.js';
import { MARKER_UNKNOWN, type Claims, type Condition, type Question, type Questionnaire } from '../core/model.js';
import type { PathSegment } from './source.js';
import { kindOf } from '../questions/index.js';

export const MAX_COMBINATIONS = 200_000;

export interface ClaimText {
  /** What a message names: the advice item's or pattern's id, or the question's id. */
  id: string;
  what: 'advice' | 'pattern' | 'question';
  /** Where its claims are written. */
  path: PathSegment[];
  /** When it can be shown (as the diagnostic decides it). */
  show: Condition | undefined;
  claims: Claims;
}

export interface Unproven {
  id: string;
  what: ClaimText['what'];
  path: PathSegment[];
  claim: 'presumes' | 'states';
  /** A combination of answers under which the text can be shown while the claim fails. */
  answers: { question: string; fact: Fact }[];
  checked: number;
  sampled: boolean;
}

export interface Proof {
  texts: number;
  combinations: number;
  unproven: Unproven[];
}

/** Every text of a questionnaire that declares claims, with what shows it. */
export function claimTexts(questionnaire: Questionnaire): ClaimText[] {
  const texts: ClaimText[] = [];
  questionnaire.dimensions.forEach((d, i) => d.advice.forEach((item, k) => {
    if (item.claims) texts.push({ id: item.id, what: 'advice', path: ['dimensions', i, 'advice', k, 'claims'], show: item.when, claims: item.claims });
  }));
  questionnaire.patterns.forEach((p, i) => {
    if (p.claims) texts.push({ id: p.id, what: 'pattern', path: ['patterns', i, 'claims'], show: p.when, claims: p.claims });
  });
  for (const q of questionnaire.questions) {
    // A question's own advice has no condition of its own: it is shown for an answer below its
    // best, where what it presumes holds; what it states must then not be contradicted.
    if (q.adviceClaims) {
      const weak: Condition[] = [{ question: q.id, minScore: 0 }, { not: { question: q.id, minScore: 1 } }];
      texts.push({ id: q.id, what: 'question', path: ['questions', q.index, 'adviceClaims'], show: { all: [...weak, ...(q.adviceClaims.presumes ? [q.adviceClaims.presumes] : [])] }, claims: q.adviceClaims });
    }
  }
  return texts;
}

/** The facts a question can have, given the facts of the questions before it. */
function domain(question: Question, visible: boolean): Fact[] {
  if (!visible) return [{ kind: 'absent' }];
  const facts: Fact[] = [{ kind: 'unknown' }];
  if (question.allowNotApplicable) facts.push({ kind: 'absent' });
  const values = kindOf(question).values(question);
  if (!kindOf(question).oneChoice && values.every((v) => typeof v === 'string')) {
    // Several choices: every set of ticked options, known whole or with the rest unknown.
    const options = values as string[];
    for (let mask = 0; mask < 1 << options.length; mask++) {
      const ticked = options.filter((_, b) => mask & (1 << b));
      facts.push({ kind: 'value', value: ticked });
      if (ticked.length < options.length) facts.push({ kind: 'value', value: [...ticked, MARKER_UNKNOWN] });
    }
    return facts;
  }
  for (const value of values) facts.push({ kind: 'value', value });
  return facts;
}

/** The questions a text depends on, with every question their conditions look at, in questionnaire order. */
function dependencies(questionnaire: Questionnaire, text: ClaimText): Question[] {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const wanted = new Set<string>();
  const add = (id: string) => {
    if (wanted.has(id) || !byId.has(id)) return;
    wanted.add(id);
    for (const parent of conditionQuestions(byId.get(id)!.when)) add(parent);
  };
  for (const c of [text.show, text.claims.presumes, text.claims.states]) for (const id of conditionQuestions(c)) add(id);
  return questionnaire.questions.filter((q) => wanted.has(q.id));
}

function dimensionAtoms(condition: Condition | undefined, into: string[] = []): string[] {
  if (!condition) return into;
  if ('all' in condition && condition.all) condition.all.forEach((c) => dimensionAtoms(c, into));
  else if ('any' in condition && condition.any) condition.any.forEach((c) => dimensionAtoms(c, into));
  else if ('not' in condition && condition.not) dimensionAtoms(condition.not, into);
  else if ('dimension' in condition && condition.dimension !== undefined) {
    const key = JSON.stringify(condition);
    if (!into.includes(key)) into.push(key);
  }
  return into;
}

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Proves one text; returns how many combinations were checked and the first that fails, if any. */
export function proveText(questionnaire: Questionnaire, text: ClaimText): { checked: number; sampled: boolean; failure?: Unproven } {
  const questions = dependencies(questionnaire, text);
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const atoms = dimensionAtoms(text.show);
  // The full product, counted with every question visible (an upper bound).
  let size = 2 ** atoms.length;
  for (const q of questions) size *= domain(q, true).length;
  const sampled = size > MAX_COMBINATIONS;
  const facts = new Map<string, Fact>();
  let checked = 0;
  let failure: Unproven | undefined;

  const check = (dimensionTruth: ReadonlyMap<string, boolean>): void => {
    checked++;
    const base: FactBase = {
      fact: (id) => facts.get(id) ?? { kind: 'unknown' },
      question: (id) => byId.get(id),
      dimension: (c) => dimensionTruth.get(JSON.stringify(c)) ?? false,
    };
    if (text.show !== undefined && evaluate(text.show, base) !== true) return;
    const claim = text.claims.presumes !== undefined && evaluate(text.claims.presumes, base) !== true ? 'presumes' : text.claims.states !== undefined && evaluate(text.claims.states, base) === false ? 'states' : undefined;
    if (claim && !failure) failure = { id: text.id, what: text.what, path: [...text.path, claim], claim, answers: questions.map((q) => ({ question: q.id, fact: facts.get(q.id)! })), checked: 0, sampled };
  };
  // As the consolidated answer reads them (src/score/consensus.ts): hidden only where its condition is known false.
  const visibleOf = (q: Question) => q.when === undefined || evaluate(q.when, { fact: (id) => facts.get(id) ?? { kind: 'unknown' }, question: (id) => byId.get(id) }) !== false;

  const truthsOf = (mask: number) => new Map(atoms.map((key, b) => [key, (mask & (1 << b)) !== 0]));
  if (!sampled) {
    const walk = (k: number): void => {
      if (k === questions.length) {
        for (let mask = 0; mask < 2 ** atoms.length; mask++) check(truthsOf(mask));
        return;
      }
      const q = questions[k]!;
      const visible = visibleOf(q);
      for (const fact of domain(q, visible)) {
        facts.set(q.id, fact);
        walk(k + 1);
      }
      facts.delete(q.id);
    };
    walk(0);
  } else {
    const random = generator(0x636f636f);
    for (let n = 0; n < MAX_COMBINATIONS; n++) {
      for (const q of questions) {
        const visible = visibleOf(q);
        const options = domain(q, visible);
        facts.set(q.id, options[Math.floor(random() * options.length)]!);
      }
      check(truthsOf(Math.floor(random() * 2 ** atoms.length)));
    }
  }
  return { checked, sampled, ...(failure ? { failure: { ...(failure as Unproven), checked } } : {}) };
}

export function proveClaims(questionnaire: Questionnaire): Proof {
  const texts = claimTexts(questionnaire);
  let combinations = 0;
  const unproven: Unproven[] = [];
  for (const text of texts) {
    const result = proveText(questionnaire, text);
    combinations += result.checked;
    if (result.failure) unproven.push(result.failure);
  }
  return { texts: texts.length, combinations, unproven };
}

/** A combination of answers in a message: "q1 = a, q2 = [a, b, ne-sait-pas], q3 = ne-sait-pas" (ids and values, the same in every language). */
export function describeAnswers(answers: Unproven['answers']): string {
  return answers.map(({ question, fact }) => {
    const value = fact.kind === 'value' ? (Array.isArray(fact.value) ? `[${fact.value.join(', ')}]` : String(fact.value)) : fact.kind === 'unknown' ? MARKER_UNKNOWN : '—';
    return `${question} = ${value}`;
  }).join(', ');
}
