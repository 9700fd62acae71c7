// cocon benchmark through main(), in-process: the HTML page and the CSV say what the JSON says,
// --mine places a territory from its own diagnostic, and no output of any format (nor stderr)
// names a territory other than the one placed, whatever the names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsOf } from '../src/render/registry.js';
import { validateBenchmark } from '../src/generated/validate-benchmark.js';
import { fr } from './french.js';
import { runMain } from './memory-io.js';
import { writeDiagnostic, writeNetwork, type TerritorySpec } from './benchmark-fixtures.js';

// Five small communes, six towns; Partenariats scored by only four communes.
const SPECS: TerritorySpec[] = [
  ...[10, 20, 30, 40, 50].map((score, i) => ({ name: `Commune ${i}`, score, band: 'moins-2000', ...(i === 0 ? { dimensions: { partenariats: null } } : {}) })),
  ...[60, 65, 70, 75, 80, 85].map((score, i) => ({ name: `Ville ${i}`, score, band: 'plus-200000' })),
];
const BY = ['--by', 'contexte-population'];

describe('cocon benchmark --format html and csv', () => {
  it('embeds in the page the benchmark the JSON gives, with a strip per dimension drawn from its figures', async () => {
    const dir = writeNetwork(SPECS);
    const json = await runMain(['benchmark', dir, ...BY, '--territory', 'Commune 4', '-f', 'json']);
    const html = await runMain(['benchmark', dir, ...BY, '--territory', 'Commune 4', '-f', 'html']);
    expect(html.code, html.stderr).toBe(0);
    const embedded = /<script type="application\/json" id="cocon-benchmark">\n(.*)\n<\/script>/.exec(html.stdout)![1]!;
    expect(JSON.parse(embedded)).toEqual(JSON.parse(json.stdout));
    // Three groups, four strips each (three dimensions and overall).
    expect(html.stdout.match(/<g class="strip"/g)).toHaveLength(12);
    // The communes' dialogue: [10..50], one block of 5 at the floor: every percentile is its mean, 30.
    expect(html.stdout).toContain('<g class="strip" data-dimension="dialogue" data-p10="30" data-p25="30" data-median="30" data-p75="30" data-p90="30">');
    // Partenariats: four scores among the communes, so no strip there and none for the whole network.
    expect(html.stdout.match(/<g class="strip" data-dimension="partenariats">/g)).toHaveLength(2);
    // Commune 4's diamond on the strips it is compared with: the whole network's and its group's, but partenariats.
    expect(html.stdout.match(/<polygon class="mine" data-score="50"/g)).toHaveLength(6);
    expect(html.stdout).toContain(fr('— : moins de 5 territoires du groupe ont un score dans cette dimension'));
  });

  it('writes a CSV row per group and dimension, then the territory placed', async () => {
    const dir = writeNetwork(SPECS);
    const run = await runMain(['benchmark', dir, ...BY, '--territory', 'Commune 4', '-f', 'csv', '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'record', 'group', 'group_label', 'territories', 'dimension', 'dimension_label', 'scored', 'p10', 'p25', 'median', 'p75', 'p90',
      'level_emergent', 'level_engage', 'level_structure', 'level_ancre', 'level_rayonnant', 'no_level',
      'territory', 'score', 'level', 'rank_in_group', 'rank_in_network',
    ]);
    const row = (record: string, group: string, dimension: string) => rows.find((r) => r.record === record && r.group === group && r.dimension === dimension)!;
    // Communes' dialogue: levels of 10, 20, 30, 40, 50: emergent 1, engage 2, structure 2.
    expect(row('group', 'moins-2000', 'dialogue')).toMatchObject({ group_label: 'Band moins-2000', territories: '5', scored: '5', p10: '30', median: '30', p90: '30', level_emergent: '1', level_engage: '2', level_structure: '2', level_ancre: '0', no_level: '0' });
    expect(row('group', 'moins-2000', 'partenariats')).toMatchObject({ scored: '4', p10: '', median: '', level_emergent: '', no_level: '' });
    // The whole network: the groups' values, communes 30 ×5 and towns (60 + … + 85) / 6 = 72.5 ×6; h = 10p: median the 6th = 72.5.
    expect(row('group', 'all', 'dialogue')).toMatchObject({ group_label: 'The whole network', territories: '11', median: '72.5' });
    // Commune 4 (50): (4 + ½) / 5 = 90 among the communes, (4 + ½) / 11 = 40.9 in the network.
    expect(row('territory', 'moins-2000', 'dialogue')).toMatchObject({ territory: 'Commune 4', score: '50', level: 'structure', rank_in_group: '90', rank_in_network: '40.9' });
    expect(row('territory', 'moins-2000', 'partenariats')).toMatchObject({ score: '50', rank_in_group: '', rank_in_network: '' });
  });

  it('chooses html and csv from the extension of --out', async () => {
    const dir = writeNetwork(SPECS);
    for (const [name, start] of [['b.html', '<!DOCTYPE html>'], ['b.csv', 'record,group']] as const) {
      const out = join(dir, '..', name);
      const run = await runMain(['benchmark', dir, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(out, 'utf8').startsWith(start)).toBe(true);
    }
  });
});

describe('cocon benchmark --mine', () => {
  it('places a territory from its own diagnostic, counted among the others', async () => {
    const dir = writeNetwork(SPECS);
    const mine = writeDiagnostic({ name: 'Mon Village', score: 35, band: 'moins-2000' });
    const run = await runMain(['benchmark', dir, ...BY, '--mine', mine, '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const b = JSON.parse(run.stdout);
    expect(validateBenchmark(b)).toBe(true);
    expect(b.groups.map((g: { id: string; territories: number }) => [g.id, g.territories])).toEqual([['all', 12], ['moins-2000', 6], ['plus-200000', 6]]);
    // 35 among the communes [10, 20, 30, 35, 40, 50]: (3 + ½) / 6 = 58.3.
    expect(b.territory).toMatchObject({ name: 'Mon Village', group: 'moins-2000' });
    expect(b.territory.figures.find((f: { dimension: string }) => f.dimension === 'dialogue')).toEqual({ dimension: 'dialogue', score: 35, level: 'engage', rankInGroup: 58.3, rankInNetwork: 29.2 });
  });

  it('stands for its territory when the folder holds another diagnostic of it, and says so', async () => {
    const dir = writeNetwork(SPECS);
    const mine = writeDiagnostic({ name: 'Commune 0', score: 45, band: 'moins-2000', date: '2025-01-01' });
    const run = await runMain(['benchmark', dir, ...BY, '--mine', mine, '-f', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(fr('le diagnostic de --mine tient lieu de celui de « Commune 0 » lu parmi les autres'));
    const b = JSON.parse(run.stdout);
    expect(b.groups[0].territories).toBe(11);
    expect(b.territory.figures[0]).toMatchObject({ dimension: 'dialogue', score: 45 });
  });

  it('refuses --mine with --territory, and a --mine that is no diagnostic, with exit 2', async () => {
    const dir = writeNetwork(SPECS);
    const mine = writeDiagnostic({ name: 'Mon Village', score: 35, band: 'moins-2000' });
    const both = await runMain(['benchmark', dir, '--mine', mine, '--territory', 'Commune 1']);
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toContain(fr("--mine et --territory désignent tous deux le territoire à situer : n'en donner qu'un"));
    const bad = await runMain(['benchmark', dir, '--mine', join(dir, 'summary.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${join(dir, 'summary.jsonl')}:`);
  });

  it('refuses --by an attribute nobody declared, listing those declared, with exit 2', async () => {
    const dir = writeNetwork(SPECS);
    const run = await runMain(['benchmark', dir, '--by', 'taille', '--lang', 'en']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('unknown attribute "taille"; attributes declared: contexte-anciennete, contexte-finalites, contexte-population');
  });
});

describe('no territory named but the one placed', () => {
  // Names a format never escapes (letters and digits between two « § »), so a name absent from an output is truly absent.
  const name = fc.stringMatching(/^[A-Za-z0-9]{3,10}$/).map((s) => `§${s}§`);

  it('in any format, nor on stderr, whatever the names, groups and floor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(name, { minLength: 6, maxLength: 12 }), fc.integer({ min: 2, max: 4 }), fc.boolean(), async (names, k, placedByMine) => {
        const specs = names.map((n, i) => ({ name: n, score: (i * 37) % 101, band: i % 3 === 0 ? 'moins-2000' : 'plus-200000', date: `2026-0${1 + (i % 2)}-01` }));
        // The first territory twice: the duplicate note must not name it either.
        const dir = writeNetwork([...specs, { ...specs[0]!, date: '2025-01-01' }]);
        const placed = placedByMine ? ['--mine', writeDiagnostic(specs[1]!)] : ['--territory', names[1]!];
        for (const format of formatsOf('benchmark')) {
          const run = await runMain(['benchmark', dir, ...BY, ...placed, '--min-group', String(k), '-f', format]);
          expect(run.code, run.stderr).toBe(0);
          expect(run.stdout).toContain(names[1]);
          for (const other of names.filter((n) => n !== names[1])) {
            expect(run.stdout, format).not.toContain(other);
            expect(run.stderr, format).not.toContain(other);
          }
        }
      }),
      { numRuns: 8 },
    );
  });
});
