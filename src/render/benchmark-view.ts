// A benchmark as sections any text format prints: its notes, the territory placed, then one
// table per group (a row per dimension: how many, the percentiles, the levels).
import { localize, type Lang } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { formatScore } from '../i18n/format.js';
import type { BenchmarkSchema } from '../types/schemas.js';
import { tooFewScores } from '../core/privacy.js';

type Benchmark = BenchmarkSchema.Benchmark;

export interface BenchmarkSection {
  title: string;
  head: string[];
  rows: string[][];
  /** Columns of figures, aligned right. */
  right: number[];
  notes: string[];
  /** The group whose figures the table gives (none: the territory placed). */
  group?: string;
}

export interface BenchmarkView {
  title: string;
  notes: string[];
  sections: BenchmarkSection[];
}

export function benchmarkView(b: Benchmark, lang: Lang): BenchmarkView {
  const w = words(lang).network;
  const score = (value: number | null | undefined) => (value === null || value === undefined ? w.none : formatScore(value, lang));
  const dimensionLabel = (id: string) => (id === 'overall' ? w.overall : localize(b.dimensions.find((d) => d.id === id)?.label, lang) || id);
  const levelLabel = (id: string | null) => (id === null ? w.noLevel : localize(b.levels.find((l) => l.id === id)?.label, lang) || id);
  const groupLabel = (group: Benchmark['groups'][number]) => {
    if (group.kind === 'network') return w.network;
    if (group.kind === 'pooled') return w.pooled;
    if (group.kind === 'undeclared') return w.undeclared;
    return localize(b.valueLabels?.[group.id], lang) || group.id;
  };
  const notes = [
    ...(b.by !== null ? [w.groupedBy({ attribute: localize(b.byLabel, lang) || b.by })] : []),
    w.floor({ count: b.minGroup }),
    ...(b.hidden > 0 ? [w.hidden({ count: b.hidden })] : []),
    // Withheld with no group shown: the network itself is under the floor (a group left out would be pooled or shown otherwise).
    ...(b.networkWithheld ? [b.groups.length === 0 ? w.networkTooSmall({ count: b.minGroup }) : w.networkWithheld] : []),
  ];
  const sections: BenchmarkSection[] = [];
  if (b.territory) {
    const group = b.groups.find((g) => g.id === b.territory!.group);
    // Without groups, only the rank in the whole network means something.
    const grouped = b.by !== null;
    sections.push({
      title: w.placed({ territory: b.territory.name }),
      head: [w.dimension, w.score, w.level, ...(grouped ? [w.rankInGroup] : []), w.rankInNetwork],
      rows: b.territory.figures.map((f) => [dimensionLabel(f.dimension), score(f.score), f.score === null ? w.none : levelLabel(f.level), ...(grouped ? [score(f.rankInGroup)] : []), score(f.rankInNetwork)]),
      right: grouped ? [1, 3, 4] : [1, 3],
      notes: [group ? w.placedGroup({ group: groupLabel(group) }) : b.by !== null ? w.placedNoGroup({ count: b.minGroup }) : '', w.rankNote].filter(Boolean),
    });
  }
  for (const group of b.groups) {
    // Figures withheld: too few scores in the group, or (whole network) a group's would follow by subtraction.
    const tooFew = group.figures.some((f) => tooFewScores(f.count, b.minGroup));
    const subtracted = group.figures.some((f) => f.count >= b.minGroup && f.median === null);
    sections.push({
      group: group.id,
      title: w.group({ label: groupLabel(group), count: group.territories }),
      head: [w.dimension, w.count, w.p10, w.p25, w.median, w.p75, w.p90, w.levels],
      rows: group.figures.map((f) => [
        dimensionLabel(f.dimension),
        String(f.count),
        score(f.p10),
        score(f.p25),
        score(f.median),
        score(f.p75),
        score(f.p90),
        f.levels.length === 0 ? w.none : [...f.levels].sort((x, y) => rank(b, x.level) - rank(b, y.level)).map((l) => `${levelLabel(l.level)} ${l.count}`).join(', '),
      ]),
      right: [1, 2, 3, 4, 5, 6],
      notes: [...(tooFew ? [w.tooFewScores({ count: b.minGroup })] : []), ...(subtracted ? [w.networkDimensionWithheld] : [])],
    });
  }
  return { title: b.territory ? w.title : w.titleNetwork, notes: [...notes, w.method], sections };
}

/** Levels from the lowest to the highest, "no level" first. */
function rank(b: Benchmark, level: string | null): number {
  return level === null ? -1 : b.levels.findIndex((l) => l.id === level);
}
