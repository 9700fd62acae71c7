// The comparison page's pure parts: the trend's geometry computed by hand, a line and band broken
// where a date has no score, hostile names inert in the chart, and the page's chart, table and
// embedded JSON saying the same numbers as the comparison.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../src/compare/contract.js';
import { consecutiveRuns, trendSvg, trendX, trendY, type TrendSeries } from '../src/render/html/charts/trend.js';
import { renderComparisonHtml } from '../src/render/html/comparison.js';
import { ROOT } from './helpers.js';

const EVOLUTION = JSON.parse(readFileSync(join(ROOT, 'examples/suivi-val-de-brume/reports/evolution.json'), 'utf8')) as Comparison;
const options = { lang: 'fr', color: false, width: 80 } as const;
const point = (score: number, low = score, high = score) => ({ score, low, high });
const attributes = (svg: string, tag: string, name: string) => [...svg.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('the trend chart', () => {
  it('places dates across 428 px from x = 52 and scores from y = 256 (0) up to y = 16 (100)', () => {
    // 640 wide, 52 left and 160 right margins: 428 px; 300 high, 16 above and 44 below: 240 px.
    expect([0, 1, 2].map((i) => trendX(i, 3))).toEqual([52, 266, 480]);
    expect(trendX(0, 1)).toBe(266);
    expect([0, 50, 100].map(trendY)).toEqual([256, 136, 16]);
    expect(trendY(33.2)).toBeCloseTo(176.32, 9);
  });

  it('breaks the line and the band at a date without a score; a lone range is a bar 10 px wide', () => {
    expect(consecutiveRuns([0, 1, 3].map((i) => ({ i })))).toEqual([[{ i: 0 }, { i: 1 }], [{ i: 3 }]]);
    const series: TrendSeries[] = [{ id: 'd', label: 'D', points: [point(50, 40, 60), point(60), null, point(20, 10, 30)] }];
    const svg = trendSvg(['a', 'b', 'c', 'e'], series, 'T');
    // Dates at x = 52, 194.7, 337.3, 480; one line from the first date to the second only.
    expect(attributes(svg, 'polyline', 'points')).toEqual(['52,136 194.7,112']);
    // y(60) = 112, y(40) = 160, y(30) = 184, y(10) = 232.
    expect(attributes(svg, 'polygon', 'points')).toEqual(['52,112 194.7,112 194.7,112 52,160', '475,184 485,184 485,232 475,232']);
    expect(attributes(svg, 'circle', 'data-date')).toEqual(['a', 'b', 'e']);
  });

  it('draws no band for a series without uncertainty, and a point but no line for one date', () => {
    const svg = trendSvg(['2026-01-01'], [{ id: 'd', label: 'D', points: [point(42)] }], 'T');
    expect(svg).not.toContain('<polygon');
    expect(svg).not.toContain('<polyline');
    expect(attributes(svg, 'circle', 'cx')).toEqual(['266']);
  });

  it('keeps hostile ids, labels and dates as text', () => {
    const payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const svg = trendSvg([payload], [{ id: payload, label: payload, points: [point(10)] }], payload);
    expect(svg).not.toMatch(/<script|<img|"\s*onerror/);
    expect(attributes(svg, 'circle', 'data-series')).toEqual(['&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;']);
  });
});

describe('the comparison page', () => {
  const html = renderComparisonHtml(EVOLUTION, options);

  it('draws every dimension and the overall score at every date with the comparison’s figures', () => {
    // Series by series (each dimension, then overall), each date in order.
    const scores = attributes(html, 'circle', 'data-score').map(Number);
    const ids = [...EVOLUTION.snapshots.at(-1)!.dimensions.map((d) => d.id), 'overall'];
    const figure = (s: Comparison['snapshots'][number], id: string) => (id === 'overall' ? s.overall : s.dimensions.find((d) => d.id === id)!);
    const expected = ids.flatMap((id) => EVOLUTION.snapshots.map((s) => figure(s, id).score));
    expect(scores).toEqual(expected);
  });

  it('gives the same figures in its table, French decimals, ranges when there are any', () => {
    const rows = [...html.matchAll(/<tr><td>([^<]*)<\/td>((?:<td class="num" data-series="[^"]*">[^<]*<\/td>)+)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['2025-03-11', '2026-03-14']);
    const cells = rows.map((r) => [...r[2]!.matchAll(/>([^<]*)<\/td>/g)].map((m) => m[1]));
    // Dialogue: 15 (12.8–27.8) then 33.2 exactly (no unknown left); overall 14.9 (13.4–23.9) then 20.8 (20.3–23.9).
    expect(cells[0]![0]).toBe('15 (12,8–27,8)');
    expect(cells[1]![0]).toBe('33,2');
    expect(cells[0]!.at(-1)).toBe('14,9 (13,4–23,9)');
    expect(cells[1]!.at(-1)).toBe('20,8 (20,3–23,9)');
  });

  it('embeds the comparison as JSON that reads back equal', () => {
    const block = /<script type="application\/json" id="cocon-comparison">\n([\s\S]*?)\n<\/script>/.exec(html)!;
    expect(JSON.parse(block[1]!)).toEqual(EVOLUTION);
  });

  it('fetches nothing and runs no script of its own', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="cocon-comparison">']);
  });
});
