// Several worlds answering: respondents grouped by actor type, each group's figures, and where
// the groups see the territory differently. Privacy floor: no figure for a group of fewer than
// `minSize` respondents; such groups are pooled as `autres`, and when even the pool is too small
// the smallest group shown joins it (complementary suppression: the territory minus the groups
// shown must never be a remainder under the floor), or no group is shown at all (their answers
// still count in every other figure). A single respondent makes no
// group: the diagnostic is then that person's own.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { kindOf, isScored } from '../questions/index.js';
import type { StoredAnswer } from '../questions/kind.js';
import { mean, round1, roundOrNull, summarize, weightedMean, type ScoredItem } from './aggregate.js';
import type { Outcomes, QuestionOutcome } from './outcomes.js';
import { maxOf, minOf, pushAll } from '../core/arrays.js';

export const DEFAULT_MIN_GROUP_SIZE = 3;
export const POOLED_GROUP = 'autres';
/** Spreads (points) from which groups are said to diverge, and under which they agree. */
export const DIVERGENCE_FROM = 30;
export const CONSENSUS_UNDER = 15;

export interface Grouping {
  /** For each respondent, the group it counts in (its actor type or `autres`). */
  groupOf: string[];
  /** The groups shown: at least minSize respondents each. */
  shown: { id: string; members: number[] }[];
  pooled: string[];
  /** Respondents in the pool whose types are not named (they joined a group folded into it). */
  unnamed?: number;
  omitted: number;
}

/** `actorTypes`: each respondent's actor type, in order. */
export function groupRespondents(actorTypes: readonly string[], minSize: number): Grouping {
  const byType = new Map<string, number[]>();
  actorTypes.forEach((type, i) => {
    const members = byType.get(type);
    if (members) members.push(i);
    else byType.set(type, [i]);
  });
  const shown: Grouping['shown'] = [];
  const pooledMembers: number[] = [];
  const pooled: string[] = [];
  for (const [id, members] of byType) {
    if (members.length >= minSize) shown.push({ id, members });
    else {
      pooled.push(id);
      pushAll(pooledMembers, members);
    }
  }
  if (pooledMembers.length >= minSize || pooledMembers.length === 0) {
    const groupOf = actorTypes.map((type) => (pooled.includes(type) ? POOLED_GROUP : type));
    if (pooledMembers.length > 0) shown.push({ id: POOLED_GROUP, members: pooledMembers.sort((a, b) => a - b) });
    return { groupOf, shown, pooled: pooled.sort(), omitted: 0 };
  }
  // Complementary suppression: the territory's figures minus those of the groups shown would give
  // the figures of a remainder under the floor. The smallest group shown (the last in order among
  // equals) joins the pool instead, which then reaches the floor; so the groups shown always
  // cover every respondent and any difference of figures is that of whole groups.
  if (shown.length >= 2) {
    let smallest = shown.length - 1;
    shown.forEach((g, i) => {
      if (g.members.length < shown[smallest]!.members.length) smallest = i;
    });
    const [folded] = shown.splice(smallest, 1);
    // The small types stay unnamed, as when left out: naming them would say who took part.
    const unnamed = pooledMembers.length;
    const small = [...pooled];
    pooledMembers.push(...folded!.members);
    const groupOf = actorTypes.map((type) => (small.includes(type) || type === folded!.id ? POOLED_GROUP : type));
    shown.push({ id: POOLED_GROUP, members: pooledMembers.sort((a, b) => a - b) });
    return { groupOf, shown, pooled: [folded!.id], unnamed, omitted: 0 };
  }
  // One group at most beside a remainder under the floor: that group cannot be shown either, since
  // the territory minus it would give the remainder. Naming the small types would say who took
  // part: only the number of respondents outside any group is given.
  return { groupOf: actorTypes.map((type) => (pooled.includes(type) ? POOLED_GROUP : type)), shown: [], pooled: [], omitted: pooledMembers.length };
}

