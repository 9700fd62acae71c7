// What a territory declares about itself, read from its diagnostic: for each general (context,
// never scored) question answered with one option, the option most of its respondents chose. A network
// groups territories by these (population band, age of the approach…) to compare like with like.
import type { Diagnostic } from '../diagnostic/contract.js';
import { kindOf } from '../questions/index.js';

export type Attributes = Record<string, string | null>;

/** By question id: the majority option, or null when nobody answered or the top answers tie. */
export function territoryAttributes(diagnostic: Diagnostic): Attributes {
  const attributes: Attributes = {};
  for (const question of diagnostic.context ?? []) {
    if (!kindOf(question).oneChoice) continue;
    const counts = new Map<string, number>();
    if (question.tally) {
      for (const entry of question.tally) if (entry.status === 'answered' && entry.choice !== undefined) counts.set(entry.choice, (counts.get(entry.choice) ?? 0) + entry.count);
    } else {
      // A diagnostic written before tallies lists every response.
      for (const r of question.responses) if (r.status === 'answered') for (const key of r.choice ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    attributes[question.id] = ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
  }
  return attributes;
}
