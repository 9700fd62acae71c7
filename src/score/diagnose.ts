// gather → score: answers sets in, the diagnostic (the contract every renderer reads) out.
// Sets can be added one at a time as they are read (`Diagnosis`), so that scoring thousands of
// files never holds them all.
// Pure: no I/O, no clock, no randomness, so the same input always gives the same bytes. Each
// step is a small module of this folder; this file only puts them in order.
import type { AnswerSet, Questionnaire, Respondent } from '../core/model.js';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from '../diagnostic/contract.js';
import { checkBefore } from './check-before.js';
import { consolidate } from './consensus.js';
import { scoreDimension } from './dimensions.js';
import { scoreImpacts } from './impacts.js';
import { OutcomeGatherer, type Outcomes } from './outcomes.js';
import { listsEveryResponse, questionResult, type Listing } from './question-result.js';
import { DEFAULT_MIN_GROUP_SIZE, groupRespondents, scoreGroups, type Grouping } from './groups.js';
import { scoreOverall } from './overall.js';
import { matchPatterns } from './patterns.js';
import type { Profile } from './profile-conditions.js';
import { recommend, type Worlds } from './recommendations.js';
import { selectStrengths } from '../diagnostic/view.js';
import { dimensionWarnings, overallCoverageWarning, territoryWarnings } from './warnings.js';
import type { Warning } from '../diagnostic/contract.js';

export type { Diagnostic } from '../diagnostic/contract.js';

/**
 * The worlds advice is decided across: every actor type with its own consolidated answer (whatever
 * its size, so that the privacy floor changes only what is shown), and the groups a report may name.
 */
function worlds(questionnaire: Questionnaire, outcomes: Outcomes, respondents: readonly Respondent[], grouping: Grouping | undefined): Worlds | undefined {
  if (!grouping) return undefined;
  const column = (id: string) => outcomes.byQuestion.get(id)?.respondents;
  const byType = new Map<string, number[]>();
  respondents.forEach((r, i) => {
    const members = byType.get(r.actorType);
    if (members) members.push(i);
    else byType.set(r.actorType, [i]);
  });
  return {
    each: [...byType.values()].map((members) => consolidate(questionnaire, column, members)),
    shown: grouping.shown.map((g) => ({ id: g.id, facts: consolidate(questionnaire, column, g.members) })),
  };
}

export interface DiagnoseOptions {
  /** The privacy floor: no figure for a group of fewer respondents (at least 2). */
  minGroupSize?: number;
  /** Name respondents (name and role) in the diagnostic; by default only their actor type. Implies `perRespondent`. */
  attribute?: boolean;
  /**
   * Keep per-respondent data (each answer by respondent index, the lowest and highest respondent,
   * who did not know): a private diagnostic for the facilitator. Always so for one respondent.
   */
  perRespondent?: boolean;
}

export function diagnose(questionnaire: Questionnaire, given: readonly AnswerSet[], options: DiagnoseOptions = {}): Diagnostic {
  const diagnosis = new Diagnosis(questionnaire, options);
  for (const set of given) diagnosis.add(set);
  return diagnosis.finish();
}

/** A diagnostic built one answers set at a time: each set is reduced to its outcomes as it comes. */
export class Diagnosis {
  private readonly gatherer: OutcomeGatherer;
  private readonly respondents: Respondent[] = [];
  /** Respondents by who they say they are, to tell the same answers given twice. */
  private readonly identities = new Map<string, number[]>();
  private readonly duplicates: Warning[] = [];
  private readonly ignored: Warning[] = [];
  private readonly unanswered: Warning[] = [];

  constructor(
    private readonly questionnaire: Questionnaire,
    private readonly options: DiagnoseOptions = {},
  ) {
    this.gatherer = new OutcomeGatherer(questionnaire);
  }