/** A question's outcome among some respondents only: the mean of those who answered. */
function amongMembers(outcome: QuestionOutcome, members: readonly number[]): ScoredItem {
  const column = outcome.respondents;
  const answered = members.filter((i) => column.status(i) === 'answered').map((i) => column.score(i)!);
  if (answered.length > 0) return { weight: outcome.question.weight, status: 'answered', score: mean(answered) };
  if (members.some((i) => column.status(i) === 'unknown' || column.status(i) === 'unanswered')) return { weight: outcome.question.weight, status: 'unknown', score: null };
  return { weight: outcome.question.weight, status: 'not-applicable', score: null };
}

function agreement(spread: number): 'consensus' | 'nuance' | 'divergence' {
  return spread >= DIVERGENCE_FROM ? 'divergence' : spread < CONSENSUS_UNDER ? 'consensus' : 'nuance';
}

export function scoreGroups(questionnaire: Questionnaire, outcomes: Outcomes, grouping: Grouping, minSize: number): Pick<Diagnostic, 'groups' | 'divergence'> {
  const scoredOutcomes = questionnaire.questions.filter(isScored).map((q) => outcomes.byQuestion.get(q.id)!);
  const list = grouping.shown.map(({ id, members }) => {
    const dimensions = questionnaire.dimensions.map((d) => ({
      dimension: d,
      score: summarize(scoredOutcomes.filter((o) => o.question.dimension === d.id).map((o) => amongMembers(o, members))).score,
    }));
    return {
      id,
      respondents: members.length,
      overall: roundOrNull(weightedMean(dimensions.map((d) => ({ weight: d.dimension.weight, value: d.score })))),
      dimensions: dimensions.map((d) => ({ id: d.dimension.id, score: roundOrNull(d.score) })),
    };
  });
  const groups = { by: 'actorType', minSize, list, pooled: grouping.pooled, ...(grouping.unnamed ? { unnamed: grouping.unnamed } : {}), omitted: grouping.omitted };
  if (list.length < 2) return { groups };

  const spreadOf = (scores: (number | null)[]) => {
    const known = scores.filter((s): s is number => s !== null);
    return known.length >= 2 ? round1(maxOf(known) - minOf(known)) : null;
  };
  const dimensions = questionnaire.dimensions.flatMap((d) => {
    const spread = spreadOf(list.map((g) => g.dimensions.find((x) => x.id === d.id)!.score));
    return spread === null ? [] : [{ dimension: d.id, spread, label: agreement(spread) }];
  });
  const questions = scoredOutcomes.flatMap((o) => {
    // Each distinct answer stored once for all the groups (it was once per respondent).
    const storedByValue = new Map<number, StoredAnswer>();
    const perGroup = grouping.shown.map(({ id, members }) => {
      const item = amongMembers(o, members);
      const column = o.respondents;
      const counts = new Map<string, number>();
      let unknown = 0;
      let notApplicable = 0;
      for (const i of members) {
        const status = column.status(i);
        if (status === 'unknown' || status === 'unanswered') unknown++;
        if (status === 'not-applicable') notApplicable++;
        if (status !== 'answered') continue;
        const stored = column.perValue(i, storedByValue, (value) => kindOf(o.question).store(o.question, value));
        for (const key of stored && 'choice' in stored ? stored.choice : []) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      // In the order of the question's options, so the same answers always read the same.
      const order = kindOf(o.question).options(o.question).map((x) => x.id);
      return {
        id,
        score: item.status === 'answered' && item.score !== null ? round1(item.score * 100) : null,
        distribution: order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key)! })),
        unknown,
        notApplicable,
      };
    });
    const spread = spreadOf(perGroup.map((g) => g.score));
    return spread === null ? [] : [{ question: o.question.id, dimension: o.question.dimension!, spread, label: agreement(spread), groups: perGroup, index: o.question.index }];
  });
  questions.sort((a, b) => b.spread - a.spread || a.index - b.index);
  return { groups, divergence: { dimensions, questions: questions.map(({ index: _index, ...q }) => q) } };
}
