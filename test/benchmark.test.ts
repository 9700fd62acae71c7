// cocon benchmark: percentiles and ranks against hand-computed values, the privacy floor (a group
// of k−1 territories shows nothing), the rule against subtraction, and no territory named but
// the one placed, in any format.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmark, microaggregate, percentile, percentileRank, type Entry } from '../src/network/benchmark.js';
import { benchmarkView } from '../src/render/benchmark-view.js';
import { validateBenchmark } from '../src/generated/validate-benchmark.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { fr } from './french.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const LEVELS = [{ id: 'bas', label: 'Bas', min: 0 }, { id: 'haut', label: 'Haut', min: 50 }];
const DIMENSIONS = [{ id: 'd', label: 'D' }, { id: 'overall', label: 'Ensemble' }];
const entry = (territory: string, score: number | null, band: string | null = null, date = '2026-01-01'): Entry => ({
  territory,
  date,
  attributes: { band },
  figures: new Map([
    ['d', { score, level: score === null ? null : score >= 50 ? 'haut' : 'bas' }],
    ['overall', { score, level: score === null ? null : score >= 50 ? 'haut' : 'bas' }],
  ]),
});
const options = (extra: Partial<Parameters<typeof benchmark>[1]> = {}) => ({ minGroup: 5, levels: LEVELS, dimensions: DIMENSIONS, ...extra });

describe('percentiles and ranks', () => {
  it('interpolate linearly between the closest ranks (R type 7)', () => {
    // [10, 20, 30, 40]: h = 3p; P10 = 10 + 0.3·10 = 13; P25 = 10 + 0.75·10 = 17.5; median 25; P75 32.5; P90 37.
    const sorted = [10, 20, 30, 40];
    expect([0.1, 0.25, 0.5, 0.75, 0.9].map((p) => percentile(sorted, p))).toEqual([13, 17.5, 25, 32.5, 37]);
    expect(percentile([42], 0.9)).toBe(42);
  });

  it('rank a score by the share scoring lower, ties counted half', () => {
    expect(percentileRank([10, 20, 20, 40], 20)).toBe(50); // 1 lower + 2 equal / 2 = 2 of 4
    expect(percentileRank([10, 20, 30, 40, 50], 50)).toBe(90);
    expect(percentileRank([10, 20, 30, 40, 50], 10)).toBe(10);
  });

  it('give every group its percentiles, its level counts and the territory placed its rank', () => {
    const entries = [10, 20, 30, 40, 50].map((s, i) => entry(`T${i}`, s, 'rural')).concat([60, 70, 80, 90, 100].map((s, i) => entry(`U${i}`, s, 'urbain')));
    const b = benchmark(entries, options({ by: 'band', territory: 'T4' }));
    expect(validateBenchmark(b)).toBe(true);
    expect(b.groups.map((g) => [g.id, g.territories])).toEqual([['all', 10], ['rural', 5], ['urbain', 5]]);
    // rural: [10..50], five scores at the floor of 5 make one block, each replaced by its mean 30:
    // every percentile is 30 (on the scores themselves P25, the median and P75 would be three of them).
    expect(b.groups[1]!.figures[0]).toEqual({ dimension: 'd', count: 5, p10: 30, p25: 30, median: 30, p75: 30, p90: 30, levels: [{ level: 'bas', count: 4 }, { level: 'haut', count: 1 }] });
    // all: the groups' values, [30 ×5, 80 ×5], h = 9p: P10 (h 0.9) 30; median (h 4.5) 30 + 0.5·50 = 55; P90 (h 8.1) 80.
    expect(b.groups[0]!.figures[0]).toMatchObject({ count: 10, p10: 30, median: 55, p90: 80 });
    // T4 scores 50: highest of rural (4 lower + ½) / 5 = 90; in the network (4 + ½) / 10 = 45.
    expect(b.territory).toEqual({ name: 'T4', group: 'rural', figures: [{ dimension: 'd', score: 50, level: 'haut', rankInGroup: 90, rankInNetwork: 45 }, { dimension: 'overall', score: 50, level: 'haut', rankInGroup: 90, rankInNetwork: 45 }] });
  });

  it('microaggregate: blocks of at least the floor, as equal as possible, the larger first', () => {
    expect(microaggregate([1, 2, 3, 4], 5)).toEqual([]);
    expect(microaggregate([1, 2, 3, 4, 5], 5)).toEqual([3, 3, 3, 3, 3]);
    // 12 at 5: two blocks of 6: means 3.5 and 9.5.
    expect(microaggregate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 5)).toEqual([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5]);
    // 11 at 5: blocks of 6 and 5: (1+…+6)/6 = 3.5, (7+…+11)/5 = 9.
    expect(microaggregate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5)).toEqual([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 9, 9, 9, 9, 9]);
  });

  it('leave a territory without a score out of that dimension’s figures, but count its missing level', () => {
    const b = benchmark([entry('A', null), ...[1, 2, 3, 4, 5].map((s) => entry(`B${s}`, s * 10))], options());
    expect(b.groups[0]!.figures[0]).toMatchObject({ count: 5, median: 30, levels: [{ level: null, count: 1 }, { level: 'bas', count: 4 }, { level: 'haut', count: 1 }] });
  });
});

