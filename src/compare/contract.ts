// The comparison: what changed between dated diagnostics of one territory. Like the diagnostic,
// it is the one document its renderers read (text, Markdown, HTML, JSON), so they never
// recompute. Its types come from schemas/comparison.schema.json, the single source of truth.
import type { ComparisonSchema } from '../types/schemas.js';

export const COMPARISON_VERSION = 1;

export type Comparison = ComparisonSchema.Comparison;
export type Change = ComparisonSchema.Change;
export type Figure = NonNullable<ComparisonSchema.Figure>;
/**
 * progress / regression: the ranges from unknown answers do not overlap, so the direction holds
 * whatever the unknowns were; within-uncertainty: the scores differ but the ranges overlap;
 * unchanged: same score; not-comparable: a score is missing, or the figure exists on one side only.
 */
export type Verdict = Change['verdict'];
export type ImpactChange = Comparison['impacts'][number];
export type QuestionState = ComparisonSchema.QuestionState;
export type QuestionChange = Comparison['questions'][number];
export type NotComparable = Comparison['notComparable'][number];
export type SnapshotSummary = ComparisonSchema.SnapshotSummary;
export type QuestionRef = ComparisonSchema.QuestionRef;
