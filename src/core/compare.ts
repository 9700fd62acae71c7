// The one comparison rule: every threshold (levels, requirements, conditions, gates, warnings)
// compares a value as the report shows it, on the 0-100 scale with one decimal, rounded half
// up. What a person reads is what was compared: a score shown as 50 reaches a level at 50, and
// 0.7 + 0.1 ticked reaches a condition at 0.8.

/** One decimal, rounded half up, the same way on every machine (the epsilon keeps 12.25 from becoming 12.2). */
export function round1(value: number): number {
  return Math.round((value + Math.sign(value) * Number.EPSILON * 100) * 10) / 10;
}

/** value ≥ threshold, both on the 0-100 scale, as shown. */
export function atLeast(value: number, threshold: number): boolean {
  return round1(value) >= round1(threshold);
}

/**
 * value, as shown, ≥ a threshold a person typed (a command-line gate): the threshold is taken as
 * written, not rounded, so that `--fail-under 50.04` fails a score shown as 50 ("below N").
 */
export function shownAtLeast(value: number, typed: number): boolean {
  return round1(value) >= typed;
}

/** value ≤ threshold, both on the 0-100 scale, as shown. */
export function atMost(value: number, threshold: number): boolean {
  return round1(value) <= round1(threshold);
}

/** The same for question scores and thresholds kept in [0, 1] in questionnaires. */
export function fractionAtLeast(value: number, threshold: number): boolean {
  return atLeast(value * 100, threshold * 100);
}

export function fractionAtMost(value: number, threshold: number): boolean {
  return atMost(value * 100, threshold * 100);
}

/**
 * For a sort from the largest value down: b − a, but 0 when the two differ only by floating-point
 * noise (25 and 25.000000000000004), so that an exact tie goes to the next key (questionnaire order).
 */
export function descending(a: number, b: number): number {
  const difference = b - a;
  return Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : difference;
}
