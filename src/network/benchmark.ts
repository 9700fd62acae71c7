// Territories among their peers: percentiles of scores per dimension, for the whole network and
// for each group of a declared attribute. Privacy: no figure for fewer than `minGroup`
// territories; small groups are pooled as `autres` when the pool reaches the floor, and when some
// territories still belong to no group shown, the whole network's figures are withheld too (the
// whole minus the groups shown would give theirs). The same two rules hold per dimension: a
// dimension that fewer than `minGroup` territories of a group scored shows only that count (its
// percentiles would be those few scores), and then the whole network's figures of that dimension
// are withheld too. Only the territory placed is ever named.
// Percentiles are never order statistics of real scores (with 5 territories, p25, the median and
// p75 would be three of them, and p10 and p90 would give the other two): each group's scores are
// first microaggregated, cut once sorted into consecutive blocks of at least `minGroup`, each score
// replaced by its block's mean; the whole network's values are the groups' (so no figure of the
// network and a group together isolates fewer than `minGroup` territories). A percentile is then a
// block's mean, or between two; every figure is a function of means of `minGroup` territories or
// more (docs/referential.md, "Disclosure").
import type { Diagnostic } from '../diagnostic/contract.js';
import type { BenchmarkSchema } from '../types/schemas.js';
import { round1 } from '../core/compare.js';
import { territoryAttributes, type Attributes } from './attributes.js';
import { pushAll } from '../core/arrays.js';
import { tooFewScores } from '../core/privacy.js';

export type Benchmark = BenchmarkSchema.Benchmark;
type Figures = BenchmarkSchema.Figures;
type Group = BenchmarkSchema.Group;

export const DEFAULT_MIN_GROUP = 5;
export const POOLED = 'autres';
export const UNDECLARED = 'non-declare';
export const OVERALL = 'overall';

/** What the benchmark keeps of one diagnostic: a few numbers, never the answers. */
export interface Entry {
  territory: string;
  date: string | null;
  attributes: Attributes;
  /** By dimension id, then `overall`. */
  figures: Map<string, { score: number | null; level: string | null }>;
}

export function entryOf(diagnostic: Diagnostic, extra: Attributes = {}): Entry {
  const figures = new Map(diagnostic.dimensions.map((d) => [d.id, { score: d.score, level: d.level }]));
  figures.set(OVERALL, { score: diagnostic.overall.score, level: diagnostic.overall.level });
  return { territory: diagnostic.territory, date: diagnostic.date, attributes: { ...territoryAttributes(diagnostic), ...extra }, figures };
}

/** The p-th percentile (0–1) of sorted values, by linear interpolation between closest ranks (type 7: R's and NumPy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** Percentile rank of `x` among `values` (x among them): the share scoring lower, ties counted half, 0–100. */
export function percentileRank(values: readonly number[], x: number): number {
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < x) below++;
    else if (v === x) equal++;
  }
  return (100 * (below + equal / 2)) / values.length;
}

/**
 * Univariate microaggregation: sorted scores cut into as many consecutive blocks of at least
 * `minGroup` as they allow (sizes as equal as possible, the larger blocks first), each score
 * replaced by its block's mean. Fewer than `minGroup` scores give no values.
 */
export function microaggregate(sorted: readonly number[], minGroup: number): number[] {
  const blocks = Math.floor(sorted.length / minGroup);
  if (blocks === 0) return [];
  const base = Math.floor(sorted.length / blocks);
  const larger = sorted.length % blocks;
  const out: number[] = [];
  let start = 0;
  for (let b = 0; b < blocks; b++) {
    const size = base + (b < larger ? 1 : 0);
    let sum = 0;
    for (let i = start; i < start + size; i++) sum += sorted[i]!;
    for (let i = 0; i < size; i++) out.push(sum / size);
    start += size;
  }
  return out;
}

const scoresIn = (members: readonly Entry[], dimension: string) =>
  members.map((m) => m.figures.get(dimension)?.score).filter((s): s is number => s !== null && s !== undefined).sort((a, b) => a - b);

/**
 * A group's figures in one dimension; `withhold`: only the count (too few scores, or they would
 * give away a group's). `values`: the microaggregated scores the percentiles are taken from.
 */
