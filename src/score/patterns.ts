// Patterns: profiles across dimensions the questionnaire names (a structured dialogue with no
// experimentation, experimentations without a catalyst…). Each match says what triggered it.
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { claimsHold } from '../questions/claims.js';
import { factBase, judge, type Profile } from './profile-conditions.js';

export function matchPatterns(questionnaire: Questionnaire, profile: Profile): Diagnostic['patterns'] {
  return questionnaire.patterns.flatMap((pattern) => {
    const judgment = judge(pattern.when, profile);
    // Shown only where what it presumes is known true and nothing it states is contradicted.
    if (!judgment.holds || !claimsHold(pattern.claims, factBase(profile))) return [];
    // The same fact looked at twice is named once.
    const seen = new Set<string>();
    const triggers = judgment.triggers.filter((t) => {
      const key = JSON.stringify(t);
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return [{ id: pattern.id, text: pattern.text, ...(pattern.source ? { source: pattern.source } : {}), triggers }];
  });
}
