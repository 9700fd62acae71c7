// The compare gate: --fail-on-regression N fails when a dimension (or the overall score) falls
// more than N points beyond the uncertainty, that is when the new range's top lies more than N
// below the old range's bottom.
import { localize, type Lang } from '../core/text.js';
import { msg, type Message } from '../i18n/messages.js';
import type { Comparison } from './contract.js';

export function regressionFailures(comparison: Comparison, threshold: number, lang: Lang): Message[] {
  return [...comparison.dimensions, comparison.overall]
    .filter((c) => c.verdict === 'regression' && -c.beyond > threshold)
    .map((c) => msg('gate.regression', { scope: c.id === 'overall' ? 'overall' : localize(c.label, lang), points: -c.beyond, threshold }));
}