describe('the privacy floor', () => {
  const k = 5;
  const network = (small: number) => [...Array.from({ length: 6 }, (_, i) => entry(`Big${i}`, 40 + i, 'grand')), ...Array.from({ length: small }, (_, i) => entry(`Small${i}`, 93.7, 'petit'))];

  it(`shows nothing of a group of k − 1 = ${k - 1} territories, and withholds the whole network, which would give it away`, () => {
    const b = benchmark(network(k - 1), options({ by: 'band', minGroup: k }));
    expect(b.groups.map((g) => g.id)).toEqual(['grand']);
    expect(b.hidden).toBe(1);
    expect(b.networkWithheld).toBe(true);
    expect(JSON.stringify(b)).not.toContain('petit');
    expect(JSON.stringify(b)).not.toContain('93.7');
  });

  it(`shows a group of exactly k = ${k} territories, and then the whole network`, () => {
    const b = benchmark(network(k), options({ by: 'band', minGroup: k }));
    expect(b.groups.map((g) => [g.id, g.territories])).toEqual([['all', 11], ['grand', 6], ['petit', 5]]);
    expect(b.networkWithheld).toBe(false);
  });

  it('pools small groups as « autres » when together they reach the floor', () => {
    const entries = [...network(0), ...['a', 'b', 'c'].flatMap((band) => [entry(`${band}1`, 10, band), entry(`${band}2`, 20, band)])];
    const b = benchmark(entries, options({ by: 'band', minGroup: k }));
    expect(b.groups.map((g) => [g.id, g.kind, g.territories])).toEqual([['all', 'network', 12], ['grand', 'value', 6], ['autres', 'pooled', 6]]);
    expect(b.hidden).toBe(3);
  });

  it('withholds the whole network under k territories, and ranks nobody in it', () => {
    const b = benchmark([1, 2, 3, 4].map((s) => entry(`T${s}`, s)), options({ territory: 'T1' }));
    expect(b.groups).toEqual([]);
    expect(b.networkWithheld).toBe(true);
    expect(b.territory!.figures.every((f) => f.rankInNetwork === null && f.rankInGroup === null)).toBe(true);
  });

  it('says why the whole network is withheld: too few territories in all, or a group it would give away', () => {
    const tooSmall = benchmarkView(benchmark([1, 2, 3, 4].map((s) => entry(`T${s}`, s)), options()), 'fr').notes;
    expect(tooSmall).toContain(fr('Le réseau compte moins de 5 territoires : aucun de ses chiffres n’est montré.'));
    expect(tooSmall.join(' ')).not.toContain('aucun groupe montré');
    // Grouped, still under the floor in all: the same reason, not the subtraction one.
    const grouped = benchmarkView(benchmark([entry('A', 1, 'x'), entry('B', 2, 'y')], options({ by: 'band' })), 'en').notes;
    expect(grouped).toContain('The network has fewer than 5 territories: none of its figures is shown.');
    const subtraction = benchmarkView(benchmark(network(k - 1), options({ by: 'band', minGroup: k })), 'fr').notes;
    expect(subtraction).toContain(fr('Les chiffres de l’ensemble du réseau ne sont pas montrés : des territoires n’appartiennent à aucun groupe montré, et l’ensemble moins les groupes montrés donnerait les leurs.'));
    expect(subtraction.join(' ')).not.toContain('moins de 5 territoires :');
  });

  it('names no territory but the one placed, whatever the names, groups and floor', () => {
    fc.assert(
      fc.property(
        // Names marked with « § », which nothing else in a benchmark contains.
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }).map((s) => `§${s}§`), { minLength: 2, maxLength: 14 }),
        fc.integer({ min: 2, max: 6 }),
        (names, minGroup) => {
          const entries = names.map((name, i) => entry(name, (i * 37) % 101, i % 3 === 0 ? 'x' : 'y'));
          const b = benchmark(entries, options({ by: 'band', minGroup, territory: names[0]! }));
          const text = JSON.stringify(b);
          for (const other of names.slice(1)) if (!names[0]!.includes(other)) expect(text.includes(JSON.stringify(other).slice(1, -1))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Diagnostics of made-up territories, from a committed one, with their own name, scores and population band. */
function diagnostics(specs: { name: string; score: number; band: string; date?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cocon-benchmark-'));
  const base = JSON.parse(readFileSync(join(ROOT, 'examples/reports/emergent-val-de-brume.json'), 'utf8')) as Diagnostic;
  mkdirSync(join(dir, 'reseau'));
  specs.forEach((spec, i) => {
    const d: Diagnostic = structuredClone(base);
    d.territory = spec.name;
    d.date = spec.date ?? '2026-03-14';
    d.overall.score = spec.score;
    for (const dim of d.dimensions) dim.score = spec.score;
    const population = d.context!.find((q) => q.id === 'contexte-population')!;
    population.tally = [{ status: 'answered', choice: spec.band, count: 1 }];
    population.options = [{ id: spec.band, label: { fr: `Bande ${spec.band}`, en: `Band ${spec.band}` } }];
    writeFileSync(join(dir, 'reseau', `${String(i).padStart(2, '0')}.json`), JSON.stringify(d));
  });
  writeFileSync(join(dir, 'reseau', 'summary.jsonl'), '{}\n');
  return join(dir, 'reseau');
}

describe('cocon benchmark', () => {
  const specs = [
    ...[10, 20, 30, 40, 50].map((score, i) => ({ name: `Rural ${i}`, score, band: 'moins-2000' })),
    ...[60, 70, 80, 90].map((score, i) => ({ name: `Ville ${i}`, score, band: 'plus-200000' })),
  ];

  it('places a territory in its group and names no other, in every format', async () => {
    const dir = diagnostics(specs);
    for (const format of ['text', 'md', 'json']) {
      const run = await runMain(['benchmark', dir, '--by', 'contexte-population', '--territory', 'Rural 4', '-f', format]);
      expect(run.code, run.stderr).toBe(0);
      for (const other of specs.filter((s) => s.name !== 'Rural 4')) expect(run.stdout).not.toContain(other.name);
      expect(run.stdout).toContain('Rural 4');
    }
    const json = JSON.parse((await runMain(['benchmark', dir, '--by', 'contexte-population', '--territory', 'Rural 4', '-f', 'json'])).stdout);
    expect(validateBenchmark(json)).toBe(true);
    // The towns (4 < 5) are hidden, so the whole network is withheld too.
    expect(json.groups.map((g: { id: string }) => g.id)).toEqual(['moins-2000']);
    expect(json.networkWithheld).toBe(true);
    expect(json.territory.figures[0]).toEqual({ dimension: 'dialogue', score: 50, level: expect.any(String), rankInGroup: 90, rankInNetwork: null });
    expect(json.valueLabels).toEqual({ 'moins-2000': { fr: 'Bande moins-2000', en: 'Band moins-2000' } });
    const md = (await runMain(['benchmark', dir, '--by', 'contexte-population', '-f', 'md'])).stdout;
    expect(md).toContain('## Bande moins-2000 — 5 territoires');
    expect(md).not.toContain('plus-200000');
  });

  it('with --min-group 4 shows the towns and the whole network; --attributes groups by a column of a CSV', async () => {
    const dir = diagnostics(specs);
    const json = JSON.parse((await runMain(['benchmark', dir, '--by', 'contexte-population', '--min-group', '4', '-f', 'json'])).stdout);
    expect(json.groups.map((g: { id: string; territories: number }) => [g.id, g.territories])).toEqual([['all', 9], ['moins-2000', 5], ['plus-200000', 4]]);
    const csv = join(dir, '..', 'attributs.csv');
    writeFileSync(csv, `territory,type\n${specs.map((s, i) => `${s.name},${i % 2 === 0 ? 'littoral' : 'montagne'}`).join('\n')}\n`);
    const byType = JSON.parse((await runMain(['benchmark', dir, '--attributes', csv, '--by', 'type', '--min-group', '4', '-f', 'json'])).stdout);
    expect(byType.groups.map((g: { id: string; territories: number }) => [g.id, g.territories])).toEqual([['all', 9], ['littoral', 5], ['montagne', 4]]);
  });

  it('keeps the latest diagnostic of a territory read twice, and says so', async () => {
    const dir = diagnostics([...specs, { name: 'Rural 0', score: 99, band: 'moins-2000', date: '2027-03-01' }]);
    const run = await runMain(['benchmark', dir, '--territory', 'Rural 0', '-f', 'json']);
    expect(run.stderr).toContain(fr('1 territoire lu plusieurs fois : seul son diagnostic le plus récent compte'));
    expect(JSON.parse(run.stdout).territory.figures[0].score).toBe(99);
  });

  it('refuses bad input with exit 2: an unknown attribute, an unknown territory, a file that is no diagnostic, a bad floor', async () => {
    const dir = diagnostics(specs);
    const answers = join(ROOT, 'examples/emergent-val-de-brume.yaml');
    const cases: [string[], string][] = [
      [['benchmark', dir, '--by', 'taille'], 'attribut inconnu « taille » ; attributs déclarés : contexte-anciennete, contexte-finalites, contexte-population'],
      [['benchmark', dir, '--territory', 'Ailleurs'], 'aucun diagnostic du territoire « Ailleurs » parmi ceux lus'],
      [['benchmark', dir, answers], `${answers}:4:1: ce fichier n'est pas un diagnostic`],
      [['benchmark', dir, '--min-group', '1'], "--min-group attend un nombre entier d'au moins 2"],
    ];
    for (const [argv, expected] of cases) {
      const run = await runMain(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain(fr(expected));
      expect(run.stdout).toBe('');
    }
  });
});
