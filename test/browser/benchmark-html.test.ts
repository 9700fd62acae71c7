// The benchmark's HTML page in a real Chromium: nothing fetched, no script, no console error; each
// strip sits where its figures say and its table says the same; axe-core finds no serious
// violation, light or dark; hostile names and labels stay text.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { runMain } from '../memory-io.js';
import { writeNetwork, type TerritorySpec } from '../benchmark-fixtures.js';
import { boxX } from '../../src/render/html/charts/boxplot.js';
import { describeInBrowser, suiteBrowser, openWatched, scratchDir, screenshot, seriousViolations } from './chromium.js';

const SPECS: TerritorySpec[] = [
  ...[10, 20, 30, 40, 50].map((score, i) => ({ name: `Commune ${i}`, score, band: 'moins-2000', ...(i === 0 ? { dimensions: { partenariats: null } } : {}) })),
  ...[60, 65, 70, 75, 80, 85].map((score, i) => ({ name: `Ville ${i}`, score, band: 'plus-200000' })),
];

describeInBrowser('the benchmark page in Chromium', () => {
  const browser = suiteBrowser();
  const dir = scratchDir();

  async function page(specs: TerritorySpec[], placed: string, name: string) {
    const network = writeNetwork(specs);
    const file = join(dir, name);
    const run = await runMain(['benchmark', network, '--by', 'contexte-population', '--territory', placed, '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse((await runMain(['benchmark', network, '--by', 'contexte-population', '--territory', placed, '-f', 'json'])).stdout);
    return { url: pathToFileURL(file).href, json };
  }

  it('draws every strip from its group’s figures, the table beside it says the same, and nothing is fetched or run', async () => {
    const { url, json } = await page(SPECS, 'Commune 4', 'benchmark.html');
    const { page: p, watch } = await openWatched(browser(), url);
    const figures = await p.$$eval('section', (sections) =>
      sections.flatMap((s) => {
        const group = s.querySelector('table')?.getAttribute('data-group');
        return [...s.querySelectorAll('g.strip')].map((g) => ({
          group,
          dimension: g.getAttribute('data-dimension'),
          median: g.getAttribute('data-median'),
          medianX: g.querySelector('line.median')?.getAttribute('x1') ?? null,
          rows: [...s.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
        }));
      }),
    );
    const expected = (json.groups as { id: string; figures: { dimension: string; median: number | null }[] }[]).flatMap((g) => g.figures.map((f) => ({ group: g.id, dimension: f.dimension, median: f.median })));
    expect(figures.map((f) => ({ group: f.group, dimension: f.dimension, median: f.median === null ? null : Number(f.median) }))).toEqual(expected);
    for (const f of figures) {
      if (f.median === null) expect(f.medianX).toBeNull();
      else expect(Number(f.medianX)).toBeCloseTo(boxX(Number(f.median)), 0);
    }
    // The communes' table, the chart's text equivalent: dialogue's five scores one block at the floor, every percentile their mean 30; partenariats withheld.
    const communes = figures.find((f) => f.group === 'moins-2000')!.rows;
    expect(communes[0]!.slice(1, 7)).toEqual(['5', '30', '30', '30', '30', '30']);
    expect(communes[1]!.slice(1, 7)).toEqual(['4', '—', '—', '—', '—', '—']);
    // Commune 4's diamond: at 50 on the strips it is compared with.
    const diamonds = await p.$$eval('polygon.mine', (nodes) => nodes.map((n) => n.getAttribute('data-score')));
    expect(diamonds).toEqual(Array(6).fill('50'));
    expect(watch).toEqual({ requests: [], consoleErrors: [], dialogs: [] });
    expect(await p.$$('script:not([type="application/json"])')).toHaveLength(0);
  });

  it('has no serious accessibility violation, light or dark, and no table wider than a phone', async () => {
    const { url } = await page(SPECS, 'Commune 4', 'benchmark-a11y.html');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page: p } = await openWatched(browser(), url, undefined, { bypassCSP: true });
      await p.emulateMedia({ colorScheme });
      expect(await seriousViolations(p), colorScheme).toEqual([]);
      await screenshot(p, `benchmark-${colorScheme}`);
    }
    const { page: phone } = await openWatched(browser(), url, { width: 390, height: 800 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps a hostile territory name and attribute value as text: no element, no script, no request', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script></script><!--';
    const specs = SPECS.map((s, i) => ({ ...s, band: i < 5 ? payload : s.band, name: i === 4 ? payload : s.name }));
    const { url } = await page(specs, payload, 'hostile.html');
    const { page: p, watch } = await openWatched(browser(), url);
    expect(await p.$$('img')).toHaveLength(0);
    expect(await p.$$('script:not([type="application/json"])')).toHaveLength(0);
    expect(await p.textContent('main h2')).toContain(payload);
    const embedded = JSON.parse((await p.textContent('#cocon-benchmark'))!);
    expect(embedded.territory.name).toBe(payload);
    expect(watch).toEqual({ requests: [], consoleErrors: [], dialogs: [] });
  });
});
