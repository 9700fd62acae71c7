// Suggestions for mistyped ids.
/** The closest known id, when it is close enough to be a typo. */
export function suggest(id: string, known: string[]): { suggestion?: string } {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(id.length / 4));
  for (const candidate of known) {
    // The distance is at least the difference in length: no need to compute it for those too far.
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= limit ? { suggestion: best } : {};
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
