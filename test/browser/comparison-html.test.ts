// The comparison's HTML page in a real Chromium: nothing fetched, no script, no console error;
// the trend chart's points are the comparison's figures and its table says the same; axe-core
// finds no serious violation, light or dark; hostile names stay text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { renderComparisonHtml } from '../../src/render/html/comparison.js';
import type { Comparison } from '../../src/compare/contract.js';
import { ROOT } from '../helpers.js';
import { describeInBrowser, suiteBrowser, openWatched, scratchDir, screenshot, seriousViolations } from './chromium.js';

const EVOLUTION = join(ROOT, 'examples/suivi-val-de-brume/reports/evolution');

describeInBrowser('the comparison page in Chromium', () => {
  const browser = suiteBrowser();
  const dir = scratchDir();

  it('draws each dimension at each date where the comparison says, with the same figures in its table', async () => {
    const comparison = JSON.parse(readFileSync(`${EVOLUTION}.json`, 'utf8')) as Comparison;
    const url = pathToFileURL(`${EVOLUTION}.fr.html`).href;
    const { page, watch } = await openWatched(browser(), url);
    const points = await page.$$eval('svg.trend circle.point', (nodes) => nodes.map((n) => ({ series: n.getAttribute('data-series'), date: n.getAttribute('data-date'), score: Number(n.getAttribute('data-score')), low: Number(n.getAttribute('data-low')), high: Number(n.getAttribute('data-high')), cy: Number(n.getAttribute('cy')) })));
    const expected = comparison.snapshots.flatMap((s) => [...s.dimensions.map((d) => ({ series: d.id, date: s.date, score: d.score, range: d.range })), { series: 'overall', date: s.date, score: s.overall.score, range: s.overall.range }]);
    expect(points).toHaveLength(expected.length);
    for (const e of expected) {
      const point = points.find((p) => p.series === e.series && p.date === e.date)!;
      expect(point.score).toBe(e.score);
      expect([point.low, point.high]).toEqual([e.range?.low ?? e.score, e.range?.high ?? e.score]);
      // y runs from 256 (score 0) up to 16 (score 100): 300 high, 16 above, 44 below for the dates.
      expect(point.cy).toBeCloseTo(16 + (240 * (100 - e.score!)) / 100, 0);
    }
    const table = await page.$$eval('table.trend-table tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));
    expect(table.map((r) => r[0])).toEqual(comparison.snapshots.map((s) => s.date));
    expect(table[1]![1]).toBe('33,2');
    expect(watch).toEqual({ requests: [], consoleErrors: [], dialogs: [] });
    expect(await page.$$('script:not([type="application/json"])')).toHaveLength(0);
  });

  it('has no serious accessibility violation, light or dark, and nothing wider than a phone', async () => {
    const url = pathToFileURL(`${EVOLUTION}.fr.html`).href;
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openWatched(browser(), url, undefined, { bypassCSP: true });
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      await screenshot(page, `comparison-${colorScheme}`);
    }
    // Its tables scroll inside their frame; the page itself never scrolls sideways.
    const { page: phone } = await openWatched(browser(), url, { width: 360, height: 800 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('keeps hostile names as text: no element, no script, no request', async () => {
    const comparison = JSON.parse(readFileSync(`${EVOLUTION}.json`, 'utf8')) as Comparison;
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script></script><!--';
    const hostile: Comparison = { ...comparison, territory: payload, dimensions: comparison.dimensions.map((d) => ({ ...d, label: { fr: payload, en: payload } })) };
    const file = join(dir, 'hostile.html');
    writeFileSync(file, renderComparisonHtml(hostile, { lang: 'fr', color: false, width: 80 }));
    const { page, watch } = await openWatched(browser(), pathToFileURL(file).href);
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.$$('script:not([type="application/json"])')).toHaveLength(0);
    expect(await page.textContent('h1')).toContain(payload);
    const embedded = JSON.parse((await page.textContent('#cocon-comparison'))!);
    expect(embedded.territory).toBe(payload);
    expect(watch).toEqual({ requests: [], consoleErrors: [], dialogs: [] });
  });
});
