// The benchmark's privacy floor per dimension, by hand and as invariants over random networks: no
// percentile, level count or rank comes from fewer than k scores, and no withheld figure can be
// recovered by subtracting the groups shown from the whole network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmark, percentile, percentileRank, type Entry } from '../src/network/benchmark.js';
import { validateBenchmark } from '../src/generated/validate-benchmark.js';

const LEVELS = [{ id: 'bas', label: 'Bas', min: 0 }, { id: 'haut', label: 'Haut', min: 50 }];
const DIMENSIONS = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'overall', label: 'Ensemble' }];
const level = (score: number | null) => (score === null ? null : score >= 50 ? 'haut' : 'bas');
/** A territory with its scores in a, b and overall (null: no score there). */
const entry = (territory: string, band: string | null, a: number | null, b: number | null, overall: number | null = a): Entry => ({
  territory,
  date: '2026-01-01',
  attributes: { band },
  figures: new Map(Object.entries({ a, b, overall }).map(([id, score]) => [id, { score, level: level(score) }])),
});
const run = (entries: Entry[], extra: { minGroup?: number; by?: string; territory?: string } = {}) => benchmark(entries, { minGroup: 5, levels: LEVELS, dimensions: DIMENSIONS, ...extra });
const figure = (b: ReturnType<typeof run>, group: string, dimension: string) => b.groups.find((g) => g.id === group)!.figures.find((f) => f.dimension === dimension)!;
const WITHHELD = { p10: null, p25: null, median: null, p75: null, p90: null, levels: [] };

describe('percentiles and ranks by hand', () => {
  it('type 7 on seven scores: h = 6p, between the closest ranks', () => {
    const sorted = [5, 10, 20, 40, 45, 70, 100];
    // P10: h 0.6 → 5 + 0.6·5 = 8; P25: h 1.5 → 15; median: h 3 → 40; P75: h 4.5 → 57.5; P90: h 5.4 → 70 + 0.4·30 = 82.
    // (to a millionth: 0.4 · 30 is 12.000000000000002 in floating point; figures are shown to one decimal)
    expect([0.1, 0.25, 0.5, 0.75, 0.9].map((p) => Number(percentile(sorted, p).toFixed(6)))).toEqual([8, 15, 40, 57.5, 82]);
  });

  it('ties counted half, the territory itself among the scores', () => {
    // 30 among [30, 30, 30, 30, 60]: none lower, 4 equal → (0 + 2) / 5 = 40.
    expect(percentileRank([30, 30, 30, 30, 60], 30)).toBe(40);
    // 60: 4 lower, itself equal → (4 + ½) / 5 = 90.
    expect(percentileRank([30, 30, 30, 30, 60], 60)).toBe(90);
  });
});

describe('the floor per dimension', () => {
  // Five rural territories, only four of them scored in b; six towns, all scored.
  const rural = [10, 20, 30, 40, 50].map((s, i) => entry(`R${i}`, 'rural', s, i === 0 ? null : s));
  const towns = [60, 65, 70, 75, 80, 85].map((s, i) => entry(`V${i}`, 'ville', s, s));

  it('gives a dimension that k − 1 territories of a group scored only their count: no percentile, no level', () => {
    const b = run([...rural, ...towns], { by: 'band' });
    expect(validateBenchmark(b)).toBe(true);
    expect(figure(b, 'rural', 'b')).toEqual({ dimension: 'b', count: 4, ...WITHHELD });
    // Its a, scored by all five: rural [10..50], one block at the floor of 5, each score its mean 30.
    expect(figure(b, 'rural', 'a')).toEqual({ dimension: 'a', count: 5, p10: 30, p25: 30, median: 30, p75: 30, p90: 30, levels: [{ level: 'bas', count: 4 }, { level: 'haut', count: 1 }] });
  });

  it('then withholds the whole network in that dimension, though ten territories scored it: the network minus the towns would give the four', () => {
    const b = run([...rural, ...towns], { by: 'band', territory: 'V0' });
    expect(figure(b, 'all', 'b')).toEqual({ dimension: 'b', count: 10, ...WITHHELD });
    // a is shown everywhere: the groups' values, rural 30 ×5 and towns (60 + … + 85) / 6 = 72.5 ×6;
    // h = 10p → median = 6th value = 72.5.
    expect(figure(b, 'all', 'a')).toMatchObject({ count: 11, median: 72.5 });
    // V0 scores 60 in a: in the towns (0 + ½) / 6 = 8.3; in the network (5 + ½) / 11 = 50.
    const placed = Object.fromEntries(b.territory!.figures.map((f) => [f.dimension, [f.rankInGroup, f.rankInNetwork]]));
    expect(placed).toEqual({ a: [8.3, 50], b: [8.3, null], overall: [8.3, 50] });
  });

  it('ranks a territory only among k scores or more', () => {
    const b = run([...rural, ...towns], { by: 'band', territory: 'R4' });
    const byDimension = Object.fromEntries(b.territory!.figures.map((f) => [f.dimension, f.rankInGroup]));
    // R4 scores 50 in a: (4 + ½) / 5 = 90; in b only four rural scores: no rank.
    expect(byDimension).toEqual({ a: 90, b: null, overall: 90 });
  });

  it('shows a dimension that exactly k territories scored', () => {
    const b = run([...rural.map((e, i) => (i === 0 ? entry('R0', 'rural', 10, 10) : e)), ...towns], { by: 'band' });
    expect(figure(b, 'rural', 'b')).toMatchObject({ count: 5, median: 30 });
    expect(figure(b, 'all', 'b')).toMatchObject({ count: 11 });
    expect(figure(b, 'all', 'b').median).not.toBeNull();
  });
});

describe('invariants over random networks', () => {
  const score = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 4 });
  const territory = fc.record({ band: fc.constantFrom('x', 'y', 'z', null), a: score, b: score });
  const network = fc.tuple(fc.array(territory, { minLength: 0, maxLength: 30 }), fc.integer({ min: 2, max: 7 }), fc.boolean());

  it('no figure from fewer than k scores; the whole network only when every territory is in a group shown and no group withholds that dimension', () => {
    fc.assert(
      fc.property(network, ([specs, k, grouped]) => {
        const entries = specs.map((s, i) => entry(`T${i}`, s.band, s.a, s.b));
        const b = run(entries, { minGroup: k, ...(grouped ? { by: 'band' } : {}) });
        expect(validateBenchmark(b)).toBe(true);
        for (const g of b.groups) {
          expect(g.territories).toBeGreaterThanOrEqual(k);
          for (const f of g.figures) {
            if (f.median !== null) expect(f.count).toBeGreaterThanOrEqual(k);
            if (f.count > 0 && f.count < k) expect(f).toMatchObject(WITHHELD);
          }
        }
        const all = b.groups.find((g) => g.kind === 'network');
        const parts = b.groups.filter((g) => g.kind !== 'network');
        if (all && grouped) {
          // The parts cover the whole: the whole minus them is nobody.
          expect(parts.reduce((n, g) => n + g.territories, 0)).toBe(all.territories);
          for (const f of all.figures) {
            const withheldSomewhere = parts.some((g) => g.figures.some((x) => x.dimension === f.dimension && x.count > 0 && x.count < k));
            if (withheldSomewhere) expect(f.median).toBeNull();
          }
        }
        expect(b.networkWithheld).toBe(!all);
      }),
      { numRuns: 300 },
    );
  });
});
