// The comparison: what changed between dated diagnostics of one territory. Like the diagnostic,
// it is the one document its renderers read (text, Markdown, JSON), so they never recompute.
import type { Text } from '../core/text.js';
import type { Diagnostic, Recommendation } from '../diagnostic/contract.js';

export const COMPARISON_VERSION = 1;

/**
 * progress / regression: the ranges from unknown answers do not overlap, so the direction holds
 * whatever the unknowns were; within-uncertainty: the scores differ but the ranges overlap;
 * unchanged: same score; not-comparable: a score is missing, or the figure exists on one side only.
 */
export type Verdict = 'progress' | 'regression' | 'within-uncertainty' | 'unchanged' | 'not-comparable';

export interface Figure {
  score: number | null;
  level: string | null;
  certainty: 'established' | 'to-confirm' | 'insufficient-data' | null;
  range: { low: number; high: number } | null;
  coverage: number;
}

export interface Change {
  id: string;
  label: Text;
  from: Figure | null;
  to: Figure | null;
  /** New score minus old score, one decimal; null when either is missing. */
  delta: number | null;
  verdict: Verdict;
  /** How far the new range lies beyond the old one: positive for progress, negative for regression, 0 otherwise. */
  beyond: number;
  /** The level went up, down, stayed, or cannot be compared (no level on one side). */
  levelMove: 'up' | 'down' | 'same' | 'unknown';
}

export interface ImpactChange {
  id: string;
  label: Text;
  from: number | null;
  to: number | null;
  delta: number | null;
}

export interface QuestionState {
  status: Diagnostic['dimensions'][number]['questions'][number]['status'];
  score: number | null;
}

export interface QuestionChange {
  id: string;
  dimension: string;
  text: Text;
  from: QuestionState;
  to: QuestionState;
  delta: number | null;
}

export interface NotComparable {
  id: string;
  text: Text;
  /** Only in the older questionnaire, only in the newer, or its type or dimension changed. */
  reason: 'only-old' | 'only-new' | 'changed';
}

export interface SnapshotSummary {
  date: string | null;
  questionnaire: { id: string; version: string };
  overall: { score: number | null; level: string | null };
  dimensions: { id: string; score: number | null; level: string | null }[];
}

export interface Comparison {
  comparisonVersion: typeof COMPARISON_VERSION;
  territory: string;
  /** Every territory name met when they differ (a warning, not a refusal: names get respelt). */
  territories: string[];
  levels: Diagnostic['levels'];
  /** In the order given: the first is compared with the last in detail; all make the trend. */
  snapshots: SnapshotSummary[];
  overall: Change;
  dimensions: Change[];
  impacts: ImpactChange[];
  /** Comparable questions whose status or score changed, in questionnaire order. */
  questions: QuestionChange[];
  notComparable: NotComparable[];
  unknowns: { resolved: QuestionRef[]; new: QuestionRef[] };
  recommendations: { done: Recommendation[]; new: Recommendation[]; open: Recommendation[]; dropped: Recommendation[] };
  /** The targets given (--targets, --target), measured on the newest diagnostic. */
  targets?: NonNullable<Diagnostic['targets']>;
}

export interface QuestionRef {
  id: string;
  dimension: string;
  text: Text;
}
