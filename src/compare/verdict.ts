// When a change is progress, and when it is only what the unknown answers leave open. A figure's
// range holds its score with every unknown answer at its worst (low) and at its best (high): the
// true score lies inside, for certain. So a direction is proven only when the two ranges do not
// overlap: progress when the new worst case beats the old best case, regression the other way
// round. Overlapping ranges with different scores are "within uncertainty". (A rule on the point
// scores, such as |Δ| ≤ half the sum of the widths, would call a change proven that some
// resolution of the unknowns undoes; the bounds are exact, so the overlap rule uses them.)
import type { Change, Figure, Verdict } from './contract.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

function bounds(figure: Figure): { low: number; high: number } {
  return figure.range ?? { low: figure.score!, high: figure.score! };
}

export function verdictOf(from: Figure | null, to: Figure | null): Pick<Change, 'delta' | 'verdict' | 'beyond'> {
  if (!from || !to || from.score === null || to.score === null) return { delta: null, verdict: 'not-comparable', beyond: 0 };
  const delta = round1(to.score - from.score);
  const before = bounds(from);
  const after = bounds(to);
  let verdict: Verdict;
  let beyond = 0;
  if (after.low > before.high) {
    verdict = 'progress';
    beyond = round1(after.low - before.high);
  } else if (after.high < before.low) {
    verdict = 'regression';
    beyond = round1(after.high - before.low);
  } else verdict = delta === 0 ? 'unchanged' : 'within-uncertainty';
  return { delta, verdict, beyond };
}
