// gather → score: answers sets in, the diagnostic (the contract every renderer reads) out.
// Pure: no I/O, no clock, no randomness, so the same input always gives the same bytes. Each
// step is a small module of this folder; this file only puts them in order.
import type { AnswerSet, Questionnaire } from '../core/model.js';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from '../diagnostic/contract.js';
import { checkBefore } from './check-before.js';
import { scoreDimension } from './dimensions.js';
import { scoreImpacts } from './impacts.js';
import { gatherOutcomes } from './outcomes.js';
import { questionResult } from './question-result.js';
import { DEFAULT_MIN_GROUP_SIZE, groupRespondents, scoreGroups } from './groups.js';
import { scoreOverall } from './overall.js';
import { matchPatterns } from './patterns.js';
import type { Profile } from './profile-conditions.js';
import { recommend } from './recommendations.js';
import { selectStrengths } from './strengths.js';
import { dimensionWarnings, ignoredAnswers, overallCoverageWarning, territoryWarnings, unansweredQuestions, withoutDuplicates } from './warnings.js';

export type { Diagnostic } from '../diagnostic/contract.js';

export interface DiagnoseOptions {
  /** The privacy floor: no figure for a group of fewer respondents (at least 2). */
  minGroupSize?: number;
  /** Name respondents (name and role) in the diagnostic; by default only their actor type. */
  attribute?: boolean;
}

export function diagnose(questionnaire: Questionnaire, given: readonly AnswerSet[], options: DiagnoseOptions = {}): Diagnostic {
  if (given.length === 0) throw new Error('diagnose() needs at least one answers set');
  const minGroupSize = Math.max(2, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const { sets, warnings: duplicates } = withoutDuplicates(given);
  const grouping = sets.length > 1 ? groupRespondents(sets, minGroupSize) : undefined;
  const outcomes = gatherOutcomes(questionnaire, sets);
  const dimensions = questionnaire.dimensions.map((d) => scoreDimension(d, questionnaire, sets, outcomes));
  const overall = scoreOverall(questionnaire, dimensions, outcomes);
  const territories = [...new Set(sets.map((s) => s.respondent.territory))];
  const dates = sets.map((s) => s.respondent.date).filter((d): d is string => !!d).sort();
  const dimensionResults = dimensions.map((d) => d.result);
  const general = questionnaire.questions.filter((q) => q.dimension === undefined).map((q) => questionResult(outcomes.byQuestion.get(q.id)!));
  const profile: Profile = {
    levels: questionnaire.levels,
    question: (id) => outcomes.byQuestion.get(id),
    dimension: (id) => (id === 'overall' ? overall.result : dimensionResults.find((d) => d.id === id)),
    ...(grouping && grouping.shown.length > 1 ? { groups: grouping.shown.map((g) => g.members) } : {}),
  };

  return {
    schemaVersion: DIAGNOSTIC_SCHEMA_VERSION,
    questionnaire: {
      id: questionnaire.id,
      version: questionnaire.version,
      title: questionnaire.title,
      ...(questionnaire.methodology ? { methodology: questionnaire.methodology } : {}),
    },
    territory: territories[0]!,
    date: dates.at(-1) ?? null,
    respondents: sets.map((s, i) => {
      const { territory, actorType, role, name, date } = s.respondent;
      const group = grouping?.groupOf[i] ?? actorType;
      return {
        territory,
        group,
        // A pooled respondent's own actor type would reveal a group under the privacy floor.
        ...(group === actorType ? { actorType } : {}),
        ...(options.attribute ? { role, ...(name ? { name } : {}) } : {}),
        ...(date ? { date } : {}),
      };
    }),
    levels: questionnaire.levels.map((l) => ({ id: l.id, label: l.label, ...(l.description ? { description: l.description } : {}), min: l.min })),
    overall: overall.result,
    ...(grouping ? scoreGroups(questionnaire, outcomes, grouping, minGroupSize) : {}),
    minCoverage: questionnaire.minCoverage,
    dimensions: dimensionResults,
    ...(general.length > 0 ? { context: general } : {}),
    impacts: scoreImpacts(questionnaire, outcomes),
    strengths: selectStrengths(dimensionResults),
    patterns: matchPatterns(questionnaire, profile),
    recommendations: recommend(questionnaire, dimensions, outcomes, profile),
    checkBefore: checkBefore(questionnaire, dimensions),
    warnings: [
      ...overallCoverageWarning(overall.score, overall.coverage, questionnaire.minCoverage),
      ...duplicates,
      ...ignoredAnswers(sets, outcomes),
      ...unansweredQuestions(questionnaire, sets, outcomes),
      ...dimensions.flatMap((d) => dimensionWarnings(d.dimension.id, d.summary, questionnaire.minCoverage)),
      ...territoryWarnings(territories),
    ],
  };
}
