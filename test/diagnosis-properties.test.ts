// Invariants that must hold for every answers file, checked on thousands of random ones for two
// questionnaires (the bundled one and the small profile fixture): the diagnostic never says more
// than its answers allow.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { kindOf } from '../src/questions/index.js';
import { round1 } from '../src/core/compare.js';
import type { AnswerSet, Condition, Question, Questionnaire, Response } from '../src/core/model.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { FIXTURES, ROOT, questionnaireFrom } from './helpers.js';

// Runs per property: fewer on the bundled questionnaire, whose diagnostics cost ~10 ms each on
// a loaded two-core machine; in all, about 2,600 random sets of one to three answers files.
const questionnaires: [string, Questionnaire, number][] = [
  ['bundled', questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml')), 300],
  ['profile', questionnaireFrom(join(FIXTURES, 'profile.yaml')), 1000],
];

/** One respondent's answer to one question: a value, a marker, or nothing. */
function responseArbitrary(question: Question): fc.Arbitrary<Response | undefined> {
  const kind = kindOf(question);
  const values = kind.values(question);
  // A multiple choice may be answered in part: "these, and I don't know about the others".
  const value: fc.Arbitrary<Response> = question.type === 'multiple'
    ? fc.tuple(fc.subarray(values as string[]), fc.boolean()).map(([v, partial]) => ({ kind: 'value', value: partial ? [...v, 'ne-sait-pas'] : v }))
    : question.type === 'text'
      ? fc.string({ maxLength: 20 }).map((v) => ({ kind: 'value', value: v }))
      : fc.constantFrom(...values).map((v) => ({ kind: 'value', value: v }));
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 2, arbitrary: fc.constant<Response>({ kind: 'unknown' }) },
    { weight: 1, arbitrary: fc.constant<Response | undefined>(question.allowNotApplicable ? { kind: 'not-applicable' } : undefined) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function setsArbitrary(questionnaire: Questionnaire): fc.Arbitrary<AnswerSet[]> {
  const one = fc.tuple(...questionnaire.questions.map(responseArbitrary), fc.constantFrom('collectivite', 'association', 'entreprise') as fc.Arbitrary<AnswerSet['respondent']['actorType']>)
    .map((parts): AnswerSet => {
      // Not mutated: fast-check reuses generated values while shrinking.
      const actorType = parts[parts.length - 1] as AnswerSet['respondent']['actorType'];
      const responses = new Map<string, Response>();
      (parts.slice(0, -1) as (Response | undefined)[]).forEach((r, i) => r && responses.set(questionnaire.questions[i]!.id, r));
      return { questionnaire: { id: questionnaire.id, version: questionnaire.version }, respondent: { territory: 'T', actorType, role: 'R' }, responses, file: 'random.yaml' };
    });
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

const rank = (d: Diagnostic, id: string | null | undefined) => (id == null ? -1 : d.levels.findIndex((l) => l.id === id));

/** The lower weighted median of the dimensions' levels (a dimension without a level at its worst case), computed here independently. */
function medianRank(d: Diagnostic): number {
  const entries = d.dimensions
    .map((x) => ({ r: rank(d, x.level ?? x.certainty?.low), w: x.weight }))
    .filter((e) => e.r >= 0)
    .sort((a, b) => a.r - b.r);
  const total = entries.reduce((s, e) => s + e.w, 0);
  let sum = 0;
  for (const e of entries) {
    sum += e.w;
    if (round1((100 * sum) / total) >= 50) return e.r;
  }
  return -1;
}

/** A condition judged straight from one respondent's answers and the diagnostic's figures. */
function holdsFor(condition: Condition, questionnaire: Questionnaire, set: AnswerSet, d: Diagnostic): boolean {
  if ('all' in condition && condition.all) return condition.all.every((c) => holdsFor(c, questionnaire, set, d));
  if ('any' in condition && condition.any) return condition.any.some((c) => holdsFor(c, questionnaire, set, d));
  if ('not' in condition && condition.not) return !holdsFor(condition.not, questionnaire, set, d);
  if ('dimension' in condition && condition.dimension !== undefined) {
    const c = condition as { dimension: string; minScore?: number; maxScore?: number; minLevel?: string; maxLevel?: string };
    const figure = c.dimension === 'overall' ? d.overall : d.dimensions.find((x) => x.id === c.dimension)!;
    if (c.minScore !== undefined && !(figure.score !== null && figure.score >= c.minScore)) return false;
    if (c.maxScore !== undefined && !(figure.score !== null && figure.score <= c.maxScore)) return false;
    if (c.minLevel !== undefined && !(figure.level !== null && rank(d, figure.level) >= rank(d, c.minLevel))) return false;
    if (c.maxLevel !== undefined && !(figure.level !== null && rank(d, figure.level) <= rank(d, c.maxLevel))) return false;
    return true;
  }
  if (!('question' in condition)) return true;
  const question = questionnaire.questions.find((q) => q.id === condition.question)!;
  const result = d.dimensions.flatMap((x) => x.questions).find((q) => q.id === question.id)!;
  const answered = result.responses[0]!.status === 'answered';
  const response = set.responses.get(question.id);
  const value = answered && response?.kind === 'value' ? response.value : undefined;
  const matches = (c: readonly unknown[]) => value !== undefined && [value].flat().some((v) => c.includes(v));
  if (condition.in) return matches(condition.in);
  if (condition.notIn) return !matches(condition.notIn);
  const score = result.score;
  if (condition.minScore !== undefined) return score !== null && score >= round1(condition.minScore * 100);
  if (condition.maxScore !== undefined) return score !== null && score <= round1(condition.maxScore * 100);
  return true;
}

describe.each(questionnaires)('every diagnostic of the %s questionnaire', (_, questionnaire, numRuns) => {
  it('keeps its levels within their range, the overall level under the median, no level under minimum coverage, gains bounded, bytes stable', () => {
    fc.assert(fc.property(setsArbitrary(questionnaire), (sets) => {
      const d = diagnose(questionnaire, sets);
      for (const figure of [...d.dimensions, d.overall]) {
        const c = figure.certainty!;
        if (figure.coverage < questionnaire.minCoverage) expect(figure.level).toBeNull();
        if (figure.level !== null) {
          expect(rank(d, c.low)).toBeLessThanOrEqual(rank(d, figure.level));
          expect(rank(d, figure.level)).toBeLessThanOrEqual(rank(d, c.high));
        }
        expect(rank(d, c.low)).toBeLessThanOrEqual(rank(d, c.high));
      }
      if (d.overall.level !== null) expect(rank(d, d.overall.level)).toBeLessThanOrEqual(medianRank(d));
      const scoredWeight = d.dimensions.filter((x) => x.score !== null).reduce((s, x) => s + x.weight, 0);
      for (const r of d.recommendations) {
        if (r.kind !== 'question') continue;
        const dimension = d.dimensions.find((x) => x.id === r.dimension)!;
        const applicable = dimension.questions.filter((q) => ['answered', 'unknown', 'unanswered'].includes(q.status)).reduce((s, q) => s + q.weight, 0);
        const question = dimension.questions.find((q) => q.id === r.question)!;
        expect(r.gain).toBeLessThanOrEqual(round1((100 * question.weight * dimension.weight) / applicable / scoredWeight) + 0.1);
      }
      expect(JSON.stringify(diagnose(questionnaire, sets))).toBe(JSON.stringify(d));
    }), { numRuns });
  });

  it('never recommends advice whose condition the answers contradict (one respondent)', () => {
    const items = new Map(questionnaire.dimensions.flatMap((x) => x.advice).map((a) => [a.id, a]));
    fc.assert(fc.property(setsArbitrary(questionnaire).map((s) => s.slice(0, 1)), (sets) => {
      const d = diagnose(questionnaire, sets);
      for (const r of d.recommendations) {
        if (r.kind !== 'advice') continue;
        const item = items.get(r.id)!;
        if (item.when) expect(holdsFor(item.when, questionnaire, sets[0]!, d), r.id).toBe(true);
      }
      for (const p of d.patterns) {
        const pattern = questionnaire.patterns.find((x) => x.id === p.id)!;
        expect(holdsFor(pattern.when, questionnaire, sets[0]!, d), p.id).toBe(true);
      }
    }), { numRuns });
  });
});
