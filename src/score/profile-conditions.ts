// Conditions of advice and patterns, judged on the territory's profile as a whole: answers to
// questions (all respondents together) and dimension or overall scores and levels. Each judgment
// also says which facts it looked at, so a report can say what triggered a pattern.
import type { Condition, Level } from '../core/model.js';
import { atLeast, atMost, fractionAtLeast, fractionAtMost, round1 } from '../core/compare.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import type { QuestionOutcome } from './outcomes.js';
import { levelRank } from './levels.js';

export type Trigger = Diagnostic['patterns'][number]['triggers'][number];

export interface Profile {
  levels: readonly Level[];
  question: (id: string) => QuestionOutcome | undefined;
  /** A dimension's (or `overall`'s) score 0-100 and level as the report shows them. */
  dimension: (id: string) => { score: number | null; level: string | null } | undefined;
  /** With several respondents, the members of each group shown (respondent indices). */
  groups?: readonly (readonly number[])[];
}

export interface Judgment {
  holds: boolean;
  triggers: Trigger[];
}

/**
 * With several respondents, a condition on a question's answer holds when it holds for at least
 * half of those who gave a value (a minority view does not speak for the territory), and, when
 * there are groups, for every group that answered as well: advice or a pattern must not say what
 * a whole world contradicts. Conditions on a score use the mean, overall and per group alike.
 * Anything not known makes `in`, `minScore`, `maxScore`, `minLevel` and `maxLevel` false and
 * `notIn` true, as in questions' own conditions.
 */
export function judge(condition: Condition, profile: Profile): Judgment {
  if ('all' in condition && condition.all) {
    const parts = condition.all.map((c) => judge(c, profile));
    return { holds: parts.every((p) => p.holds), triggers: parts.flatMap((p) => p.triggers) };
  }
  if ('any' in condition && condition.any) {
    const parts = condition.any.map((c) => judge(c, profile));
    const holding = parts.filter((p) => p.holds);
    return { holds: holding.length > 0, triggers: holding.flatMap((p) => p.triggers) };
  }
  if ('not' in condition && condition.not) {
    const inner = judge(condition.not, profile);
    return { holds: !inner.holds, triggers: inner.triggers };
  }
  if ('dimension' in condition && condition.dimension !== undefined) return judgeDimension(condition, profile);
  if ('question' in condition && condition.question !== undefined) return judgeQuestion(condition, profile);
  return { holds: true, triggers: [] };
}

function judgeQuestion(condition: Extract<Condition, { question: string }>, profile: Profile): Judgment {
  const outcome = profile.question(condition.question);
  const triggers: Trigger[] = [{ question: condition.question, score: outcome?.score == null ? null : round1(outcome.score * 100) }];
  if (!outcome) return { holds: false, triggers };
  const everyone = Array.from({ length: outcome.respondents.length }, (_, i) => i);
  const among = (members: readonly number[]) => {
    const column = outcome.respondents;
    const values: unknown[] = [];
    const scores: number[] = [];
    for (const i of members) {
      const value = column.value(i);
      if (column.status(i) !== 'answered' || value === undefined) continue;
      values.push(value);
      const score = column.score(i);
      if (score !== null) scores.push(score);
    }
    const share = (candidates: readonly unknown[]) =>
      values.filter((v) => (Array.isArray(v) ? v.some((x) => candidates.includes(x)) : candidates.includes(v))).length;
    const majority = (candidates: readonly unknown[]) => values.length > 0 && 2 * share(candidates) >= values.length;
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    if (condition.in) return { answered: values.length, holds: majority(condition.in) };
    if (condition.notIn) return { answered: values.length, holds: !majority(condition.notIn) };
    if (condition.minScore !== undefined) return { answered: values.length, holds: mean !== null && fractionAtLeast(mean, condition.minScore) };
    if (condition.maxScore !== undefined) return { answered: values.length, holds: mean !== null && fractionAtMost(mean, condition.maxScore) };
    return { answered: values.length, holds: true };
  };
  const holds = among(everyone).holds && (profile.groups ?? []).every((members) => {
    const group = among(members);
    return group.answered === 0 || group.holds;
  });
  return { holds, triggers };
}

interface DimensionCondition {
  dimension: string;
  minScore?: number;
  maxScore?: number;
  minLevel?: string;
  maxLevel?: string;
}

function judgeDimension(condition: DimensionCondition, profile: Profile): Judgment {
  const figures = profile.dimension(condition.dimension);
  const triggers: Trigger[] = [{ dimension: condition.dimension, score: figures?.score ?? null, level: figures?.level ?? null }];
  if (!figures) return { holds: false, triggers };
  const rank = levelRank(profile.levels, figures.level);
  // Every bound given must hold (the 1.0 form `next` gives both minLevel and maxLevel).
  const checks: boolean[] = [];
  if (condition.minScore !== undefined) checks.push(figures.score !== null && atLeast(figures.score, condition.minScore));
  if (condition.maxScore !== undefined) checks.push(figures.score !== null && atMost(figures.score, condition.maxScore));
  if (condition.minLevel !== undefined) checks.push(figures.level !== null && rank >= levelRank(profile.levels, condition.minLevel));
  if (condition.maxLevel !== undefined) checks.push(figures.level !== null && rank <= levelRank(profile.levels, condition.maxLevel));
  return { holds: checks.every(Boolean), triggers };
}
