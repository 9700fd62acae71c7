// Conditions of advice and patterns, judged on the territory's profile as a whole: answers to
// questions (the consolidated answer of all respondents) and dimension or overall scores and levels. Each judgment
// also says which facts it looked at, so a report can say what triggered a pattern.
import type { Condition, Level } from '../core/model.js';
import { evaluate, type Fact, type FactBase } from '../questions/claims.js';
import { atLeast, atMost, round1 } from '../core/compare.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import type { QuestionOutcome } from './outcomes.js';
import { levelRank } from './levels.js';

export type Trigger = Diagnostic['patterns'][number]['triggers'][number];

export interface Profile {
  levels: readonly Level[];
  question: (id: string) => QuestionOutcome | undefined;
  /** A dimension's (or `overall`'s) score 0-100 and level as the report shows them. */
  dimension: (id: string) => { score: number | null; level: string | null } | undefined;
  /** The consolidated answer to each question (./consensus.ts). */
  facts: ReadonlyMap<string, Fact>;
}

export interface Judgment {
  holds: boolean;
  triggers: Trigger[];
}

/**
 * A condition holds when it is known true of the territory's consolidated answer (./consensus.ts):
 * an unknown answer makes it unknown, not true nor false (Kleene's logic), so a text shown on it
 * never rests on what nobody answered. Conditions on a dimension's (or `overall`'s) score or level
 * read the figures as the report shows them. The triggers name the facts looked at.
 */
export function judge(condition: Condition, profile: Profile): Judgment {
  return { holds: evaluate(condition, factBase(profile)) === true, triggers: triggersOf(condition, profile) };
}

/** The profile as facts: the consolidated answers, and the dimensions' figures. */
export function factBase(profile: Profile): FactBase {
  return {
    fact: (id) => profile.facts.get(id) ?? { kind: 'unknown' },
    question: (id) => profile.question(id)?.question,
    dimension: (c) => judgeDimension(c, profile).holds,
  };
}

function triggersOf(condition: Condition, profile: Profile): Trigger[] {
  if ('all' in condition && condition.all) return condition.all.flatMap((c) => triggersOf(c, profile));
  if ('any' in condition && condition.any) return condition.any.filter((c) => evaluate(c, factBase(profile)) === true).flatMap((c) => triggersOf(c, profile));
  if ('not' in condition && condition.not) return triggersOf(condition.not, profile);
  if ('dimension' in condition && condition.dimension !== undefined) return judgeDimension(condition, profile).triggers;
  if ('question' in condition && condition.question !== undefined) {
    const outcome = profile.question(condition.question);
    return [{ question: condition.question, score: outcome?.score == null ? null : round1(outcome.score * 100) }];
  }
  return [];
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
