// What the report must warn about: thin coverage, wide ranges, respondents from different
// territories. Missing answers, answers to hidden questions and duplicates are found as each
// respondent is added (diagnose.ts).
import type { Warning } from '../diagnostic/contract.js';
import { round1, type Summary } from './aggregate.js';
import { atLeast } from '../core/compare.js';

/** Below this coverage (%), a score rests on too few answers to be read without care. */
export const LOW_COVERAGE = 70;
/** A score range at least this wide (points) is flagged. */
export const WIDE_RANGE = 20;

export function dimensionWarnings(dimension: string, summary: Summary, minCoverage: number): Warning[] {
  const warnings: Warning[] = [];
  if (summary.score === null) warnings.push({ code: 'no-score', dimension });
  else if (!atLeast(summary.coverage, minCoverage)) warnings.push({ code: 'insufficient-data', dimension, value: round1(summary.coverage) });
  else if (!atLeast(summary.coverage, LOW_COVERAGE)) warnings.push({ code: 'low-coverage', dimension, value: round1(summary.coverage) });
  if (summary.range && atLeast(round1(summary.range.high) - round1(summary.range.low), WIDE_RANGE)) {
    warnings.push({ code: 'wide-range', dimension, low: round1(summary.range.low), high: round1(summary.range.high) });
  }
  return warnings;
}

export function overallCoverageWarning(score: number | null, coverage: number, minCoverage: number): Warning[] {
  if (score === null) return [];
  if (!atLeast(coverage, minCoverage)) return [{ code: 'insufficient-data', value: round1(coverage) }];
  return atLeast(coverage, LOW_COVERAGE) ? [] : [{ code: 'low-coverage', value: round1(coverage) }];
}

export function territoryWarnings(territories: readonly string[]): Warning[] {
  return territories.length > 1 ? [{ code: 'territories-differ', names: [...territories] }] : [];
}
