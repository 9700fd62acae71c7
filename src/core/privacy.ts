// The privacy floor's rule, read alike by the benchmark that withholds figures and by the report
// that says why they are missing.

/** Some scores, but fewer than minGroup: the figures would be those few scores, so only their count is shown. */
export const tooFewScores = (count: number, minGroup: number) => count > 0 && count < minGroup;