function figuresOf(members: readonly Entry[], dimension: string, minGroup: number, withhold = false, values?: readonly number[]): Figures {
  const scores = scoresIn(members, dimension);
  const count = scores.length;
  // No level either: a level is the band a score falls in.
  if (withhold || tooFewScores(count, minGroup)) return { dimension, count, p10: null, p25: null, median: null, p75: null, p90: null, levels: [] };
  const aggregated = values ?? microaggregate(scores, minGroup);
  const at = (p: number) => (aggregated.length > 0 ? round1(percentile(aggregated, p)) : null);
  const levels = new Map<string | null, number>();
  for (const m of members) {
    const level = m.figures.get(dimension)?.level ?? null;
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  return { dimension, count, p10: at(0.1), p25: at(0.25), median: at(0.5), p75: at(0.75), p90: at(0.9), levels: [...levels].map(([level, count]) => ({ level, count })) };
}

export interface BenchmarkOptions {
  minGroup: number;
  by?: string;
  territory?: string;
  levels: Benchmark['levels'];
  dimensions: Benchmark['dimensions'];
  byLabel?: Benchmark['byLabel'];
  valueLabels?: Benchmark['valueLabels'];
}

export function benchmark(entries: readonly Entry[], options: BenchmarkOptions): Benchmark {
  const { minGroup, by } = options;
  const ids = options.dimensions.map((d) => d.id);
  const group = (id: string, kind: Group['kind'], members: readonly Entry[]): Group => ({ id, kind, territories: members.length, figures: ids.map((d) => figuresOf(members, d, minGroup)) });
  const groupOf = new Map<Entry, string | null>();
  const groups: Group[] = [];
  let hidden = 0;
  let networkWithheld = false;
  if (by !== undefined) {
    const byValue = new Map<string, Entry[]>();
    for (const entry of entries) {
      const value = entry.attributes[by] ?? UNDECLARED;
      const members = byValue.get(value);
      if (members) members.push(entry);
      else byValue.set(value, [entry]);
    }
    const pooled: Entry[] = [];
    for (const [value, members] of [...byValue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (members.length >= minGroup) {
        groups.push(group(value, value === UNDECLARED ? 'undeclared' : 'value', members));
        for (const m of members) groupOf.set(m, value);
      } else {
        hidden++;
        pushAll(pooled, members);
      }
    }
    if (pooled.length >= minGroup) {
      groups.push(group(POOLED, 'pooled', pooled));
      for (const m of pooled) groupOf.set(m, POOLED);
    } else if (pooled.length > 0) {
      networkWithheld = true;
    }
  }
  if (entries.length < minGroup) networkWithheld = true;
  // A dimension some group shows only the count of: the whole network's figures minus the other groups' would give its scores.
  const withheldInNetwork = new Set(ids.filter((d) => groups.some((g) => tooFewScores(g.figures.find((f) => f.dimension === d)!.count, minGroup))));
  // The network's values are its groups' microaggregated scores, when groups cover it.
  const networkValues = (d: string) =>
    groups.length === 0 ? undefined : groups.flatMap((g) => microaggregate(scoresIn(entries.filter((e) => groupOf.get(e) === g.id), d), minGroup)).sort((a, b) => a - b);
  if (!networkWithheld) groups.unshift({ id: 'all', kind: 'network', territories: entries.length, figures: ids.map((d) => figuresOf(entries, d, minGroup, withheldInNetwork.has(d), withheldInNetwork.has(d) ? undefined : networkValues(d))) });

  const result: Benchmark = {
    benchmarkVersion: 2,
    minGroup,
    by: by ?? null,
    ...(options.byLabel ? { byLabel: options.byLabel } : {}),
    // Only the labels of the values shown: a hidden value's name says it has territories.
    ...(options.valueLabels ? { valueLabels: Object.fromEntries(Object.entries(options.valueLabels).filter(([id]) => groups.some((g) => g.id === id))) } : {}),
    levels: options.levels,
    dimensions: options.dimensions,
    groups,
    hidden,
    networkWithheld,
  };
  const placed = options.territory !== undefined ? entries.find((e) => e.territory === options.territory) : undefined;
  if (placed) {
    const own = by !== undefined ? groupOf.get(placed) ?? null : null;
    const members = own !== null ? entries.filter((e) => groupOf.get(e) === own) : [];
    const rank = (among: readonly Entry[], dimension: string, score: number | null) => {
      if (score === null) return null;
      const values = among.map((e) => e.figures.get(dimension)?.score).filter((s): s is number => s !== null && s !== undefined);
      // Ranked among at least minGroup scores, as the group's own figures are.
      return values.length < minGroup ? null : round1(percentileRank(values, score));
    };
    result.territory = {
      name: placed.territory,
      group: own,
      figures: ids.map((dimension) => {
        const figure = placed.figures.get(dimension) ?? { score: null, level: null };
        return { dimension, score: figure.score, level: figure.level, rankInGroup: rank(members, dimension, figure.score), rankInNetwork: networkWithheld || withheldInNetwork.has(dimension) ? null : rank(entries, dimension, figure.score) };
      }),
    };
  }
  return result;
}