  /** The same answers given twice (the same file named twice, or a copy) count once. */
  add(set: AnswerSet): void {
    const { territory, actorType, role, name, date } = set.respondent;
    const identity = JSON.stringify([set.questionnaire.id, set.questionnaire.version, territory, actorType, role, name, date]);
    const same = this.identities.get(identity);
    const first = same?.find((i) => this.gatherer.sameAnswers(i, set.responses));
    if (first !== undefined) {
      this.duplicates.push({ code: 'duplicate-answers', respondent: first, names: [set.file] });
      return;
    }
    const index = this.respondents.length;
    if (same) same.push(index);
    else this.identities.set(identity, [index]);
    const { ignored, unanswered } = this.gatherer.add(set);
    for (const question of ignored) this.ignored.push({ code: 'answer-ignored', question, respondent: index });
    if (unanswered > 0) this.unanswered.push({ code: 'unanswered', respondent: index, value: unanswered });
    this.respondents.push(set.respondent);
  }

  finish(): Diagnostic {
    const { questionnaire, options, respondents } = this;
    if (respondents.length === 0) throw new Error('a diagnosis needs at least one answers set');
    const minGroupSize = Math.max(2, options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
    const grouping = respondents.length > 1 ? groupRespondents(respondents.map((r) => r.actorType), minGroupSize) : undefined;
    const outcomes = this.gatherer.finish();
    const perRespondent = options.attribute === true || options.perRespondent === true || respondents.length === 1;
    // Comments are attributed to a group only when every respondent is in a group shown.
    const attributable = grouping !== undefined && grouping.omitted === 0 && grouping.shown.length > 0;
    const listing: Listing = perRespondent
      ? { perRespondent }
      : { perRespondent, ...(attributable ? { groupOf: grouping.groupOf, groupOrder: grouping.shown.map((g) => g.id) } : {}) };
    const dimensions = questionnaire.dimensions.map((d) => scoreDimension(d, questionnaire, outcomes, listing));
    const overall = scoreOverall(questionnaire, dimensions, outcomes);
    const territories = [...new Set(respondents.map((r) => r.territory))];
    const dates = respondents.map((r) => r.date).filter((d): d is string => !!d).sort();
    const dimensionResults = dimensions.map((d) => d.result);
    const general = questionnaire.questions.filter((q) => q.dimension === undefined).map((q) => questionResult(outcomes.byQuestion.get(q.id)!, listing));
    const profile: Profile = {
      levels: questionnaire.levels,
      question: (id) => outcomes.byQuestion.get(id),
      dimension: (id) => (id === 'overall' ? overall.result : dimensionResults.find((d) => d.id === id)),
      facts: consolidate(questionnaire, (id) => outcomes.byQuestion.get(id)?.respondents, respondents.map((_, i) => i)),
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
      respondents: respondents.map(({ territory, actorType, role, name, date }, i) => {
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
      ...(!perRespondent ? { responsesListed: 'notes' as const } : listsEveryResponse(respondents.length) ? {} : { responsesListed: 'noted' as const }),
      levels: questionnaire.levels.map((l) => ({ id: l.id, label: l.label, ...(l.description ? { description: l.description } : {}), min: l.min })),
      overall: overall.result,
      ...(grouping ? scoreGroups(questionnaire, outcomes, grouping, minGroupSize) : {}),
      minCoverage: questionnaire.minCoverage,
      dimensions: dimensionResults,
      ...(general.length > 0 ? { context: general } : {}),
      impacts: scoreImpacts(questionnaire, outcomes),
      strengths: selectStrengths(dimensionResults),
      patterns: matchPatterns(questionnaire, profile),
      recommendations: recommend(questionnaire, dimensions, outcomes, profile, worlds(questionnaire, outcomes, respondents, grouping)),
      checkBefore: checkBefore(questionnaire, dimensions, perRespondent),
      warnings: [
        ...overallCoverageWarning(overall.score, overall.coverage, questionnaire.minCoverage),
        // A warning about one respondent names them by index only in a per-respondent diagnostic.
        ...[...this.duplicates, ...this.ignored, ...this.unanswered].map((warning) => (perRespondent ? warning : withoutRespondent(warning))),
        ...dimensions.flatMap((d) => dimensionWarnings(d.dimension.id, d.summary, questionnaire.minCoverage)),
        ...territoryWarnings(territories),
      ],
    };
  }
}

function withoutRespondent({ respondent: _respondent, ...warning }: Warning): Warning {
  return warning;
}
