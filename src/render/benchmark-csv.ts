// A benchmark as one CSV table, for a spreadsheet or an SQL engine, in the manner of score --each's
// summary.csv (English column names, comma, one header line): a row per group and dimension with
// its percentiles and its count at each level; with a territory placed, a row per dimension with
// its score and ranks. Withheld figures are empty cells. Text from files is made inert (controls
// shown, formula starts neutralised).
import { stringify } from 'csv-stringify/sync';
import { localize } from '../core/text.js';
import { neutralizeControls } from '../core/sanitize.js';
import { neutralise } from '../core/cells.js';
import { words } from '../i18n/catalogues.js';
import type { BenchmarkSchema } from '../types/schemas.js';
import type { Renderer } from './renderer.js';

type Benchmark = BenchmarkSchema.Benchmark;
type Cell = string | number | null;

export const renderBenchmarkCsv: Renderer<Benchmark> = (b, { lang }) => {
  const w = words(lang).network;
  const dimensionLabel = (id: string) => (id === 'overall' ? w.overall : localize(b.dimensions.find((d) => d.id === id)?.label, lang) || id);
  const groupLabel = (group: Benchmark['groups'][number]) =>
    group.kind === 'network' ? w.network : group.kind === 'pooled' ? w.pooled : group.kind === 'undeclared' ? w.undeclared : localize(b.valueLabels?.[group.id], lang) || group.id;
  const header = [
    'record', 'group', 'group_label', 'territories', 'dimension', 'dimension_label', 'scored', 'p10', 'p25', 'median', 'p75', 'p90',
    ...b.levels.map((l) => `level_${l.id}`), 'no_level',
    'territory', 'score', 'level', 'rank_in_group', 'rank_in_network',
  ];
  const rows: Cell[][] = [];
  for (const group of b.groups) {
    for (const f of group.figures) {
      // No level listed: the figures are withheld, and every level cell stays empty.
      const countAt = (level: string | null) => (f.levels.length === 0 ? null : (f.levels.find((l) => l.level === level)?.count ?? 0));
      rows.push([
        'group', group.id, groupLabel(group), group.territories, f.dimension, dimensionLabel(f.dimension), f.count, f.p10, f.p25, f.median, f.p75, f.p90,
        ...b.levels.map((l) => countAt(l.id)), countAt(null),
        null, null, null, null, null,
      ]);
    }
  }
  if (b.territory) {
    const placed = b.territory;
    for (const f of placed.figures) {
      rows.push([
        'territory', placed.group, null, null, f.dimension, dimensionLabel(f.dimension), null, null, null, null, null, null,
        ...b.levels.map(() => null), null,
        placed.name, f.score, f.level, f.rankInGroup, f.rankInNetwork,
      ]);
    }
  }
  const cell = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : neutralise(neutralizeControls(c)));
  return stringify([header, ...rows].map((row) => row.map(cell)));
};
